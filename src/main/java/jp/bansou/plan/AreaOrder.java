package jp.bansou.plan;

import java.util.ArrayList;
import java.util.List;

/** The business areas in table order; moving one swaps it with its neighbour, unchanged at either end. */
public record AreaOrder(List<Long> areaIds) {

    public AreaOrder {
        areaIds = List.copyOf(areaIds);
    }

    public AreaOrder move(long areaId, int delta) {
        int at = areaIds.indexOf(areaId);
        if (at < 0) {
            throw new PlanChangeRefused("事業が見つかりません");
        }
        int to = at + delta;
        if (to < 0 || to >= areaIds.size()) {
            return this;
        }
        List<Long> moved = new ArrayList<>(areaIds);
        moved.add(to, moved.remove(at));
        return new AreaOrder(moved);
    }
}
