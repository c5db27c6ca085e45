package jp.bansou.plan.internal;

import java.math.BigDecimal;
import java.util.List;
import jp.bansou.plan.TargetDerivation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes of the year-end rollover: next year's item-years and their roles, copied from this year's. */
@Repository
public class RolloverStore {

    private final JdbcClient jdbc;

    RolloverStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int itemYearCount(long associationId, int fiscalYear) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM item_year y JOIN kpi_item i ON i.id = y.item_id
                WHERE i.association_id = ? AND y.fiscal_year = ?""")
                .params(associationId, fiscalYear).query(Integer.class).single();
    }

    public void insertItemYears(int fiscalYear, List<NewItemYear> rows) {
        rows.forEach(row -> {
            TargetDerivation d = row.derivation();
            jdbc.sql("""
                    INSERT INTO item_year (item_id, fiscal_year, target_value, derivation_group_id, derivation_per_head,
                                           derivation_addend, derivation_remark)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(row.itemId(), fiscalYear, row.target(), d == null ? null : d.groupId(),
                            d == null ? null : d.perHead(), d == null ? null : d.addend(), d == null ? null : d.remark())
                    .update();
        });
    }

    /** Copies every role of the source year's item-years onto the same items' rows of the target year. */
    public int copyRoles(long associationId, int from, int to) {
        return jdbc.sql("""
                INSERT INTO item_year_role (item_year_id, role, position, staff_member_id, staff_group_id)
                SELECT n.id, r.role, r.position, r.staff_member_id, r.staff_group_id
                FROM item_year_role r
                JOIN item_year s ON s.id = r.item_year_id
                JOIN kpi_item i ON i.id = s.item_id
                JOIN item_year n ON n.item_id = s.item_id AND n.fiscal_year = :to
                WHERE i.association_id = :a AND s.fiscal_year = :from""")
                .param("a", associationId).param("from", from).param("to", to).update();
    }

    /** A row of the target year: its item and target, and the derivation it follows (or null). */
    public record NewItemYear(long itemId, BigDecimal target, TargetDerivation derivation) {
    }
}
