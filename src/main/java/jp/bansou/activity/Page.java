package jp.bansou.activity;

import java.util.List;

/** One page of a list: the rows, the zero-based page number, its size and the total count. */
public record Page<T>(List<T> rows, int number, int size, long total) {

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return number + 1 < pageCount();
    }

    public boolean hasPrevious() {
        return number > 0;
    }
}
