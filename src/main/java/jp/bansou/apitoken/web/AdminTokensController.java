package jp.bansou.apitoken.web;

import jp.bansou.apitoken.ApiTokens;
import jp.bansou.organization.BansouUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/tokens} (admins only, as all of /admin): every API token of the association's users, and revocation. */
@Controller
class AdminTokensController {

    private static final String PAGE = "/admin/tokens";

    private final ApiTokens tokens;

    AdminTokensController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping(PAGE)
    String list(@AuthenticationPrincipal BansouUser admin, Model model) {
        model.addAttribute("tokens", tokens.ofAssociation(admin));
        model.addAttribute("today", tokens.today());
        return "apitoken/admin-tokens";
    }

    @GetMapping(PAGE + "/{id}/revoke")
    String confirmRevoke(@AuthenticationPrincipal BansouUser admin, @PathVariable long id, Model model) {
        model.addAttribute("token", tokens.ofAssociation(admin, id));
        model.addAttribute("action", PAGE + "/" + id + "/revoke");
        model.addAttribute("back", PAGE);
        return "apitoken/revoke";
    }

    @PostMapping(PAGE + "/{id}/revoke")
    String revoke(@AuthenticationPrincipal BansouUser admin, @PathVariable long id, RedirectAttributes redirect) {
        tokens.revokeInAssociation(admin, id);
        redirect.addFlashAttribute("done", "token.revoked");
        return "redirect:" + PAGE;
    }
}
