package jp.bansou.activity.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import jp.bansou.activity.ActivityFilter;
import jp.bansou.activity.CountSpec;
import jp.bansou.shared.FiscalYear;

/**
 * A WHERE clause over {@code activity_record r LEFT JOIN business b} with its named parameters,
 * built from a rule's spec or the list's filters, so counting and listing select the same records.
 */
public final class RecordSelection {

    /** The district a record counts to: its business's, else its own (events), else the head office. */
    public static final String DISTRICT = "COALESCE(b.district_id, r.district_id, :head)";

    private final StringBuilder where = new StringBuilder("r.association_id = :a");
    private final Map<String, Object> params = new HashMap<>();

    private RecordSelection(long associationId, long headOfficeId) {
        params.put("a", associationId);
        params.put("head", headOfficeId);
    }

    public static RecordSelection of(long associationId, long headOfficeId, CountSpec spec, FiscalYear year) {
        return of(associationId, headOfficeId, spec, year.firstDay(), year.lastDay());
    }

    /** A rule's records dated {@code from} to {@code to}, both included. */
    public static RecordSelection of(long associationId, long headOfficeId, CountSpec spec, LocalDate from,
                                     LocalDate to) {
        RecordSelection s = new RecordSelection(associationId, headOfficeId).between(from, to);
        if (!spec.kindIds().isEmpty()) {
            s.and("r.kind_id IN (:kinds)", "kinds", spec.kindIds());
        }
        if (!spec.categoryIds().isEmpty()) {
            s.and("EXISTS (SELECT 1 FROM activity_category c WHERE c.record_id = r.id AND c.category_id IN (:cats))",
                    "cats", spec.categoryIds());
        }
        if (spec.membersOnly()) {
            s.where.append(" AND b.member = TRUE");
        }
        return s;
    }

    public static RecordSelection of(long associationId, long headOfficeId, ActivityFilter filter) {
        RecordSelection s = new RecordSelection(associationId, headOfficeId);
        if (filter.year() != null && filter.month() != null) {
            LocalDate first = filter.year().firstDay().withMonth(filter.month())
                    .withYear(filter.month() >= 4 ? filter.year().startYear() : filter.year().startYear() + 1);
            s.between(first, first.withDayOfMonth(first.lengthOfMonth()));
        } else if (filter.year() != null) {
            s.between(filter.year().firstDay(), filter.year().lastDay());
        }
        if (filter.districtId() != null) {
            s.and(DISTRICT + " = :district", "district", filter.districtId());
        }
        if (filter.staffId() != null) {
            s.and("EXISTS (SELECT 1 FROM activity_staff st WHERE st.record_id = r.id AND st.staff_member_id = :staff)",
                    "staff", filter.staffId());
        }
        if (filter.kindId() != null) {
            s.and("r.kind_id = :kind", "kind", filter.kindId());
        }
        if (filter.categoryId() != null) {
            s.and("EXISTS (SELECT 1 FROM activity_category c WHERE c.record_id = r.id AND c.category_id = :cat)",
                    "cat", filter.categoryId());
        }
        if (filter.recordId() != null) {
            s.and("r.id = :record", "record", filter.recordId());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            s.and("(LOWER(b.name) LIKE :text OR LOWER(b.name_kana) LIKE :text OR LOWER(r.note) LIKE :text)",
                    "text", "%" + filter.text().strip().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        return s;
    }

    /** Narrows a rule's records to one district or one staff member, for the drill-down. */
    public RecordSelection narrowTo(Long districtId, Long staffId) {
        if (districtId != null) {
            and(DISTRICT + " = :district", "district", districtId);
        }
        if (staffId != null) {
            and("EXISTS (SELECT 1 FROM activity_staff st WHERE st.record_id = r.id AND st.staff_member_id = :staff)",
                    "staff", staffId);
        }
        return this;
    }

    private RecordSelection between(LocalDate from, LocalDate to) {
        where.append(" AND r.activity_date BETWEEN :from AND :to");
        params.put("from", from);
        params.put("to", to);
        return this;
    }

    private void and(String condition, String name, Object value) {
        where.append(" AND ").append(condition);
        params.put(name, value);
    }

    public String where() {
        return where.toString();
    }

    public Map<String, Object> params() {
        return params;
    }
}
