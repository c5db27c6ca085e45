package jp.bansou.plan;

import java.util.Map;
import java.util.Optional;
import jp.bansou.shared.FiscalYear;

/**
 * The years a five-year plan covers. Narrowing them must not orphan figures already kept: a change
 * that leaves item-years outside is refused, naming how many and in which years.
 */
public record PlanYears(FiscalYear first, FiscalYear last) {

    public PlanYears {
        if (first == null || last == null) {
            throw new PlanChangeRefused("計画の最初と最後の年度を入力してください");
        }
        if (last.compareTo(first) < 0) {
            throw new PlanChangeRefused("計画の最後の年度は最初の年度以降にしてください");
        }
        if (last.startYear() - first.startYear() > 9) {
            throw new PlanChangeRefused("計画の期間は10年度以内にしてください");
        }
    }

    public boolean covers(FiscalYear year) {
        return year.compareTo(first) >= 0 && year.compareTo(last) <= 0;
    }

    /** Why these years cannot be set, given the number of item-years kept per fiscal year; empty when they can. */
    public Optional<String> refusal(Map<FiscalYear, Integer> itemYearsByYear) {
        var outside = itemYearsByYear.entrySet().stream().filter(e -> !covers(e.getKey()))
                .sorted(Map.Entry.comparingByKey()).toList();
        if (outside.isEmpty()) {
            return Optional.empty();
        }
        int count = outside.stream().mapToInt(Map.Entry::getValue).sum();
        String years = String.join("、", outside.stream().map(e -> e.getKey().japaneseLabel()).toList());
        return Optional.of("計画の期間外になる年度（" + years + "）に目標・実績が" + count
                + "件あります。期間を変更するにはその年度を含めてください");
    }
}
