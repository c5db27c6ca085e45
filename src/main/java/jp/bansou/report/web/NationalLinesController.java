package jp.bansou.report.web;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.bansou.activity.ActivityQueries;
import jp.bansou.organization.BansouUser;
import jp.bansou.report.LineDefinition;
import jp.bansou.report.NationalLine;
import jp.bansou.report.NationalReportQueries;
import jp.bansou.report.NationalReportService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admin page of the national report's lines: per line, the activity kinds and support categories
 * that count (check boxes named {@code LINE.kind} and {@code LINE.category}).
 */
@Controller
class NationalLinesController {

    private static final String PATH = "/admin/national-report";

    private final NationalReportQueries queries;
    private final NationalReportService service;
    private final ActivityQueries activities;

    NationalLinesController(NationalReportQueries queries, NationalReportService service, ActivityQueries activities) {
        this.queries = queries;
        this.service = service;
        this.activities = activities;
    }

    @GetMapping(PATH)
    String page(@AuthenticationPrincipal BansouUser user, Model model) {
        model.addAttribute("lines", queries.definitions(user.associationId()));
        model.addAttribute("kinds", activities.kinds(user.associationId()));
        model.addAttribute("categories", activities.categories(user.associationId()));
        return "report/national-lines";
    }

    @PostMapping(PATH)
    String save(@AuthenticationPrincipal BansouUser user, @RequestParam MultiValueMap<String, String> form,
                RedirectAttributes redirect) {
        List<LineDefinition> definitions = Arrays.stream(NationalLine.values())
                .map(line -> new LineDefinition(line, ids(form, line + ".kind"), ids(form, line + ".category")))
                .toList();
        service.define(user, definitions);
        redirect.addFlashAttribute("saved", true);
        return "redirect:" + PATH;
    }

    private static Set<Long> ids(MultiValueMap<String, String> form, String name) {
        return form.getOrDefault(name, List.of()).stream().map(Long::valueOf).collect(Collectors.toSet());
    }
}
