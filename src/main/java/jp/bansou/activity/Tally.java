package jp.bansou.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A rule's result for a fiscal year: the total and its split by district (which adds up to the
 * total), by staff member (which need not: a record two advisors worked on counts for each), and by
 * date: what each date adds to the running total (for a distinct count, a business counts on the
 * date of its first record of the year).
 */
public record Tally(BigDecimal total, Map<Long, BigDecimal> byDistrict, Map<Long, BigDecimal> byStaff,
                    Map<LocalDate, BigDecimal> byDay) {

    public Tally {
        byDistrict = Map.copyOf(byDistrict);
        byStaff = Map.copyOf(byStaff);
        byDay = Map.copyOf(byDay);
    }
}
