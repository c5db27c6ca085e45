package jp.bansou.plan;

import java.math.BigDecimal;

/**
 * The target an item gets in the year after a rollover, chosen in this order: the five-year plan's
 * figure where the plan covers that year and sets a yearly target (毎年, {@link FiveYearKind#ANNUAL});
 * else this year's derivation recomputed from next year's headcount; else this year's target carried
 * over for editing; else none. A cumulative five-year target (5年後に40品目) sets no yearly figure,
 * so it never decides; a five-year figure replaces a derivation, as the approved plan wins.
 *
 * @param derivation the derivation kept for next year (only when the target is derived)
 */
public record NextYearTarget(BigDecimal value, TargetDerivation derivation, TargetSource source) {

    public NextYearTarget {
        if ((value == null) != (source == TargetSource.NONE)) {
            throw new IllegalArgumentException("a target has a source, and only a target has one");
        }
        if ((derivation != null) != (source == TargetSource.DERIVED)) {
            throw new IllegalArgumentException("only a derived target keeps its derivation");
        }
    }

    /**
     * @param current        this year's target (null: none)
     * @param derivation     this year's derivation (null: a fixed target)
     * @param nextHeadcount  the derivation group's headcount in the next year (unused without a derivation)
     * @param fiveYear       the item's five-year target, or null
     * @param planCoversNext the five-year plan runs through the next year
     */
    public static NextYearTarget choose(BigDecimal current, TargetDerivation derivation, int nextHeadcount,
                                        FiveYearTarget fiveYear, boolean planCoversNext) {
        if (fiveYear != null && planCoversNext && fiveYear.kind() == FiveYearKind.ANNUAL) {
            return new NextYearTarget(fiveYear.value(), null, TargetSource.FIVE_YEAR_PLAN);
        }
        if (derivation != null) {
            return new NextYearTarget(derivation.targetFor(nextHeadcount), derivation, TargetSource.DERIVED);
        }
        return current == null ? new NextYearTarget(null, null, TargetSource.NONE)
                : new NextYearTarget(current, null, TargetSource.CARRIED_OVER);
    }

    /** An item's five-year (中長期) target and how it is measured. */
    public record FiveYearTarget(BigDecimal value, FiveYearKind kind) {

        public static FiveYearTarget ofNullable(BigDecimal value, String kind) {
            return value == null || kind == null ? null : new FiveYearTarget(value, FiveYearKind.valueOf(kind));
        }
    }
}
