package jp.bansou.activity.web;

import java.time.LocalDate;
import java.util.List;
import jp.bansou.activity.ActivityRow;
import jp.bansou.activity.RecordDetail;

/** A record as the API returns it, every reference by name. */
record ActivityJson(long id, LocalDate date, String kind, Long businessId, String business, String district,
                    List<String> staff, List<String> categories, Integer minutes, Integer participants,
                    Integer deals, Integer pressReleases, String note, String source) {

    static ActivityJson of(ActivityRow row, RecordDetail detail) {
        RecordDetail d = detail == null ? new RecordDetail(List.of(), List.of(), null, null) : detail;
        return new ActivityJson(row.id(), row.date(), row.kind(), row.businessId(), row.business(), row.district(),
                d.staff(), d.categories(), row.minutes(), row.participants(), d.deals(), d.pressReleases(),
                row.note(), row.source().name());
    }

    /** One page of records: zero-based page number, its size, and how many records match in all. */
    record PageJson(List<ActivityJson> items, int page, int size, long total) {
    }
}
