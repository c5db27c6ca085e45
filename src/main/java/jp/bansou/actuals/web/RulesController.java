package jp.bansou.actuals.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.bansou.activity.ActivityQueries;
import jp.bansou.activity.Measure;
import jp.bansou.actuals.ActualsQueries;
import jp.bansou.actuals.ActualsService;
import jp.bansou.actuals.CountingRule;
import jp.bansou.organization.BansouUser;
import jp.bansou.plan.ItemRef;
import jp.bansou.plan.PlanQueries;
import jp.bansou.shared.FiscalYear;
import jp.bansou.shared.StaleEditException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin pages for the counting rules: which items are counted from records, and how. */
@Controller
class RulesController {

    private final ActualsQueries queries;
    private final ActualsService service;
    private final PlanQueries plan;
    private final ActivityQueries activities;
    private final Clock clock;

    RulesController(ActualsQueries queries, ActualsService service, PlanQueries plan, ActivityQueries activities,
                    Clock clock) {
        this.queries = queries;
        this.service = service;
        this.plan = plan;
        this.activities = activities;
        this.clock = clock;
    }

    @GetMapping("/admin/rules")
    String list(@AuthenticationPrincipal BansouUser user, Model model) {
        long association = user.associationId();
        Map<Long, RuleView> rules = queries.rules(association).stream()
                .map(r -> RuleView.of(r, activities.kinds(association), activities.categories(association)))
                .collect(Collectors.toMap(RuleView::itemId, Function.identity()));
        model.addAttribute("items", plan.items(association));
        model.addAttribute("rules", rules);
        return "actuals/rules";
    }

    @GetMapping("/admin/rules/{itemId}")
    String edit(@AuthenticationPrincipal BansouUser user, @PathVariable long itemId, Model model) {
        CountingRule rule = queries.rule(user.associationId(), itemId).orElse(null);
        RuleForm form = RuleForm.of(rule, defaultFrom(user));
        form.setVersion(queries.ruleVersion(user.associationId(), itemId).orElse(null));
        return page(user, item(user, itemId), form, rule != null, model);
    }

    @PostMapping("/admin/rules/{itemId}")
    String save(@AuthenticationPrincipal BansouUser user, @PathVariable long itemId,
                @Valid @ModelAttribute("form") RuleForm form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        ItemRef item = item(user, itemId);
        if (!errors.hasErrors()) {
            try {
                service.saveRule(user.associationId(), form.toRule(itemId), form.getVersion());
                redirect.addFlashAttribute("saved", item.name());
                return "redirect:/admin/rules";
            } catch (StaleEditException e) {
                errors.reject(StaleEditException.MESSAGE_KEY, e.messageArguments(), e.getMessage());
                form.setVersion(e.currentVersion());
            }
        }
        return page(user, item, form, queries.rule(user.associationId(), itemId).isPresent(), model);
    }

    @PostMapping("/admin/rules/{itemId}/delete")
    String delete(@AuthenticationPrincipal BansouUser user, @PathVariable long itemId, RedirectAttributes redirect) {
        ItemRef item = item(user, itemId);
        service.removeRule(user.associationId(), itemId);
        redirect.addFlashAttribute("removed", item.name());
        return "redirect:/admin/rules";
    }

    private String page(BansouUser user, ItemRef item, RuleForm form, boolean existing, Model model) {
        model.addAttribute("item", item);
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("measures", Measure.values());
        model.addAttribute("kinds", activities.kinds(user.associationId()));
        model.addAttribute("categories", activities.categories(user.associationId()));
        model.addAttribute("years", plan.yearsWithTable(user.associationId()));
        return "actuals/rule";
    }

    private ItemRef item(BansouUser user, long itemId) {
        return plan.items(user.associationId()).stream().filter(i -> i.id() == itemId).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "項目が見つかりません"));
    }

    private FiscalYear defaultFrom(BansouUser user) {
        return FiscalYear.requestedOrLatest(null, plan.yearsWithTable(user.associationId()), LocalDate.now(clock));
    }
}
