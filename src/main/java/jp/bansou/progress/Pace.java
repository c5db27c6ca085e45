package jp.bansou.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import jp.bansou.plan.TargetComparator;

/**
 * An item's pace on a date: the part of its target expected by then, the actual to date, the
 * year-end forecast, and the status the thresholds give.
 *
 * <ul>
 * <li>Expected to date = target × the share of the year its monthly profile expects by the date.</li>
 * <li>Forecast = actual to date ÷ that share (the run rate against the profile): a year half
 * expected with 40 done forecasts 80. Where the profile expects nothing yet (share 0) the share of
 * the year's days gone is used instead; before the year nothing is forecast. From the year's last
 * day on the share is 1, so the forecast is the actual.</li>
 * <li>Status: {@link AchievementRate} of the actual to date against the expected (expected ÷ actual
 * for 以下 items, nothing expected yet counting as on pace) under the thresholds; unknown without
 * a target or without an actual to date.</li>
 * </ul>
 * Expected and forecast are shown rounded HALF_UP to 0.1; the status compares the exact figures.
 */
public record Pace(BigDecimal expectedToDate, BigDecimal actualToDate, BigDecimal forecast, AchievementRate rate,
                   PaceStatus status) {

    public static Pace of(TargetComparator comparator, BigDecimal target, BigDecimal share, BigDecimal elapsed,
                          BigDecimal actualToDate, PaceThresholds thresholds) {
        BigDecimal expected = target == null ? null : target.multiply(share);
        AchievementRate rate = AchievementRate.of(comparator, expected, actualToDate).orElse(null);
        return new Pace(round(expected), actualToDate, forecast(actualToDate, share, elapsed), rate,
                thresholds.statusOf(rate));
    }

    private static BigDecimal forecast(BigDecimal actual, BigDecimal share, BigDecimal elapsed) {
        BigDecimal divisor = share.signum() > 0 ? share : elapsed;
        if (actual == null || divisor.signum() == 0) {
            return null;
        }
        return actual.divide(divisor, 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal round(BigDecimal value) {
        return value == null ? null : value.setScale(1, RoundingMode.HALF_UP);
    }
}
