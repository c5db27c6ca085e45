package jp.bansou.organization.web;

import jp.bansou.organization.ListRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A list page's query (search text, sort key and direction, page) and the links that change one part
 * of it; public because the templates call it.
 */
public record ListParams(String path, String q, String sort, boolean desc, int page) {

    ListRequest request() {
        return new ListRequest(q, sort, desc, page);
    }

    /** The same list at another page. */
    public String pageLink(int other) {
        return link(sort, desc, other);
    }

    /** The list sorted by {@code key}: ascending first, the other way round when already sorted so. */
    public String sortLink(String key) {
        return link(key, key.equals(sort) && !desc, 0);
    }

    /** ▲ or ▼ beside the column the list is sorted by, nothing beside the others. */
    public String mark(String key) {
        return key.equals(sort) ? (desc ? "▼" : "▲") : "";
    }

    private String link(String sortKey, boolean descending, int at) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        if (q != null && !q.isBlank()) {
            uri.queryParam("q", q);
        }
        if (sortKey != null) {
            uri.queryParam("sort", sortKey);
        }
        if (descending) {
            uri.queryParam("desc", true);
        }
        if (at > 0) {
            uri.queryParam("page", at);
        }
        return uri.encode().build().toUriString();
    }
}
