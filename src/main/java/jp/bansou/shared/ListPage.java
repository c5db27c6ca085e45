package jp.bansou.shared;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One page of a short admin list (activity kinds, expense categories …) after a search and a sort:
 * the search keeps entries whose name contains the text (ignoring case), {@code sort} is
 * {@code name} (Japanese collation), {@code name-desc}, or anything else for the list's own order;
 * pages hold {@link #SIZE} entries and count from 0.
 */
public record ListPage<T>(List<T> entries, String query, String sort, int page, int pages, int total) {

    public static final int SIZE = 20;

    public static <T> ListPage<T> of(List<T> all, Function<T, String> name, String query, String sort, Integer page) {
        String q = query == null ? "" : query.strip();
        Comparator<T> byName = Comparator.comparing(name, Collator.getInstance(Locale.JAPANESE));
        List<T> found = all.stream().filter(e -> q.isEmpty() || name.apply(e).toLowerCase(Locale.ROOT)
                .contains(q.toLowerCase(Locale.ROOT))).toList();
        if ("name".equals(sort)) {
            found = found.stream().sorted(byName).toList();
        } else if ("name-desc".equals(sort)) {
            found = found.stream().sorted(byName.reversed()).toList();
        }
        int pages = Math.max(1, (found.size() + SIZE - 1) / SIZE);
        int p = page == null ? 0 : Math.max(0, Math.min(page, pages - 1));
        return new ListPage<>(found.subList(p * SIZE, Math.min(found.size(), (p + 1) * SIZE)), q,
                sort == null ? "" : sort, p, pages, found.size());
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page < pages - 1;
    }
}
