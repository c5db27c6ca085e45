package jp.bansou.activity.web;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import jp.bansou.activity.ActivityKind;
import jp.bansou.activity.ActivityQueries;
import jp.bansou.activity.ActivityService;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.period.PeriodClosedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Quick entry of one activity record: saved, it is counted at once, and the form comes back empty
 * with the date and staff just used, ready for the next.
 */
@Controller
class QuickEntryController {

    private final ActivityQueries queries;
    private final ActivityService service;
    private final OrganizationQueries organization;
    private final BusinessLookup lookup;
    private final Clock clock;

    QuickEntryController(ActivityQueries queries, ActivityService service, OrganizationQueries organization,
                         BusinessLookup lookup, Clock clock) {
        this.queries = queries;
        this.service = service;
        this.organization = organization;
        this.lookup = lookup;
        this.clock = clock;
    }

    @GetMapping("/activities/new")
    String form(@AuthenticationPrincipal BansouUser user, HttpSession session, Model model) {
        Permissions.requireWriter(user);
        return page(options(user), EntryMemory.of(session, user, LocalDate.now(clock)).newForm(), model);
    }

    @PostMapping("/activities/new")
    String save(@AuthenticationPrincipal BansouUser user, @Valid @ModelAttribute("form") ActivityForm form,
                BindingResult errors, HttpSession session, Model model, RedirectAttributes redirect) {
        Permissions.requireWriter(user);
        EntryOptions options = options(user);
        options.check(form, errors);
        BusinessChoice business = lookup.find(user.associationId(), form.getBusiness(), null, form.getDistrictId());
        if (business.failed()) {
            errors.rejectValue("business", business.problemCode(), new Object[] {business.problemArgument()}, null);
        } else {
            checkPlace(options.kind(form.getKindId()).orElse(null), business, form, errors);
        }
        if (errors.hasErrors()) {
            return page(options, form, model);
        }
        try {
            service.record(user, form.toActivity(business.existingId()), business.toRegister(), form.getChangeReason());
        } catch (PeriodClosedException e) {
            errors.rejectValue("date", "period.closed", new Object[] {e.getMessage()}, e.getMessage());
            return page(options, form, model);
        }
        new EntryMemory(form.getDate(), form.getStaffIds()).keepIn(session);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/activities/new";
    }

    /** A consultation is about a business; an event is about a business or takes place in a district. */
    private static void checkPlace(ActivityKind kind, BusinessChoice business, ActivityForm form,
                                   BindingResult errors) {
        if (kind == null || business.named()) {
            return;
        }
        if (!kind.event()) {
            errors.rejectValue("business", "activity.validation.businessRequired");
        } else if (form.getDistrictId() == null) {
            errors.rejectValue("business", "activity.validation.placeRequired");
        }
    }

    private EntryOptions options(BansouUser user) {
        long association = user.associationId();
        return new EntryOptions(queries.kinds(association), organization.activeDistricts(association),
                organization.staffMembers(association), queries.categories(association));
    }

    private static String page(EntryOptions options, ActivityForm form, Model model) {
        model.addAttribute("options", options);
        model.addAttribute("form", form);
        return "activity/entry";
    }
}
