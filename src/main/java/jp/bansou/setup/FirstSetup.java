package jp.bansou.setup;

import java.util.HashSet;
import java.util.List;
import jp.bansou.shared.FiscalYear;

/**
 * What the set-up page asks for: the association, its districts (the first is the head office),
 * the fiscal year it is in, the five-year plan covering that year, and the first admin's login.
 */
public record FirstSetup(String associationName, String code, List<String> districts, FiscalYear year,
                         FiscalYear planFirst, FiscalYear planLast, String adminUsername, String adminDisplayName,
                         String adminPassword) {

    /** A plan runs five years at most (経営発達支援計画 are approved for five). */
    public static final int MAX_PLAN_YEARS = 5;

    public FirstSetup {
        districts = List.copyOf(districts);
        if (districts.isEmpty()) {
            throw new IllegalArgumentException("地区を1つ以上入力してください");
        }
        if (new HashSet<>(districts).size() != districts.size()) {
            throw new IllegalArgumentException("地区名が重複しています");
        }
        if (planLast.compareTo(planFirst) < 0 || planLast.startYear() - planFirst.startYear() >= MAX_PLAN_YEARS) {
            throw new IllegalArgumentException("計画期間は最初の年度から5年以内にしてください");
        }
        if (year.compareTo(planFirst) < 0 || year.compareTo(planLast) > 0) {
            throw new IllegalArgumentException("計画期間に現在の年度（" + year.japaneseLabel() + "）を含めてください");
        }
    }

    public String planName() {
        return "経営発達支援計画（" + planFirst.japaneseLabel() + "〜" + planLast.japaneseLabel() + "）";
    }

    @Override
    public String toString() {
        return "FirstSetup[" + code + ", " + adminUsername + "]";
    }
}
