package jp.bansou.plan.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jp.bansou.organization.BansouUser;
import jp.bansou.plan.FiveYearKind;
import jp.bansou.plan.ItemAdminService;
import jp.bansou.plan.ItemDefinition;
import jp.bansou.plan.ItemUnit;
import jp.bansou.plan.PlanAdminQueries;
import jp.bansou.plan.PlanChangeRefused;
import jp.bansou.plan.PlanItem;
import jp.bansou.plan.TargetComparator;
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
 * {@code /admin/items}: the KPI items by area in table order; create and edit, reorder (arrows,
 * htmx), move to another area, make a うち row or back.
 */
@Controller
class ItemsAdminController {

    static final String PAGE = "/admin/items";

    private final PlanAdminQueries queries;
    private final ItemAdminService service;

    ItemsAdminController(PlanAdminQueries queries, ItemAdminService service) {
        this.queries = queries;
        this.service = service;
    }

    @GetMapping(PAGE)
    String list(@AuthenticationPrincipal BansouUser user, Model model) {
        model.addAttribute("areas", queries.areas(user.associationId()));
        model.addAttribute("items", queries.items(user.associationId()));
        return "plan/admin-items";
    }

    @GetMapping(PAGE + "/new")
    String create(@AuthenticationPrincipal BansouUser user, @RequestParam(required = false) Long area, Model model) {
        model.addAttribute("item", null);
        model.addAttribute("areaId", area);
        return form(user, model);
    }

    @PostMapping(PAGE)
    String add(@AuthenticationPrincipal BansouUser user, @RequestParam(required = false) Long area, ItemFields fields,
               RedirectAttributes redirect) {
        try {
            long id = service.addItem(user, area == null ? -1 : area, fields.definition());
            redirect.addFlashAttribute("done", true);
            return "redirect:" + PAGE + "/" + id;
        } catch (PlanChangeRefused e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:" + PAGE + "/new" + (area == null ? "" : "?area=" + area);
        }
    }

    @GetMapping(PAGE + "/{id}")
    String edit(@AuthenticationPrincipal BansouUser user, @PathVariable long id, Model model) {
        PlanItem item = item(user, id);
        model.addAttribute("item", item);
        model.addAttribute("version", queries.itemVersion(user.associationId(), id));
        model.addAttribute("areaId", item.areaId());
        model.addAttribute("parents", queries.items(user.associationId()).stream()
                .filter(i -> i.areaId() == item.areaId() && !i.isSubItem() && i.id() != id).toList());
        return form(user, model);
    }

    @PostMapping(PAGE + "/{id}")
    String save(@AuthenticationPrincipal BansouUser user, @PathVariable long id, ItemFields fields,
                @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        item(user, id); // another association's item is not found, whatever the form holds
        // a form without the version it was read at cannot prove it saw the current item
        return AdminActions.run(redirect, PAGE + "/" + id,
                () -> service.editItem(user, id, version == null ? -1 : version, fields.definition()));
    }

    /** Up (-1) or down (+1) among its siblings; an htmx request gets the list back. */
    @PostMapping(PAGE + "/{id}/move")
    String move(@AuthenticationPrincipal BansouUser user, @PathVariable long id, @RequestParam int delta,
                HtmxRequest htmx, Model model, RedirectAttributes redirect) {
        if (!htmx.isHtmxRequest()) {
            return AdminActions.run(redirect, PAGE, () -> service.moveItem(user, id, Integer.signum(delta)));
        }
        service.moveItem(user, id, Integer.signum(delta));
        list(user, model);
        return "plan/admin-items :: items";
    }

    @PostMapping(PAGE + "/{id}/area")
    String moveToArea(@AuthenticationPrincipal BansouUser user, @PathVariable long id, @RequestParam long area,
                      RedirectAttributes redirect) {
        return AdminActions.run(redirect, PAGE + "/" + id, () -> service.moveToArea(user, id, area));
    }

    @PostMapping(PAGE + "/{id}/parent")
    String setParent(@AuthenticationPrincipal BansouUser user, @PathVariable long id,
                     @RequestParam(required = false) Long parent, RedirectAttributes redirect) {
        return AdminActions.run(redirect, PAGE + "/" + id, () -> service.setParent(user, id, parent));
    }

    private String form(BansouUser user, Model model) {
        model.addAttribute("areas", queries.areas(user.associationId()));
        model.addAttribute("units", ItemUnit.values());
        model.addAttribute("comparators", TargetComparator.values());
        model.addAttribute("kinds", FiveYearKind.values());
        return "plan/admin-item";
    }

    private PlanItem item(BansouUser user, long id) {
        return queries.item(user.associationId(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The item form's fields as typed; {@link #definition()} checks them, naming the field at fault. */
    record ItemFields(String name, String unit, String comparator, String fiveYearTarget, String fiveYearKind) {

        ItemDefinition definition() {
            return new ItemDefinition(name, choice(ItemUnit.class, unit, "単位"),
                    choice(TargetComparator.class, comparator, "比較"), AdminActions.number(fiveYearTarget, "中長期目標"),
                    choice(FiveYearKind.class, fiveYearKind, "中長期目標の種類"));
        }

        private static <E extends Enum<E>> E choice(Class<E> type, String value, String field) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                throw new PlanChangeRefused(field + "を一覧から選んでください");
            }
        }
    }
}
