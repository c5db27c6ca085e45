package jp.bansou.budget;

import java.time.LocalDate;
import jp.bansou.shared.Yen;

/** A transfer (流用) of budget from one line to another of the same year, with its reason. */
public record NewTransfer(long fromLineId, long toLineId, Yen amount, LocalDate date, String reason) {

    public NewTransfer {
        if (fromLineId == toLineId) {
            throw new IllegalArgumentException("流用元と流用先に別の予算行を選んでください");
        }
        if (amount == null || !amount.isPositive()) {
            throw new IllegalArgumentException("流用額は1円以上の整数で入力してください");
        }
        if (date == null) {
            throw new IllegalArgumentException("流用日を入力してください");
        }
        reason = Texts.required(reason, NewSpending.REASON_MAX, "流用の理由");
    }
}
