package jp.bansou.schedule;

import java.time.LocalDate;

/**
 * A status with its actual date: 実施済 needs the date it was held (not in the future); 予定, 中止
 * and 延期 carry none.
 */
public record Outcome(EventStatus status, LocalDate actualDate) {

    public Outcome {
        if (status == null) {
            throw new IllegalArgumentException("状況を選んでください");
        }
        if (status == EventStatus.DONE && actualDate == null) {
            throw new IllegalArgumentException("実施日を入力してください");
        }
        if (status != EventStatus.DONE) {
            actualDate = null;
        }
    }

    public static Outcome done(LocalDate on) {
        return new Outcome(EventStatus.DONE, on);
    }

    /** Refuses an actual date after {@code today}. */
    public Outcome checkedAgainst(LocalDate today) {
        if (actualDate != null && actualDate.isAfter(today)) {
            throw new IllegalArgumentException("実施日に未来の日付は入力できません");
        }
        return this;
    }
}
