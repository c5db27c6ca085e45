package jp.bansou.progress;

import java.time.LocalDateTime;

/**
 * A value of the target table that differs from the year-end snapshot: what the committee got,
 * what the table shows now, and the last recorded change of the item-year since the snapshot
 * (null where none was recorded against it, e.g. a counted actual that followed its records).
 */
public record SnapshotDifference(long itemYearId, String itemName, String field, String fieldLabel,
                                 String snapshotValue, String currentValue, String changedBy,
                                 LocalDateTime changedAt, String reason) {
}
