package jp.bansou.activity.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import jp.bansou.activity.ActivityService;
import jp.bansou.activity.BusinessQueries;
import jp.bansou.activity.BusinessRow;
import jp.bansou.activity.BusinessStatus;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The business registry: search, register one, and the suggestions the quick entry asks for. */
@Controller
class BusinessController {

    static final int PAGE_SIZE = 50;
    private static final int SUGGESTIONS = 15;

    private final BusinessQueries businesses;
    private final ActivityService service;
    private final OrganizationQueries organization;

    BusinessController(BusinessQueries businesses, ActivityService service, OrganizationQueries organization) {
        this.businesses = businesses;
        this.service = service;
        this.organization = organization;
    }

    @GetMapping("/businesses")
    String search(@AuthenticationPrincipal BansouUser user, @RequestParam(required = false) String q,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("businesses", businesses.search(user.associationId(), q, Math.max(0, page), PAGE_SIZE));
        return "activity/businesses";
    }

    @GetMapping("/businesses/suggest")
    String suggest(@AuthenticationPrincipal BansouUser user, @RequestParam(defaultValue = "") String business,
                   Model model) {
        model.addAttribute("suggestions", business.isBlank() ? List.of()
                : businesses.search(user.associationId(), business, 0, SUGGESTIONS).rows());
        return "activity/entry :: suggestions";
    }

    @GetMapping("/businesses/new")
    String form(@AuthenticationPrincipal BansouUser user, Model model) {
        Permissions.requireWriter(user);
        return page(user, new BusinessForm(), model);
    }

    @PostMapping("/businesses/new")
    String register(@AuthenticationPrincipal BansouUser user, @Valid @ModelAttribute("form") BusinessForm form,
                    BindingResult errors, Model model, RedirectAttributes redirect) {
        Permissions.requireWriter(user);
        long association = user.associationId();
        if (form.getDistrictId() != null && organization.districts(association).stream()
                .noneMatch(d -> d.id() == form.getDistrictId())) {
            errors.rejectValue("districtId", "activity.validation.unknownChoice");
        }
        if (form.getStatus() == BusinessStatus.MERGED) {
            errors.rejectValue("status", "activity.validation.unknownChoice");
        }
        if (!errors.hasErrors()) {
            registered(association, form).ifPresent(b -> errors.reject("business.validation.alreadyRegistered",
                    new Object[] {b.name(), b.district()}, null));
        }
        if (errors.hasErrors()) {
            return page(user, form, model);
        }
        service.findOrRegisterBusiness(association, form.toNewBusiness());
        redirect.addFlashAttribute("saved", form.getName().strip());
        redirect.addAttribute("q", form.getName().strip());
        return "redirect:/businesses";
    }

    /** The business this one would be found as: same member number, else same normalised name in the district. */
    private Optional<BusinessRow> registered(long association, BusinessForm form) {
        Optional<BusinessRow> byNumber = form.getMemberNumber() == null || form.getMemberNumber().isBlank()
                ? Optional.empty() : businesses.byMemberNumber(association, form.getMemberNumber());
        return byNumber.or(() -> businesses.byName(association, form.getName()).stream()
                .filter(b -> b.districtId() == form.getDistrictId()).findFirst());
    }

    private String page(BansouUser user, BusinessForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("districts", organization.districts(user.associationId()));
        model.addAttribute("statuses", BusinessStatus.selectable());
        return "activity/business-form";
    }
}
