package jp.bansou.audit.web;

import java.time.LocalDate;
import jp.bansou.audit.AuditActor;
import jp.bansou.audit.AuditFilter;
import jp.bansou.audit.AuditQueries;
import jp.bansou.audit.AuditType;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /admin/audit} (admins only, as all of /admin): the association's changes, newest first,
 * filtered by period, user, type and free text, 50 to a page. GET only: the log cannot be changed.
 */
@Controller
class AuditController {

    private static final int PAGE_SIZE = 50;

    private final AuditQueries queries;

    AuditController(AuditQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/admin/audit")
    String search(@AuthenticationPrincipal AuditActor user,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(required = false) String who, @RequestParam(required = false) AuditType type,
                  @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                  Model model) {
        long association = user.auditAssociationId();
        AuditSearchParams params = new AuditSearchParams(from, to, who, type, q);
        model.addAttribute("params", params);
        model.addAttribute("types", AuditType.values());
        model.addAttribute("users", queries.userNames(association));
        try {
            AuditFilter filter = new AuditFilter(from, to, who, type, q, null);
            model.addAttribute("result", queries.search(association, filter, Math.max(page, 0), PAGE_SIZE));
        } catch (IllegalArgumentException e) {
            model.addAttribute("filterError", e.getMessage());
        }
        return "audit/search";
    }
}
