package jp.bansou.organization.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An admin page's change: done, or refused with the service's message; either way back to the page. */
final class AdminChange {

    private AdminChange() {
    }

    static String run(RedirectAttributes redirect, String page, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("done", "orgAdmin.saved");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:" + page;
    }
}
