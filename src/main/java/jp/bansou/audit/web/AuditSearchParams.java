package jp.bansou.audit.web;

import java.time.LocalDate;
import jp.bansou.audit.AuditType;
import org.springframework.web.util.UriComponentsBuilder;

/** The search as the form sent it, and the link to another page of it. */
record AuditSearchParams(LocalDate from, LocalDate to, String who, AuditType type, String q) {

    public String link(int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/admin/audit");
        if (from != null) {
            uri.queryParam("from", from);
        }
        if (to != null) {
            uri.queryParam("to", to);
        }
        if (who != null && !who.isBlank()) {
            uri.queryParam("who", who);
        }
        if (type != null) {
            uri.queryParam("type", type.name());
        }
        if (q != null && !q.isBlank()) {
            uri.queryParam("q", q);
        }
        return uri.queryParam("page", page).encode().build().toUriString();
    }
}
