package jp.bansou.activity;

import java.time.LocalDate;

/** An activity record the data checks report, named by its date, kind and business (null for an event without one). */
public record RecordGap(long id, LocalDate date, String kind, String business) {
}
