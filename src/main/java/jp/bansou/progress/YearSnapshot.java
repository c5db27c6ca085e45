package jp.bansou.progress;

import java.time.LocalDateTime;
import jp.bansou.shared.FiscalYear;

/** The target table of a year frozen when the year was closed: when, and by whom. */
public record YearSnapshot(FiscalYear year, LocalDateTime takenAt, String takenBy) {
}
