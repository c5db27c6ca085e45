package jp.bansou.activity;

import java.time.LocalDate;

/** A record as lists show it, names resolved. */
public record ActivityRow(long id, LocalDate date, String kind, Long businessId, String business, String district,
                          String staff, String categories, Integer minutes, Integer participants, String note,
                          ActivitySource source, Long importBatchId) {
}
