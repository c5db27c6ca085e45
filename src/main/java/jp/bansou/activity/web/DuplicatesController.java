package jp.bansou.activity.web;

import jp.bansou.activity.ActivityService;
import jp.bansou.activity.BusinessQueries;
import jp.bansou.activity.BusinessRow;
import jp.bansou.organization.BansouUser;
import jp.bansou.shared.StaleEditException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Candidate duplicate businesses, and merging one into another: the GET names both and how many
 * records move, the POST merges (admins and reviewers only).
 */
@Controller
class DuplicatesController {

    private final BusinessQueries businesses;
    private final ActivityService service;

    DuplicatesController(BusinessQueries businesses, ActivityService service) {
        this.businesses = businesses;
        this.service = service;
    }

    @GetMapping("/businesses/duplicates")
    String duplicates(@AuthenticationPrincipal BansouUser user, Model model) {
        model.addAttribute("pairs", businesses.duplicates(user.associationId()));
        return "activity/duplicates";
    }

    @GetMapping("/businesses/{kept}/merge")
    String confirm(@AuthenticationPrincipal BansouUser user, @PathVariable long kept,
                   @RequestParam long duplicate, Model model) {
        Permissions.requireMerger(user);
        model.addAttribute("kept", unmerged(user, kept));
        model.addAttribute("duplicate", unmerged(user, duplicate));
        distinct(kept, duplicate);
        return "activity/merge";
    }

    @PostMapping("/businesses/{kept}/merge")
    String merge(@AuthenticationPrincipal BansouUser user, @PathVariable long kept, @RequestParam long duplicate,
                 RedirectAttributes redirect) {
        Permissions.requireMerger(user);
        BusinessRow keptRow = unmerged(user, kept);
        BusinessRow duplicateRow = unmerged(user, duplicate);
        distinct(kept, duplicate);
        try {
            service.mergeBusinesses(user.associationId(), kept, duplicate);
        } catch (StaleEditException e) {
            redirect.addFlashAttribute("stale", e.messageArguments());
            return "redirect:/businesses/duplicates";
        }
        redirect.addFlashAttribute("merged", new Object[] {keptRow.name(), duplicateRow.name(), duplicateRow.records()});
        return "redirect:/businesses/duplicates";
    }

    /** An unmerged business of the user's association; any other id is not found. */
    private BusinessRow unmerged(BansouUser user, long id) {
        return businesses.business(user.associationId(), id).filter(b -> !b.merged())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "事業所が見つかりません"));
    }

    private static void distinct(long kept, long duplicate) {
        if (kept == duplicate) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "同じ事業所どうしは統合できません");
        }
    }
}
