package jp.bansou.activity;

/** Where a business stands in the registry; MERGED is set only by merging it into another. */
public enum BusinessStatus {
    ACTIVE, SUSPENDED, CLOSED, MERGED;

    /** The statuses a user may choose when registering a business. */
    public static BusinessStatus[] selectable() {
        return new BusinessStatus[] {ACTIVE, SUSPENDED, CLOSED};
    }
}
