package jp.bansou.period;

import java.time.LocalDateTime;

/** A period an admin closed, with who and when. */
public record ClosedPeriod(Period period, String closedBy, LocalDateTime closedAt) {
}
