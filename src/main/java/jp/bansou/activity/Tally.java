package jp.bansou.activity;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A rule's result for a fiscal year: the total and its split by district (which adds up to the
 * total) and by staff member (which need not: a record two advisors worked on counts for each).
 */
public record Tally(BigDecimal total, Map<Long, BigDecimal> byDistrict, Map<Long, BigDecimal> byStaff) {

    public Tally {
        byDistrict = Map.copyOf(byDistrict);
        byStaff = Map.copyOf(byStaff);
    }
}
