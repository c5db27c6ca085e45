package jp.bansou.progress.web;

import jp.bansou.organization.BansouUser;
import jp.bansou.progress.CheckInQueries;
import jp.bansou.progress.CheckInService;
import jp.bansou.progress.CheckInSettings;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/check-in-settings} (admins only, as all of /admin): after how many days a check-in
 * still awaiting confirmation alerts its reviewer.
 */
@Controller
class CheckInSettingsController {

    private static final String PAGE = "/admin/check-in-settings";

    private final CheckInQueries queries;
    private final CheckInService service;

    CheckInSettingsController(CheckInQueries queries, CheckInService service) {
        this.queries = queries;
        this.service = service;
    }

    @GetMapping(PAGE)
    String show(@AuthenticationPrincipal BansouUser user, Model model) {
        model.addAttribute("overdueDays", String.valueOf(queries.settings(user.associationId()).overdueDays()));
        return "progress/check-in-settings";
    }

    @PostMapping(PAGE)
    String save(@AuthenticationPrincipal BansouUser user, @RequestParam(defaultValue = "") String overdueDays,
                Model model, RedirectAttributes redirect) {
        try {
            service.changeSettings(user.associationId(), new CheckInSettings(parse(overdueDays)));
        } catch (IllegalArgumentException e) {
            model.addAttribute("overdueDays", overdueDays);
            model.addAttribute("settingsError", e.getMessage());
            return "progress/check-in-settings";
        }
        redirect.addFlashAttribute("settingsSaved", true);
        return "redirect:" + PAGE;
    }

    private static int parse(String days) {
        if (!days.strip().matches("\\d{1,3}")) {
            throw new IllegalArgumentException("確認待ちの通知までの日数は1〜365の整数で入力してください");
        }
        return Integer.parseInt(days.strip());
    }
}
