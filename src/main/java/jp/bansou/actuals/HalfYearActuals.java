package jp.bansou.actuals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import jp.bansou.shared.FiscalYear;

/**
 * A counted item's actual by half year, as associations report it: 上期 (April–September) and 下期
 * (October–March). Each half is counted on its own, so a distinct count (businesses) can add up to
 * more than the year's, where a business appears in both halves.
 */
public record HalfYearActuals(BigDecimal firstHalf, BigDecimal secondHalf) {

    public HalfYearActuals {
        if (firstHalf == null || secondHalf == null) {
            throw new IllegalArgumentException("上期と下期の実績は必須です");
        }
    }

    /**
     * The halves from what each date adds to the year's total: 上期 is the dates before October; 下期
     * the rest of the year's total. Right for sums; a distinct count's 下期 is counted on its own.
     */
    public static HalfYearActuals ofDays(FiscalYear year, Map<LocalDate, BigDecimal> days, BigDecimal total) {
        LocalDate secondHalf = year.secondHalfFirstDay();
        BigDecimal first = days.entrySet().stream().filter(d -> d.getKey().isBefore(secondHalf))
                .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new HalfYearActuals(first, total.subtract(first));
    }
}
