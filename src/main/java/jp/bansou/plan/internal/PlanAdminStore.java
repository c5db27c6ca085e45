package jp.bansou.plan.internal;

import java.math.BigDecimal;
import java.util.List;
import jp.bansou.plan.AreaDefinition;
import jp.bansou.plan.ItemDefinition;
import jp.bansou.plan.ItemPlace;
import jp.bansou.plan.TargetDerivation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes of the plan's structure from the admin pages: the plan's years, areas, items, their order and targets. */
@Repository
public class PlanAdminStore {

    private final JdbcClient jdbc;

    PlanAdminStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void updatePlan(long associationId, long planId, String name, int first, int last) {
        jdbc.sql("""
                UPDATE five_year_plan SET name = ?, first_fiscal_year = ?, last_fiscal_year = ?
                WHERE id = ? AND association_id = ?""").params(name, first, last, planId, associationId).update();
    }

    /** Rewrites the area if it is still at {@code expectedVersion}; false, changing nothing, if not. */
    public boolean updateArea(long associationId, long areaId, int expectedVersion, AreaDefinition area) {
        return jdbc.sql("""
                UPDATE business_area SET name = ?, guideline = ?, sub_heading = ?, version = version + 1
                WHERE id = ? AND association_id = ? AND version = ?""")
                .params(area.name(), area.guideline(), area.subHeading(), areaId, associationId, expectedVersion)
                .update() == 1;
    }

    /** Deletes an area without items; false when it had some (or was not the association's). */
    public boolean deleteEmptyArea(long associationId, long areaId) {
        return jdbc.sql("""
                DELETE FROM business_area WHERE id = ? AND association_id = ?
                  AND NOT EXISTS (SELECT 1 FROM kpi_item i WHERE i.area_id = business_area.id)""")
                .params(areaId, associationId).update() == 1;
    }

    public void orderAreas(long associationId, List<Long> areaIds) {
        for (int i = 0; i < areaIds.size(); i++) {
            jdbc.sql("UPDATE business_area SET display_order = ? WHERE id = ? AND association_id = ?")
                    .params(i + 1, areaIds.get(i), associationId).update();
        }
    }

    /** Rewrites the item's definition if it is still at {@code expectedVersion}; false, changing nothing, if not. */
    public boolean updateItem(long associationId, long itemId, int expectedVersion, ItemDefinition item) {
        return jdbc.sql("""
                UPDATE kpi_item SET name = :name, unit = :unit, comparator = :cmp, five_year_target = :fy,
                       five_year_kind = :kind, version = version + 1
                WHERE id = :id AND association_id = :a AND version = :version""")
                .param("name", item.name()).param("unit", item.unit().label()).param("cmp", item.comparator().name())
                .param("fy", item.fiveYearTarget())
                .param("kind", item.fiveYearKind() == null ? null : item.fiveYearKind().name())
                .param("id", itemId).param("a", associationId).param("version", expectedVersion).update() == 1;
    }

    /** Puts the items into the area in the order given, each under its parent (or none). */
    public void placeItems(long associationId, long areaId, List<ItemPlace> items) {
        for (int i = 0; i < items.size(); i++) {
            ItemPlace item = items.get(i);
            jdbc.sql("""
                    UPDATE kpi_item SET area_id = ?, parent_item_id = ?, display_order = ?
                    WHERE id = ? AND association_id = ?""")
                    .params(areaId, item.parentId(), i + 1, item.itemId(), associationId).update();
        }
    }

    public void retireItem(long associationId, long itemId, Integer retiredFrom) {
        jdbc.sql("UPDATE kpi_item SET retired_from = ? WHERE id = ? AND association_id = ?")
                .params(retiredFrom, itemId, associationId).update();
    }

    /** Sets a year's target (and derivation, or none) if the version is still the one read; false otherwise. */
    public boolean updateTarget(long itemYearId, int expectedVersion, BigDecimal target, TargetDerivation derivation) {
        return jdbc.sql("""
                UPDATE item_year SET target_value = :target, derivation_group_id = :g, derivation_per_head = :ph,
                       derivation_addend = :add, derivation_remark = :remark, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("target", target)
                .param("g", derivation == null ? null : derivation.groupId())
                .param("ph", derivation == null ? null : derivation.perHead())
                .param("add", derivation == null ? null : derivation.addend())
                .param("remark", derivation == null ? null : derivation.remark())
                .param("id", itemYearId).param("version", expectedVersion).update() == 1;
    }
}
