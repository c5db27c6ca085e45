package jp.bansou.plan;

import java.math.BigDecimal;

/** A うち row whose actual exceeds its parent's in the same year (a part larger than the whole). */
public record SubItemExcess(long itemYearId, String name, BigDecimal actual, long parentItemYearId,
                            String parentName, BigDecimal parentActual) {
}
