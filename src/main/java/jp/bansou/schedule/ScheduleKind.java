package jp.bansou.schedule;

/**
 * A kind of planned event (セミナー, 商談会・展示会 …); {@code activityKindName} is the activity kind
 * a held event is recorded as (セミナー → セミナー開催), or null where none is counted.
 */
public record ScheduleKind(long id, String name, String activityKindName) {
}
