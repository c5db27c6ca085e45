package jp.bansou.rollover;

import jp.bansou.plan.PlanRollover.PlanCopy;
import jp.bansou.shared.FiscalYear;

/** What a rollover created in {@code to}, per module. */
public record RolloverResult(FiscalYear from, FiscalYear to, PlanCopy plan, int rules, int events, int budgetLines) {

    /** The audit trail's summary: 項目 60件（…）; 担当 150件; 集計ルール 20件; 予定 12件; 予算の行 14行. */
    public String describe() {
        return plan.describe() + "; 集計ルール " + rules + "件（年度共通）; 予定 " + events + "件; 予算の行 "
                + budgetLines + "行; 評価基準・進捗の判定基準・チェックイン設定は年度共通";
    }
}
