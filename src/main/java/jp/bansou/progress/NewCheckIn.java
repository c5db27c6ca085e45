package jp.bansou.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import jp.bansou.shared.Decimals;
import jp.bansou.shared.FiscalYear;

/**
 * A check-in as the lead or a deputy writes it: the date it speaks of (基準日), the figure to date
 * (実績（現在）, for items typed in by hand; counted items take theirs from the records), the status
 * and a comment on wins and obstacles (required, at most 1,000 characters).
 */
public record NewCheckIn(LocalDate asOf, BigDecimal figureToDate, CheckInStatus status, String comment) {

    public static final int COMMENT_MAX = 1000;

    public NewCheckIn {
        if (asOf == null) {
            throw new IllegalArgumentException("基準日を入力してください");
        }
        if (status == null) {
            throw new IllegalArgumentException("状況を選んでください");
        }
        comment = comment == null ? "" : comment.strip();
        if (comment.isEmpty() || comment.length() > COMMENT_MAX) {
            throw new IllegalArgumentException("コメントを1000文字以内で入力してください");
        }
        if (figureToDate != null && (figureToDate.signum() < 0 || figureToDate.stripTrailingZeros().scale() > 1)) {
            throw new IllegalArgumentException("実績（現在）は0以上、小数第1位までの数値を入力してください");
        }
        figureToDate = Decimals.plain(figureToDate);
    }

    /**
     * The check-in for an item of {@code year}: the date must fall in that fiscal year and not after
     * {@code today}; a manual item needs the figure, a counted item's figure is dropped (the records count).
     */
    public NewCheckIn forItem(FiscalYear year, boolean counted, LocalDate today) {
        if (!year.contains(asOf)) {
            throw new IllegalArgumentException("基準日は" + year.japaneseLabel() + "（" + year.firstDay() + "〜"
                    + year.lastDay() + "）の日付を入力してください");
        }
        if (asOf.isAfter(today)) {
            throw new IllegalArgumentException("基準日に未来の日付は入力できません");
        }
        if (!counted && figureToDate == null) {
            throw new IllegalArgumentException("実績（現在）を入力してください（手入力の項目です）");
        }
        return counted ? new NewCheckIn(asOf, null, status, comment) : this;
    }
}
