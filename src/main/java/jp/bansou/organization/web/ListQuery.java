package jp.bansou.organization.web;

/** The query parameters of an administration list ({@code ?q=&sort=&desc=&page=}), any of them absent. */
record ListQuery(String q, String sort, Boolean desc, Integer page) {

    /** The query as the list at {@code path} uses it, absent values at their defaults. */
    ListParams on(String path) {
        return new ListParams(path, q, sort, Boolean.TRUE.equals(desc), page == null ? 0 : Math.max(page, 0));
    }
}
