package jp.bansou.budget;

import java.time.LocalDate;
import jp.bansou.shared.Yen;

/**
 * A spending entry to record: the line it is charged to, date, amount (whole yen, more than zero),
 * payee, purpose, voucher number, the activity record and the planned event it paid for (both
 * optional) and, where it takes the
 * line past its budget, the reason that allows it.
 */
public record NewSpending(long lineId, LocalDate date, Yen amount, String payee, String purpose, String voucherNo,
                          Long activityRecordId, Long eventId, String overBudgetReason) {

    public static final int PAYEE_MAX = 200;
    public static final int PURPOSE_MAX = 500;
    public static final int VOUCHER_MAX = 50;
    public static final int REASON_MAX = 1000;

    public NewSpending {
        if (date == null) {
            throw new IllegalArgumentException("支出日を入力してください");
        }
        if (amount == null || !amount.isPositive()) {
            throw new IllegalArgumentException("金額は1円以上の整数で入力してください");
        }
        payee = Texts.required(payee, PAYEE_MAX, "支払先");
        purpose = Texts.required(purpose, PURPOSE_MAX, "用途");
        voucherNo = Texts.optional(voucherNo, VOUCHER_MAX, "証憑番号");
        overBudgetReason = Texts.optional(overBudgetReason, REASON_MAX, "予算超過の理由");
    }

    /** An entry linked to no planned event. */
    public NewSpending(long lineId, LocalDate date, Yen amount, String payee, String purpose, String voucherNo,
                       Long activityRecordId, String overBudgetReason) {
        this(lineId, date, amount, payee, purpose, voucherNo, activityRecordId, null, overBudgetReason);
    }

    public boolean hasOverBudgetReason() {
        return overBudgetReason != null;
    }
}
