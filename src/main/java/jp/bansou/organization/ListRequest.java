package jp.bansou.organization;

import java.util.List;

/**
 * What an administration list page asks for: free text, a sort key among the ones the list offers
 * (anything else falls back to the first), the direction and the page (from 0).
 */
public record ListRequest(String text, String sort, boolean descending, int page) {

    public static final int PAGE_SIZE = 25;

    public ListRequest {
        text = text == null || text.isBlank() ? null : text.strip();
        page = Math.max(page, 0);
    }

    public static ListRequest first() {
        return new ListRequest(null, null, false, 0);
    }

    /** The sort key if the list offers it, else its first (default) key. */
    public String sortAmong(List<String> offered) {
        return sort != null && offered.contains(sort) ? sort : offered.get(0);
    }

    /** The search text as a LIKE pattern, or null for no search. */
    public String likePattern() {
        return text == null ? null : "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    public int offset() {
        return page * PAGE_SIZE;
    }
}
