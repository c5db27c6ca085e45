package jp.bansou.plan;

import java.math.BigDecimal;

/** What the item form edits: name, unit, comparator and the five-year target with its kind (both or neither). */
public record ItemDefinition(String name, ItemUnit unit, TargetComparator comparator, BigDecimal fiveYearTarget,
                             FiveYearKind fiveYearKind) {

    public ItemDefinition {
        name = name == null ? null : name.strip();
        if (name == null || name.isEmpty()) {
            throw new PlanChangeRefused("項目名を入力してください");
        }
        if (name.length() > 300) {
            throw new PlanChangeRefused("項目名は300文字以内で入力してください");
        }
        if (unit == null || comparator == null) {
            throw new PlanChangeRefused("単位と比較（以上・以下）を選んでください");
        }
        if ((fiveYearTarget == null) != (fiveYearKind == null)) {
            throw new PlanChangeRefused("中長期目標を入力するときは、その種類（5年累計・毎年）も選んでください");
        }
        if (fiveYearTarget != null && fiveYearTarget.signum() < 0) {
            throw new PlanChangeRefused("中長期目標は0以上で入力してください");
        }
    }
}
