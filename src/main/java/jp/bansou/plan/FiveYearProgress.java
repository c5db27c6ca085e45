package jp.bansou.plan;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import jp.bansou.shared.FiscalYear;
import jp.bansou.shared.Percentage;

/**
 * Progress of one five-year target up to a fiscal year: the sum of the annual actuals of the plan's
 * years so far (or the latest year's actual for a 毎年 target), and that as a whole percentage of
 * the target, rounded HALF_UP (39 / 40 = 97.5% → 98%).
 */
public record FiveYearProgress(long itemId, String name, ItemUnit unit, BigDecimal target, FiveYearKind kind,
                               Map<FiscalYear, BigDecimal> annualActuals, BigDecimal achieved) {

    public Optional<Percentage> progress() {
        return achieved == null ? Optional.empty() : Percentage.of(achieved, target, 0);
    }

    /** 40品目. */
    public String targetText() {
        return Target.formatNumber(target) + unit.label();
    }

    public String actualText(FiscalYear year) {
        BigDecimal value = annualActuals.get(year);
        return value == null ? "" : Target.formatNumber(value);
    }

    public String achievedText() {
        return achieved == null ? "" : Target.formatNumber(achieved);
    }

    /** 173%; empty before any actual. */
    public String progressText() {
        return progress().map(Percentage::format).orElse("");
    }

    /** 5年累計 69 / 40 = 173% · 毎年 333 / 300 = 111%. */
    public String summary() {
        if (achieved == null) {
            return "";
        }
        String prefix = kind == FiveYearKind.CUMULATIVE ? "5年累計 " : "毎年 ";
        return prefix + Target.formatNumber(achieved) + " / " + Target.formatNumber(target)
                + progress().map(p -> " = " + p.format()).orElse("");
    }
}
