package jp.bansou.progress;

import java.math.BigDecimal;
import jp.bansou.plan.Target;

/**
 * One item-year's pace for the dashboard and the item page: what it is, who leads it, where its
 * monthly spread comes from, whether its actual is counted from records, its pace, and the status
 * set by hand if any (which then stands instead of the computed one).
 */
public record ItemPace(long itemYearId, long itemId, String areaName, String name, boolean subItem, Target target,
                       String lead, boolean counted, ProfileSource source, Pace pace, StatusOverride override) {

    /** The status shown: the hand-set one while it stands, else the computed one. */
    public PaceStatus status() {
        return override != null ? override.status() : pace.status();
    }

    public String expectedText() {
        return text(pace.expectedToDate());
    }

    public String actualText() {
        return text(pace.actualToDate());
    }

    public String forecastText() {
        return text(pace.forecast());
    }

    /** The pace rate, 92.5%, or empty. */
    public String rateText() {
        return pace.rate() == null ? "" : pace.rate().text();
    }

    public String unitLabel() {
        return target == null ? "" : target.unit().label();
    }

    private static String text(BigDecimal value) {
        return value == null ? "" : Target.formatNumber(value);
    }
}
