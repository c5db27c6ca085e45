package jp.bansou.activity;

import java.time.LocalDateTime;

/**
 * An activity record entered after the period its date falls in was closed (only an admin giving a
 * reason can do that): the record and when it was entered, in Japan time.
 */
public record LateEntry(RecordGap record, LocalDateTime enteredAt) {
}
