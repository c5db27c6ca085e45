package jp.bansou.plan.web;

import java.math.BigDecimal;
import jp.bansou.plan.PlanChangeRefused;
import jp.bansou.shared.FiscalYear;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the plan's admin pages share: run a change and come back with 保存しました or the refusal. */
final class AdminActions {

    private AdminActions() {
    }

    static String run(RedirectAttributes redirect, String page, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("done", true);
        } catch (PlanChangeRefused e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:" + page;
    }

    /** A number the user typed (commas allowed), null when blank; refused naming the field otherwise. */
    static BigDecimal number(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new PlanChangeRefused(field + "は数値で入力してください（「" + text.strip() + "」）");
        }
    }

    /** A fiscal year as its starting year (2023), or 令和5年度; null when blank. */
    static FiscalYear year(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return FiscalYear.parse(text.strip());
        } catch (RuntimeException e) {
            throw new PlanChangeRefused(field + "は年度（例: 2023 または 令和5年度）で入力してください");
        }
    }
}
