package jp.bansou.progress;

/**
 * Where an item's monthly spread comes from: the lead's monthly plan, last year's monthly figures
 * of the item (counted from records, or reported by check-ins), or an even spread when there are none.
 */
public enum ProfileSource {
    PLAN, LAST_YEAR, EVEN;

    public String messageKey() {
        return "pace.source." + name();
    }
}
