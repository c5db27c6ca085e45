package jp.bansou.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.bansou.activity.internal.RecordSelection;
import jp.bansou.organization.District;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.shared.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of the activity records: the lists, and the set-based tallies the actuals are made of
 * (one GROUP BY per split, never a loop over records).
 */
@Service
@Transactional(readOnly = true)
public class ActivityQueries {

    private static final String FROM = " FROM activity_record r LEFT JOIN business b ON b.id = r.business_id ";
    private static final String TALLIED = "r.id, r.business_id, r.participants, r.deals, r.press_releases";

    private static final String LIST_COLUMNS = """
            SELECT r.id, r.activity_date, k.name AS kind, r.business_id, b.name AS business, d.name AS district,
                   (SELECT STRING_AGG(sm.name, '、' ORDER BY sm.display_order) FROM activity_staff st
                      JOIN staff_member sm ON sm.id = st.staff_member_id WHERE st.record_id = r.id) AS staff,
                   (SELECT STRING_AGG(sc.name, '・' ORDER BY sc.display_order) FROM activity_category ac
                      JOIN support_category sc ON sc.id = ac.category_id WHERE ac.record_id = r.id) AS categories,
                   r.minutes, r.participants, r.note, r.source, r.import_batch_id""";

    private final JdbcClient jdbc;
    private final OrganizationQueries organization;

    ActivityQueries(JdbcClient jdbc, OrganizationQueries organization) {
        this.jdbc = jdbc;
        this.organization = organization;
    }

    public List<ActivityKind> kinds(long associationId) {
        return jdbc.sql("SELECT id, name, event FROM activity_kind WHERE association_id = ? ORDER BY display_order, id")
                .param(associationId)
                .query((rs, n) -> new ActivityKind(rs.getLong("id"), rs.getString("name"), rs.getBoolean("event")))
                .list();
    }

    public List<SupportCategory> categories(long associationId) {
        return jdbc.sql("SELECT id, name FROM support_category WHERE association_id = ? ORDER BY display_order, id")
                .param(associationId)
                .query((rs, n) -> new SupportCategory(rs.getLong("id"), rs.getString("name"))).list();
    }

    /**
     * True when generated sample records (サンプル) fall in the year, so pages can say so; the first
     * one found answers, rather than a count of the year.
     */
    public boolean hasSampleRecords(long associationId, FiscalYear year) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM (SELECT 1 FROM activity_record WHERE association_id = ? AND sample = TRUE
                  AND activity_date BETWEEN ? AND ? FETCH FIRST 1 ROW ONLY) s""")
                .params(associationId, year.firstDay(), year.lastDay()).query(Long.class).single() > 0;
    }

    /**
     * What {@code spec} adds up to over the fiscal year, by district, by staff member and by date. A
     * sum is grouped by district and date at once; a distinct count needs its dates counted apart.
     */
    public Tally tally(long associationId, CountSpec spec, FiscalYear year) {
        RecordSelection selection = RecordSelection.of(associationId, headOffice(associationId), spec, year);
        String measure = aggregate(spec.measure());
        boolean distinct = spec.measure() == Measure.DISTINCT_BUSINESSES;
        Map<Long, BigDecimal> byDistrict = new HashMap<>();
        Map<LocalDate, BigDecimal> byDay = new HashMap<>();
        String day = distinct ? "" : ", x.on_day";
        jdbc.sql("SELECT x.district_id" + day + ", " + measure + " AS amount FROM (SELECT " + RecordSelection.DISTRICT
                        + " AS district_id, r.activity_date AS on_day, " + TALLIED + FROM + "WHERE " + selection.where()
                        + ") x GROUP BY x.district_id" + day)
                .params(selection.params())
                .query(rs -> {
                    byDistrict.merge(rs.getLong("district_id"), rs.getBigDecimal("amount"), BigDecimal::add);
                    if (!distinct) {
                        byDay.merge(rs.getObject("on_day", LocalDate.class), rs.getBigDecimal("amount"), BigDecimal::add);
                    }
                });
        if (distinct) {
            byDay.putAll(firstDays(selection));
        }
        Map<Long, BigDecimal> byStaff = new HashMap<>();
        jdbc.sql("SELECT x.staff_member_id, " + measure + " AS amount FROM (SELECT s.staff_member_id, " + TALLIED + FROM
                        + "JOIN activity_staff s ON s.record_id = r.id WHERE " + selection.where()
                        + ") x GROUP BY x.staff_member_id")
                .params(selection.params())
                .query(rs -> {
                    byStaff.put(rs.getLong("staff_member_id"), rs.getBigDecimal("amount"));
                });
        BigDecimal total = byDistrict.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Tally(total, byDistrict, byStaff, byDay);
    }

    /** Date → the businesses whose first matching record of the year falls on it. */
    private Map<LocalDate, BigDecimal> firstDays(RecordSelection selection) {
        Map<LocalDate, BigDecimal> days = new HashMap<>();
        jdbc.sql("SELECT x.on_day, COUNT(*) AS amount FROM (SELECT r.business_id, MIN(r.activity_date) AS on_day" + FROM
                        + "WHERE " + selection.where() + " AND r.business_id IS NOT NULL GROUP BY r.business_id) x"
                        + " GROUP BY x.on_day")
                .params(selection.params())
                .query(rs -> {
                    days.put(rs.getObject("on_day", LocalDate.class), rs.getBigDecimal("amount"));
                });
        return days;
    }

    /**
     * What {@code spec} adds up to over the records dated {@code from} to {@code to} (both included),
     * e.g. a half year; counted as {@link #tally} counts, in one query.
     */
    public BigDecimal total(long associationId, CountSpec spec, LocalDate from, LocalDate to) {
        RecordSelection selection = RecordSelection.of(associationId, headOffice(associationId), spec, from, to);
        String byDistrict = "SELECT " + aggregate(spec.measure()) + " AS amount FROM (SELECT "
                + RecordSelection.DISTRICT + " AS district_id, " + TALLIED + FROM + "WHERE " + selection.where() + ") x GROUP BY x.district_id";
        return jdbc.sql("SELECT COALESCE(SUM(y.amount), 0) FROM (" + byDistrict + ") y")
                .params(selection.params()).query(BigDecimal.class).single();
    }

    /** The records behind a tally, optionally narrowed to one district or one staff member. */
    public Page<ActivityRow> recordsBehind(long associationId, CountSpec spec, FiscalYear year, Long districtId,
                                           Long staffId, int page, int size) {
        RecordSelection selection = RecordSelection.of(associationId, headOffice(associationId), spec, year)
                .narrowTo(districtId, staffId);
        return page(selection, page, size);
    }

    public Page<ActivityRow> list(long associationId, ActivityFilter filter, int page, int size) {
        return page(RecordSelection.of(associationId, headOffice(associationId), filter), page, size);
    }

    private Page<ActivityRow> page(RecordSelection selection, int page, int size) {
        long total = jdbc.sql("SELECT COUNT(*)" + FROM + "WHERE " + selection.where())
                .params(selection.params()).query(Long.class).single();
        List<ActivityRow> rows = jdbc.sql(LIST_COLUMNS + FROM
                        + "JOIN activity_kind k ON k.id = r.kind_id JOIN district d ON d.id = " + RecordSelection.DISTRICT
                        + " WHERE " + selection.where()
                        + " ORDER BY r.activity_date DESC, r.id DESC LIMIT :limit OFFSET :offset")
                .params(selection.params()).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> new ActivityRow(rs.getLong("id"), rs.getObject("activity_date", LocalDate.class),
                        rs.getString("kind"), rs.getObject("business_id", Long.class), rs.getString("business"),
                        rs.getString("district"), rs.getString("staff"), rs.getString("categories"),
                        rs.getObject("minutes", Integer.class), rs.getObject("participants", Integer.class),
                        rs.getString("note"), ActivitySource.valueOf(rs.getString("source")),
                        rs.getObject("import_batch_id", Long.class)))
                .list();
        return new Page<>(rows, page, size, total);
    }

    /**
     * The fiscal years (April–March) in which the association has records, oldest first. A DISTINCT
     * over every record's year reads the whole table on each page view; the first and last dates and
     * one probe per year between come from the (association, date) index instead.
     */
    public List<FiscalYear> yearsWithRecords(long associationId) {
        List<LocalDate> range = jdbc.sql("""
                SELECT MIN(activity_date) AS first_date, MAX(activity_date) AS last_date
                FROM activity_record WHERE association_id = ?""")
                .param(associationId)
                .query((rs, n) -> Arrays.asList(rs.getObject("first_date", LocalDate.class),
                        rs.getObject("last_date", LocalDate.class)))
                .single();
        if (range.get(0) == null) {
            return List.of();
        }
        List<FiscalYear> years = new ArrayList<>();
        for (FiscalYear year = FiscalYear.containing(range.get(0));
             !year.firstDay().isAfter(range.get(1)); year = year.next()) {
            if (hasRecords(associationId, year)) {
                years.add(year);
            }
        }
        return List.copyOf(years);
    }

    private boolean hasRecords(long associationId, FiscalYear year) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM (SELECT 1 FROM activity_record WHERE association_id = ?
                  AND activity_date BETWEEN ? AND ? FETCH FIRST 1 ROW ONLY) s""")
                .params(associationId, year.firstDay(), year.lastDay()).query(Long.class).single() > 0;
    }

    private long headOffice(long associationId) {
        List<District> districts = organization.districts(associationId);
        return districts.stream().filter(District::headOffice).findFirst()
                .or(() -> districts.stream().findFirst())
                .map(District::id).orElse(-1L);
    }

    private static String aggregate(Measure measure) {
        return switch (measure) {
            case RECORDS -> "COUNT(*)";
            case DISTINCT_BUSINESSES -> "COUNT(DISTINCT x.business_id)";
            case PARTICIPANTS -> "COALESCE(SUM(x.participants), 0)";
            case DEALS -> "COALESCE(SUM(x.deals), 0)";
            case PRESS_RELEASES -> "COALESCE(SUM(x.press_releases), 0)";
        };
    }
}
