package jp.bansou.progress.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.bansou.progress.ItemPace;
import jp.bansou.progress.PaceStatus;

/** The dashboard's blocks: one status, one area, its items in table order; worst status first. */
record PaceGroup(PaceStatus status, String areaName, List<ItemPace> items) {

    /** Groups items already sorted worst first, keeping the areas in table order within each status. */
    static List<PaceGroup> of(List<ItemPace> worstFirst) {
        Map<String, List<ItemPace>> groups = new LinkedHashMap<>();
        for (ItemPace item : worstFirst) {
            groups.computeIfAbsent(item.status() + "\u0000" + item.areaName(), k -> new ArrayList<>()).add(item);
        }
        return groups.values().stream()
                .map(items -> new PaceGroup(items.get(0).status(), items.get(0).areaName(), List.copyOf(items))).toList();
    }
}
