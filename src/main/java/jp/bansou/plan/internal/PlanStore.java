package jp.bansou.plan.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import jp.bansou.organization.RoleHolder;
import jp.bansou.plan.FiveYearKind;
import jp.bansou.plan.NewItem;
import jp.bansou.plan.RoleAssignment;
import jp.bansou.plan.TargetDerivation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Writes of the plan tables. */
@Repository
public class PlanStore {

    private final JdbcClient jdbc;

    PlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insertPlan(long associationId, String name, int first, int last) {
        return insert(jdbc.sql("""
                INSERT INTO five_year_plan (association_id, name, first_fiscal_year, last_fiscal_year)
                VALUES (?, ?, ?, ?)""").params(associationId, name, first, last));
    }

    public long insertArea(long associationId, String name, Integer guideline, String subHeading) {
        return insert(jdbc.sql("""
                INSERT INTO business_area (association_id, name, guideline, sub_heading, display_order)
                VALUES (:a, :name, :g, :sub, (SELECT COALESCE(MAX(display_order), 0) + 1 FROM business_area WHERE association_id = :a))""")
                .param("a", associationId).param("name", name).param("g", guideline).param("sub", subHeading));
    }

    public long insertItem(long associationId, NewItem item) {
        FiveYearKind kind = item.fiveYearKind();
        return insert(jdbc.sql("""
                INSERT INTO kpi_item (association_id, area_id, parent_item_id, name, unit, comparator, display_order,
                                      five_year_target, five_year_kind)
                SELECT :a, a.id, :parent, :name, :unit, :cmp,
                       (SELECT COALESCE(MAX(display_order), 0) + 1 FROM kpi_item WHERE area_id = :area), :fy, :kind
                FROM business_area a WHERE a.id = :area AND a.association_id = :a""")
                .param("a", associationId).param("area", item.areaId()).param("parent", item.parentItemId())
                .param("name", item.name()).param("unit", item.unit().label()).param("cmp", item.comparator().name())
                .param("fy", item.fiveYearTarget()).param("kind", kind == null ? null : kind.name()));
    }

    public long insertItemYear(long itemId, int fiscalYear, BigDecimal target, TargetDerivation derivation,
                               BigDecimal actual, String grade, String note) {
        return insert(jdbc.sql("""
                INSERT INTO item_year (item_id, fiscal_year, target_value, derivation_group_id, derivation_per_head,
                                       derivation_addend, derivation_remark, actual_value, grade, note)
                VALUES (:item, :fy, :target, :g, :per, :add, :remark, :actual, :grade, :note)""")
                .param("item", itemId).param("fy", fiscalYear).param("target", target)
                .param("g", derivation == null ? null : derivation.groupId())
                .param("per", derivation == null ? null : derivation.perHead())
                .param("add", derivation == null ? null : derivation.addend())
                .param("remark", derivation == null ? null : derivation.remark())
                .param("actual", actual).param("grade", grade).param("note", note));
    }

    /** Updates the year's values if the version is still {@code expectedVersion}; false if someone saved first. */
    public boolean updateItemYear(long itemYearId, int expectedVersion, BigDecimal target,
                                  boolean keepDerivation, BigDecimal actual, String note) {
        return jdbc.sql("""
                UPDATE item_year SET target_value = :target, actual_value = :actual, note = :note,
                       derivation_group_id = CASE WHEN :keep THEN derivation_group_id END,
                       derivation_per_head = CASE WHEN :keep THEN derivation_per_head END,
                       derivation_addend = CASE WHEN :keep THEN derivation_addend END,
                       derivation_remark = CASE WHEN :keep THEN derivation_remark END,
                       version = version + 1
                WHERE id = :id AND version = :version""")
                .param("target", target).param("actual", actual).param("note", note)
                .param("keep", keepDerivation).param("id", itemYearId).param("version", expectedVersion)
                .update() == 1;
    }

    /** Sets the decided grade of an item-year of the association; false when there is none. */
    public boolean updateGrade(long associationId, long itemYearId, String grade) {
        return jdbc.sql("""
                UPDATE item_year SET grade = :grade
                WHERE id = :id AND item_id IN (SELECT id FROM kpi_item WHERE association_id = :a)""")
                .param("grade", grade).param("id", itemYearId).param("a", associationId).update() == 1;
    }

    public void replaceDistrictActuals(long itemYearId, Map<Long, BigDecimal> actuals) {
        jdbc.sql("DELETE FROM item_year_district_actual WHERE item_year_id = ?").param(itemYearId).update();
        actuals.forEach((district, value) -> jdbc.sql("""
                INSERT INTO item_year_district_actual (item_year_id, district_id, actual_value) VALUES (?, ?, ?)""")
                .params(itemYearId, district, value).update());
    }

    public void replaceRoles(long itemYearId, RoleAssignment roles) {
        jdbc.sql("DELETE FROM item_year_role WHERE item_year_id = ?").param(itemYearId).update();
        insertRole(itemYearId, "REVIEWER", 0, roles.reviewer());
        insertRole(itemYearId, "LEAD", 0, roles.lead());
        List<RoleHolder> deputies = roles.deputies();
        for (int i = 0; i < deputies.size(); i++) {
            insertRole(itemYearId, "DEPUTY", i, deputies.get(i));
        }
    }

    /** Sets a counted actual and its split; false when the item has no row for that year. */
    public boolean updateCountedActual(long associationId, long itemId, int fiscalYear, BigDecimal total) {
        return jdbc.sql("""
                UPDATE item_year SET actual_value = :total, actual_source = 'COUNTED', version = version + 1
                WHERE item_id = :item AND fiscal_year = :fy
                  AND item_id IN (SELECT id FROM kpi_item WHERE association_id = :a)""")
                .param("total", total).param("item", itemId).param("fy", fiscalYear).param("a", associationId)
                .update() == 1;
    }

    /** The item's actuals become typed-in figures again, keeping their values. */
    public void markActualsManual(long associationId, long itemId) {
        jdbc.sql("""
                UPDATE item_year SET actual_source = 'MANUAL', version = version + 1
                WHERE item_id = :item AND actual_source = 'COUNTED'
                  AND item_id IN (SELECT id FROM kpi_item WHERE association_id = :a)""")
                .param("item", itemId).param("a", associationId).update();
    }

    public long associationOfItem(long itemId) {
        return jdbc.sql("SELECT association_id FROM kpi_item WHERE id = ?").param(itemId).query(Long.class).single();
    }

    public long itemYearId(long itemId, int fiscalYear) {
        return jdbc.sql("SELECT id FROM item_year WHERE item_id = ? AND fiscal_year = ?")
                .params(itemId, fiscalYear).query(Long.class).single();
    }

    /** Derived item-years of the association, for recomputing their targets. */
    public List<DerivedTarget> derivedTargets(long associationId) {
        return jdbc.sql("""
                SELECT y.id, y.fiscal_year, y.target_value, y.derivation_group_id, y.derivation_per_head,
                       y.derivation_addend, y.derivation_remark
                FROM item_year y JOIN kpi_item i ON i.id = y.item_id
                WHERE i.association_id = ? AND y.derivation_group_id IS NOT NULL""")
                .param(associationId)
                .query((rs, n) -> new DerivedTarget(rs.getLong("id"), rs.getInt("fiscal_year"),
                        rs.getBigDecimal("target_value"),
                        new TargetDerivation(rs.getLong("derivation_group_id"), rs.getBigDecimal("derivation_per_head"),
                                rs.getBigDecimal("derivation_addend"), rs.getString("derivation_remark"))))
                .list();
    }

    public void updateDerivedTarget(long itemYearId, BigDecimal target) {
        jdbc.sql("UPDATE item_year SET target_value = ?, version = version + 1 WHERE id = ?")
                .params(target, itemYearId).update();
    }

    private void insertRole(long itemYearId, String role, int position, RoleHolder holder) {
        jdbc.sql("""
                INSERT INTO item_year_role (item_year_id, role, position, staff_member_id, staff_group_id)
                VALUES (?, ?, ?, ?, ?)""")
                .params(itemYearId, role, position, holder.staffMemberId(), holder.staffGroupId()).update();
    }

    private static long insert(JdbcClient.StatementSpec statement) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        if (statement.update(keys, "id") != 1) {
            throw new IllegalStateException("row not inserted");
        }
        return keys.getKey().longValue();
    }

    /** An item-year whose target follows a headcount. */
    public record DerivedTarget(long itemYearId, int fiscalYear, BigDecimal target, TargetDerivation derivation) {
    }
}
