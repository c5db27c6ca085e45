package jp.bansou.audit;

import java.util.List;

/** A page of audit rows, newest first, with the number of rows the filter finds in all. */
public record AuditPage(List<AuditRow> rows, int page, int size, long total) {

    public AuditPage {
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
