package jp.bansou.activity.web;

import java.util.Optional;
import jp.bansou.activity.ActivityFilter;
import jp.bansou.shared.FiscalYear;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The activity list's query: fiscal year, month (1–12, within the fiscal year), district, staff
 * member, kind, category, free text, one record (a data check's link) and the zero-based page;
 * page links repeat every filter.
 */
record ActivityListParams(Integer fy, Integer month, Long district, Long staff, Long kind, Long category, String q,
                          Long record, Integer page) {

    ActivityListParams {
        q = q == null || q.isBlank() ? null : q.strip();
    }

    ActivityListParams withYear(FiscalYear year) {
        return new ActivityListParams(year.startYear(), month, district, staff, kind, category, q, record, page);
    }

    int pageNumber() {
        return page == null || page < 0 ? 0 : page;
    }

    ActivityFilter filter() {
        return new ActivityFilter(fy == null ? null : FiscalYear.of(fy), month, district, staff, kind, category, q,
                record);
    }

    /** This list's address at another page. */
    public String link(int toPage) {
        return UriComponentsBuilder.fromPath("/activities")
                .queryParamIfPresent("fy", Optional.ofNullable(fy))
                .queryParamIfPresent("month", Optional.ofNullable(month))
                .queryParamIfPresent("district", Optional.ofNullable(district))
                .queryParamIfPresent("staff", Optional.ofNullable(staff))
                .queryParamIfPresent("kind", Optional.ofNullable(kind))
                .queryParamIfPresent("category", Optional.ofNullable(category))
                .queryParamIfPresent("q", Optional.ofNullable(q))
                .queryParamIfPresent("record", Optional.ofNullable(record))
                .queryParam("page", toPage)
                .encode().build().toUriString();
    }
}
