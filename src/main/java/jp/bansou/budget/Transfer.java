package jp.bansou.budget;

import java.time.LocalDate;
import jp.bansou.shared.Yen;

/** A recorded transfer between two lines. */
public record Transfer(long id, LocalDate date, String fromLine, String toLine, Yen amount, String reason,
                       String createdBy) {
}
