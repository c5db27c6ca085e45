package jp.bansou.evaluation.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Runs a change from a committee page and redirects back to the year, with its message or the problem. */
final class Outcome {

    private Outcome() {
    }

    static String of(RedirectAttributes redirect, int fy, Runnable change, String doneMessage) {
        return to(redirect, "/evaluation?fy=" + fy, change, doneMessage);
    }

    static String to(RedirectAttributes redirect, String page, Runnable change, String doneMessage) {
        try {
            change.run();
            redirect.addFlashAttribute("done", doneMessage);
        } catch (IllegalArgumentException | IllegalStateException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:" + page;
    }
}
