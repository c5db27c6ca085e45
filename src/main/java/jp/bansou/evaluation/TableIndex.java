package jp.bansou.evaluation;

import java.util.HashMap;
import java.util.Map;
import jp.bansou.plan.AreaBlock;
import jp.bansou.plan.TargetTable;

/** Names of a year's areas and items and the area of each item, read off the plan's target table. */
record TableIndex(Map<Long, String> areaNames, Map<Long, String> itemNames, Map<Long, Long> areaOfItem) {

    static TableIndex of(TargetTable table) {
        Map<Long, String> areas = new HashMap<>();
        Map<Long, String> items = new HashMap<>();
        Map<Long, Long> areaOf = new HashMap<>();
        for (AreaBlock area : table.areas()) {
            areas.put(area.id(), area.name());
            area.rows().forEach(r -> {
                items.put(r.itemId(), r.name());
                areaOf.put(r.itemId(), area.id());
            });
        }
        return new TableIndex(areas, items, areaOf);
    }
}
