package jp.bansou.organization;

import java.util.List;

/** One page of an administration list, with how many rows the search finds in all. */
public record ListPage<T>(List<T> rows, int page, int size, long total) {

    public ListPage {
        rows = List.copyOf(rows);
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }
}
