package jp.bansou.progress.web;

import java.util.HashMap;
import java.util.Map;
import jp.bansou.actuals.HalfYearActuals;
import jp.bansou.plan.Target;

/** A counted item's 上期 and 下期 as the table prints them (1,500). */
record HalfYearView(String firstHalf, String secondHalf) {

    /** Item id → the half years as text. */
    static Map<Long, HalfYearView> of(Map<Long, HalfYearActuals> halves) {
        Map<Long, HalfYearView> views = new HashMap<>();
        halves.forEach((item, h) -> views.put(item,
                new HalfYearView(Target.formatNumber(h.firstHalf()), Target.formatNumber(h.secondHalf()))));
        return views;
    }
}
