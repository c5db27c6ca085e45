package jp.bansou.evaluation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.bansou.evaluation.Improvement;
import jp.bansou.organization.RoleHolder;
import jp.bansou.shared.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The committee's opinions per business area and its improvements; always within one association. */
@Repository
public class ImprovementStore {

    private final JdbcClient jdbc;

    ImprovementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Area id → the committee's opinion on the year. */
    public Map<Long, String> opinions(long associationId, FiscalYear year) {
        Map<Long, String> opinions = new LinkedHashMap<>();
        jdbc.sql("SELECT area_id, opinion FROM committee_opinion WHERE association_id = ? AND fiscal_year = ? ORDER BY area_id")
                .params(associationId, year.startYear())
                .query(rs -> {
                    opinions.put(rs.getLong("area_id"), rs.getString("opinion"));
                });
        return opinions;
    }

    /** Stores the opinion on the area, or removes it when {@code opinion} is null. */
    public void saveOpinion(long associationId, FiscalYear year, long areaId, String opinion) {
        jdbc.sql("DELETE FROM committee_opinion WHERE association_id = ? AND fiscal_year = ? AND area_id = ?")
                .params(associationId, year.startYear(), areaId).update();
        if (opinion != null) {
            jdbc.sql("INSERT INTO committee_opinion (association_id, fiscal_year, area_id, opinion) VALUES (?, ?, ?, ?)")
                    .params(associationId, year.startYear(), areaId, opinion).update();
        }
    }

    /** The improvements decided on the year, open ones first, then by due date. */
    public List<Improvement> improvements(long associationId, FiscalYear year) {
        return jdbc.sql("""
                SELECT * FROM improvement WHERE association_id = ? AND fiscal_year = ?
                ORDER BY CASE WHEN done_on IS NULL THEN 0 ELSE 1 END, due_on, id""")
                .params(associationId, year.startYear()).query((rs, n) -> improvement(rs)).list();
    }

    /** The year's improvements on the item, or on its whole area. */
    public List<Improvement> improvementsFor(long associationId, FiscalYear year, long areaId, long itemId) {
        return jdbc.sql("""
                SELECT * FROM improvement WHERE association_id = ? AND fiscal_year = ?
                AND (item_id = ? OR (item_id IS NULL AND area_id = ?))
                ORDER BY CASE WHEN done_on IS NULL THEN 0 ELSE 1 END, due_on, id""")
                .params(associationId, year.startYear(), itemId, areaId).query((rs, n) -> improvement(rs)).list();
    }

    public Optional<Improvement> improvement(long associationId, long id) {
        return jdbc.sql("SELECT * FROM improvement WHERE association_id = ? AND id = ?").params(associationId, id)
                .query((rs, n) -> improvement(rs)).optional();
    }

    public long insert(long associationId, Improvement i) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO improvement (association_id, fiscal_year, area_id, item_id, text, responsible_staff_id,
                                         responsible_group_id, due_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(associationId, i.year().startYear(), i.areaId(), i.itemId(), i.text(),
                        i.responsible() == null ? null : i.responsible().staffMemberId(),
                        i.responsible() == null ? null : i.responsible().staffGroupId(), i.dueOn())
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** Records the improvement as done; false when it was done meanwhile. */
    public boolean markDone(long associationId, Improvement done) {
        return jdbc.sql("""
                UPDATE improvement SET done_on = ?, done_by = ? WHERE association_id = ? AND id = ? AND done_on IS NULL""")
                .params(done.doneOn(), done.doneBy(), associationId, done.id()).update() > 0;
    }

    private static Improvement improvement(ResultSet rs) throws SQLException {
        Long staff = rs.getObject("responsible_staff_id", Long.class);
        Long group = rs.getObject("responsible_group_id", Long.class);
        return new Improvement(rs.getLong("id"), FiscalYear.of(rs.getInt("fiscal_year")), rs.getLong("area_id"),
                rs.getObject("item_id", Long.class), rs.getString("text"),
                staff == null && group == null ? null : new RoleHolder(staff, group),
                rs.getObject("due_on", LocalDate.class), rs.getObject("done_on", LocalDate.class),
                rs.getString("done_by"));
    }
}
