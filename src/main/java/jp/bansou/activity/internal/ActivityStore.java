package jp.bansou.activity.internal;

import java.util.List;
import java.util.Optional;
import jp.bansou.activity.ActivitySource;
import jp.bansou.activity.NewActivity;
import jp.bansou.activity.NewBusiness;
import jp.bansou.activity.BusinessName;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Writes of the activity tables. */
@Repository
public class ActivityStore {

    private final JdbcClient jdbc;

    ActivityStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insertKind(long associationId, String name, boolean event) {
        return insert(jdbc.sql("""
                INSERT INTO activity_kind (association_id, name, event, display_order)
                VALUES (:a, :name, :event, (SELECT COALESCE(MAX(display_order), 0) + 1 FROM activity_kind WHERE association_id = :a))""")
                .param("a", associationId).param("name", name).param("event", event));
    }

    public long insertCategory(long associationId, String name) {
        return insert(jdbc.sql("""
                INSERT INTO support_category (association_id, name, display_order)
                VALUES (:a, :name, (SELECT COALESCE(MAX(display_order), 0) + 1 FROM support_category WHERE association_id = :a))""")
                .param("a", associationId).param("name", name));
    }

    public long insertBusiness(long associationId, NewBusiness b) {
        return insert(jdbc.sql("""
                INSERT INTO business (association_id, name, name_kana, normalized_name, district_id, member,
                                      member_number, industry, representative, founded_on, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(associationId, b.name(), b.nameKana(), BusinessName.normalize(b.name()), b.districtId(),
                        b.member(), b.memberNumber(), b.industry(), b.representative(), b.foundedOn(),
                        b.status().name()));
    }

    /** An existing, unmerged business: by member number, else by normalised name within the district. */
    public Optional<Long> findBusiness(long associationId, String memberNumber, String name, long districtId) {
        if (memberNumber != null) {
            Optional<Long> byNumber = findBusinessByMemberNumber(associationId, memberNumber);
            if (byNumber.isPresent()) {
                return byNumber;
            }
        }
        return jdbc.sql("""
                SELECT id FROM business WHERE association_id = ? AND district_id = ? AND normalized_name = ?
                  AND merged_into_id IS NULL ORDER BY id""")
                .params(associationId, districtId, BusinessName.normalize(name))
                .query(Long.class).list().stream().findFirst();
    }

    /** An existing, unmerged business with this member number. */
    /** Every member number in the association's registry, read once before an import's pass. */
    public java.util.Set<String> memberNumbers(long associationId) {
        return new java.util.HashSet<>(jdbc.sql("""
                SELECT DISTINCT member_number FROM business WHERE association_id = ? AND member_number IS NOT NULL
                  AND merged_into_id IS NULL""").param(associationId).query(String.class).list());
    }

    public Optional<Long> findBusinessByMemberNumber(long associationId, String memberNumber) {
        return jdbc.sql("""
                SELECT id FROM business WHERE association_id = ? AND member_number = ? AND merged_into_id IS NULL
                ORDER BY id""").params(associationId, memberNumber).query(Long.class).list().stream().findFirst();
    }

    public long insertRecord(long associationId, NewActivity a, ActivitySource source, Long batchId,
                             String naturalKey) {
        long id = insert(jdbc.sql("""
                INSERT INTO activity_record (association_id, activity_date, kind_id, business_id, district_id, minutes,
                       participants, deals, press_releases, note, source, import_batch_id, natural_key, sample)
                VALUES (:a, :date, :kind, :business, :district, :minutes, :participants, :deals, :press, :note,
                        :source, :batch, :key, :sample)""")
                .param("a", associationId).param("date", a.date()).param("kind", a.kindId())
                .param("business", a.businessId()).param("district", a.districtId()).param("minutes", a.minutes())
                .param("participants", a.participants()).param("deals", a.deals())
                .param("press", a.pressReleases()).param("note", a.note()).param("source", source.name())
                .param("batch", batchId).param("key", naturalKey).param("sample", source == ActivitySource.SAMPLE));
        a.staffIds().forEach(s -> jdbc.sql("INSERT INTO activity_staff (record_id, staff_member_id) VALUES (?, ?)")
                .params(id, s).update());
        a.categoryIds().forEach(c -> jdbc.sql("INSERT INTO activity_category (record_id, category_id) VALUES (?, ?)")
                .params(id, c).update());
        return id;
    }

    public boolean naturalKeyExists(long associationId, String naturalKey) {
        return jdbc.sql("SELECT COUNT(*) FROM activity_record WHERE association_id = ? AND natural_key = ?")
                .params(associationId, naturalKey).query(Long.class).single() > 0;
    }

    /**
     * Moves every record of {@code duplicate} to {@code kept} and marks the duplicate merged, if both
     * are still businesses of the association and neither is merged; false, changing nothing, if not.
     * A merge needs no version: it is single-shot, and what must not have changed is exactly that
     * both still stand. Both rows are written in id order (the kept one touched, the duplicate marked),
     * each only while unmerged, so two merges of the same pair in opposite directions cannot both pass
     * (the second waits for the first and then finds its row merged) nor deadlock.
     */
    public boolean mergeBusiness(long associationId, long kept, long duplicate) {
        for (long id : new long[] {Math.min(kept, duplicate), Math.max(kept, duplicate)}) {
            int written = id == kept
                    ? jdbc.sql("UPDATE business SET status = status WHERE id = ? AND association_id = ? AND merged_into_id IS NULL")
                            .params(kept, associationId).update()
                    : jdbc.sql("""
                            UPDATE business SET merged_into_id = ?, status = 'MERGED'
                            WHERE id = ? AND association_id = ? AND merged_into_id IS NULL""")
                            .params(kept, duplicate, associationId).update();
            if (written == 0) {
                return false; // the caller's exception rolls back a duplicate already marked
            }
        }
        jdbc.sql("UPDATE activity_record SET business_id = ? WHERE business_id = ? AND association_id = ?")
                .params(kept, duplicate, associationId).update();
        return true;
    }

    /** 2022-05-01 巡回相談 株式会社 呉ワン (音戸): a record in one line, for the audit trail. */
    public String describeRecord(long recordId) {
        return jdbc.sql("""
                SELECT r.activity_date, k.name AS kind, b.name AS business, d.name AS district
                FROM activity_record r JOIN activity_kind k ON k.id = r.kind_id
                LEFT JOIN business b ON b.id = r.business_id
                LEFT JOIN district d ON d.id = COALESCE(b.district_id, r.district_id)
                WHERE r.id = ?""").param(recordId)
                .query((rs, n) -> rs.getObject("activity_date", java.time.LocalDate.class) + " " + rs.getString("kind")
                        + (rs.getString("business") == null ? "" : " " + rs.getString("business"))
                        + (rs.getString("district") == null ? "" : "（" + rs.getString("district") + "）"))
                .single();
    }

    /** The name of a business, for the audit trail. */
    public String businessName(long associationId, long businessId) {
        return jdbc.sql("SELECT name FROM business WHERE id = ? AND association_id = ?")
                .params(businessId, associationId).query(String.class).optional().orElse("#" + businessId);
    }

    public List<java.time.LocalDate> datesOfBusiness(long businessId) {
        return jdbc.sql("SELECT DISTINCT activity_date FROM activity_record WHERE business_id = ?")
                .param(businessId).query(java.time.LocalDate.class).list();
    }

    private static long insert(JdbcClient.StatementSpec statement) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        statement.update(keys, "id");
        return keys.getKey().longValue();
    }
}
