package jp.bansou.plan;

/**
 * An item without a target in a year: its row has none ({@code itemYearId} set), or it has no row
 * in that year at all ({@code itemYearId} null; {@code latestItemYearId} is its newest year, if any).
 */
public record TargetGap(long itemId, String name, Long itemYearId, Long latestItemYearId) {

    public boolean rowMissing() {
        return itemYearId == null;
    }

    /** The item-year page where the item is looked after: this year's, else its newest; null when it has none. */
    public Long pageItemYearId() {
        return itemYearId != null ? itemYearId : latestItemYearId;
    }
}
