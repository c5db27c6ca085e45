package jp.bansou.activity;

import java.util.List;

/** What a list row abbreviates: the staff and categories of a record one by one, and its counts. */
public record RecordDetail(List<String> staff, List<String> categories, Integer deals, Integer pressReleases) {

    public RecordDetail {
        staff = List.copyOf(staff);
        categories = List.copyOf(categories);
    }
}
