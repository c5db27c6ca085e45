package jp.bansou.report.sheetimport.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.plan.PlanQueries;
import jp.bansou.report.sheetimport.ImportMapping;
import jp.bansou.report.sheetimport.ImportPreview;
import jp.bansou.report.sheetimport.SheetImportException;
import jp.bansou.report.sheetimport.SheetImportService;
import jp.bansou.shared.FiscalYear;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/sheet-import} (admins only, as all of /admin): upload the target table (.xlsx in the
 * sheet's layout or the CSV template) for a fiscal year, see what it creates and updates, map
 * unknown district headers and names, confirm; {@code …/template.csv?fy=} downloads the template.
 */
@Controller
class SheetImportController {

    private static final String PAGE = "/admin/sheet-import";
    private static final String DISTRICT = "district:";
    private static final String HOLDER = "holder:";

    private final SheetImportService service;
    private final PlanQueries plan;
    private final OrganizationQueries organization;
    private final Clock clock;

    SheetImportController(SheetImportService service, PlanQueries plan, OrganizationQueries organization, Clock clock) {
        this.service = service;
        this.plan = plan;
        this.organization = organization;
        this.clock = clock;
    }

    @GetMapping(PAGE)
    String upload(@AuthenticationPrincipal BansouUser user, @RequestParam(required = false) Integer fy, Model model) {
        FiscalYear current = FiscalYear.containing(LocalDate.now(clock));
        TreeSet<FiscalYear> years = new TreeSet<>(plan.yearsWithTable(user.associationId()));
        years.add(current);
        years.add(current.next());
        model.addAttribute("years", List.copyOf(years.descendingSet()));
        model.addAttribute("selected", fy == null ? current : FiscalYear.of(fy));
        model.addAttribute("maxMegabytes", SheetImportService.MAX_BYTES / 1024 / 1024);
        return "report/sheet-import";
    }

    @PostMapping(PAGE)
    String read(@AuthenticationPrincipal BansouUser user, @RequestParam int fy, @RequestParam MultipartFile file,
                HttpSession session, Model model) throws IOException {
        try {
            session.setAttribute(SheetImportDraft.SESSION_KEY, new SheetImportDraft(fy,
                    service.read(file.getOriginalFilename(), file.getSize(), file.getInputStream()), ImportMapping.none()));
            return "redirect:" + PAGE + "/preview";
        } catch (SheetImportException e) {
            model.addAttribute("errors", e.errors());
            return upload(user, fy, model);
        }
    }

    @GetMapping(PAGE + "/preview")
    String preview(@AuthenticationPrincipal BansouUser user, HttpSession session, Model model) {
        SheetImportDraft draft = (SheetImportDraft) session.getAttribute(SheetImportDraft.SESSION_KEY);
        if (draft == null) {
            return "redirect:" + PAGE;
        }
        ImportPreview preview = service.preview(user.associationId(), draft.year(), draft.table(), draft.mapping());
        model.addAttribute("year", draft.year());
        model.addAttribute("preview", preview);
        model.addAttribute("mapping", draft.mapping());
        model.addAttribute("districts", organization.districts(user.associationId()));
        model.addAttribute("staff", organization.staffMembers(user.associationId()));
        model.addAttribute("groups", organization.groups(user.associationId()));
        return "report/sheet-import-preview";
    }

    @PostMapping(PAGE + "/mapping")
    String map(@RequestParam Map<String, String> form, HttpSession session) {
        SheetImportDraft draft = (SheetImportDraft) session.getAttribute(SheetImportDraft.SESSION_KEY);
        if (draft != null) {
            session.setAttribute(SheetImportDraft.SESSION_KEY,
                    draft.mapped(draft.mapping().with(prefixed(form, DISTRICT), prefixed(form, HOLDER))));
        }
        return "redirect:" + PAGE + "/preview";
    }

    @PostMapping(PAGE + "/confirm")
    String confirm(@AuthenticationPrincipal BansouUser user, HttpSession session, Model model,
                   RedirectAttributes redirect) {
        SheetImportDraft draft = (SheetImportDraft) session.getAttribute(SheetImportDraft.SESSION_KEY);
        if (draft == null) {
            return "redirect:" + PAGE;
        }
        try {
            ImportPreview done = service.confirm(user, draft.year(), draft.table(), draft.mapping());
            session.removeAttribute(SheetImportDraft.SESSION_KEY);
            redirect.addFlashAttribute("done", "「" + draft.table().fileName() + "」を" + draft.year().japaneseLabel()
                    + "に取り込みました: " + done.summary());
            return "redirect:" + PAGE + "?fy=" + draft.fiscalYear();
        } catch (SheetImportException e) {
            model.addAttribute("problems", e.errors());
            return preview(user, session, model);
        }
    }

    @GetMapping(PAGE + "/template.csv")
    void template(@AuthenticationPrincipal BansouUser user, @RequestParam int fy, Locale locale,
                  HttpServletResponse response) throws IOException {
        FiscalYear year = FiscalYear.of(fy);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("目標管理表テンプレート_" + year.label(locale) + ".csv", StandardCharsets.UTF_8).build().toString());
        service.template(user.associationId(), year, locale, response.getOutputStream());
    }

    private static Map<String, String> prefixed(Map<String, String> form, String prefix) {
        Map<String, String> result = new HashMap<>();
        form.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                result.put(key.substring(prefix.length()), value);
            }
        });
        return result;
    }
}
