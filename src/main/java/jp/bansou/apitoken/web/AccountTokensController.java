package jp.bansou.apitoken.web;

import jakarta.validation.Valid;
import jp.bansou.apitoken.ApiTokens;
import jp.bansou.organization.BansouUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /account/tokens} (every logged-in role): the user's own API tokens, a new one (its secret
 * shown on the answer to the POST and nowhere else, so it never sits in a session or a redirect),
 * and revocation after a confirmation page.
 */
@Controller
class AccountTokensController {

    static final String PAGE = "/account/tokens";

    private final ApiTokens tokens;

    AccountTokensController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping(PAGE)
    String list(@AuthenticationPrincipal BansouUser user, Model model) {
        return page(user, new TokenForm(), model);
    }

    @PostMapping(PAGE)
    String create(@AuthenticationPrincipal BansouUser user, @Valid @ModelAttribute("form") TokenForm form,
                  BindingResult errors, Model model) {
        if (form.getExpiresOn() != null && form.getExpiresOn().isBefore(tokens.today())) {
            errors.rejectValue("expiresOn", "past", "有効期限は今日以降の日付にしてください");
        }
        if (errors.hasErrors()) {
            return page(user, form, model);
        }
        model.addAttribute("created", tokens.create(user, form.getName(), form.getExpiresOn()));
        return "apitoken/created";
    }

    @GetMapping(PAGE + "/{id}/revoke")
    String confirmRevoke(@AuthenticationPrincipal BansouUser user, @PathVariable long id, Model model) {
        model.addAttribute("token", tokens.mine(user, id));
        model.addAttribute("action", PAGE + "/" + id + "/revoke");
        model.addAttribute("back", PAGE);
        return "apitoken/revoke";
    }

    @PostMapping(PAGE + "/{id}/revoke")
    String revoke(@AuthenticationPrincipal BansouUser user, @PathVariable long id, RedirectAttributes redirect) {
        tokens.revokeMine(user, id);
        redirect.addFlashAttribute("done", "token.revoked");
        return "redirect:" + PAGE;
    }

    private String page(BansouUser user, TokenForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("tokens", tokens.mine(user));
        model.addAttribute("today", tokens.today());
        return "apitoken/tokens";
    }
}
