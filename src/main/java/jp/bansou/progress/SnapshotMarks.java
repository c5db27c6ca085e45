package jp.bansou.progress;

import java.util.Map;

/**
 * Which cells of the target table differ from the year-end snapshot, for the table to mark them:
 * item-year id → field code → the value in the snapshot. Empty for a year without a snapshot.
 */
public record SnapshotMarks(YearSnapshot snapshot, Map<Long, Map<String, String>> was) {

    public SnapshotMarks {
        was = Map.copyOf(was);
    }

    public static SnapshotMarks none() {
        return new SnapshotMarks(null, Map.of());
    }

    public boolean taken() {
        return snapshot != null;
    }

    public boolean changed(long itemYearId, String field) {
        return was.getOrDefault(itemYearId, Map.of()).containsKey(field);
    }

    /** The value the snapshot holds for the cell; empty text where it was empty. */
    public String was(long itemYearId, String field) {
        return was.getOrDefault(itemYearId, Map.of()).getOrDefault(field, "");
    }

    public int count() {
        return was.values().stream().mapToInt(Map::size).sum();
    }
}
