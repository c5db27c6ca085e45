package jp.bansou.plan;

import java.math.BigDecimal;

/** An item-year whose district split adds up to {@code splitTotal}, not to its actual (null when none was entered). */
public record SplitMismatch(long itemYearId, String name, BigDecimal actual, BigDecimal splitTotal) {
}
