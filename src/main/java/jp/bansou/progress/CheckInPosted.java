package jp.bansou.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The lead or a deputy posted a check-in on an item-year. A hand-set status on that item stops
 * overriding from here on, and for a manual item the figure to date becomes its actual to date.
 *
 * @param figureToDate the figure as of {@code asOf}; null where the item is counted from records
 * @param status the status the poster reports ("ON_TRACK", "ATTENTION", "BEHIND"), or null
 */
public record CheckInPosted(long associationId, long itemYearId, LocalDate asOf, BigDecimal figureToDate,
        String status, long postedByUserId, Instant postedAt) {
}
