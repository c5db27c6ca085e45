package jp.bansou.activity.web;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.bansou.activity.ActivityImports;
import jp.bansou.activity.ImportCheck;
import jp.bansou.activity.ImportField;
import jp.bansou.activity.ImportPreview;
import jp.bansou.activity.ImportRequest;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.shared.FiscalYear;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the mapping, check and run steps share: the pending upload, its preview, the request and the check page. */
@Component
class ImportSteps {

    private final ActivityImports imports;
    private final OrganizationQueries organization;
    private final Clock clock;

    ImportSteps(ActivityImports imports, OrganizationQueries organization, Clock clock) {
        this.imports = imports;
        this.organization = organization;
        this.clock = clock;
    }

    PendingUpload pending(HttpSession session, String token) {
        return PendingUploads.of(session).get(token).orElseThrow(UploadExpiredException::new);
    }

    ImportPreview preview(BansouUser user, PendingUpload upload) {
        return imports.preview(user.associationId(), upload.file(), upload.fileName(), upload.encoding(),
                upload.sheet());
    }

    ImportRequest request(BansouUser user, PendingUpload upload, ImportMappingForm form, List<String> headers) {
        String profile = form.getProfileName() == null || form.getProfileName().isBlank() ? null : form.getProfileName();
        return new ImportRequest(user.associationId(), user.getUsername(), upload.file(), upload.fileName(),
                upload.encoding(), upload.sheet(), form.getFy() == null ? null : FiscalYear.of(form.getFy()), profile,
                form.toMapping(headers));
    }

    /** Checks the file with the form's mapping and shows the result, with selects for unknown names. */
    String checkPage(BansouUser user, String token, PendingUpload upload, ImportMappingForm form, Model model,
                     List<String> problems) {
        ImportPreview preview = preview(user, upload);
        return checkPage(user, token, upload, form, model, problems, preview,
                imports.check(request(user, upload, form, preview.headers())));
    }

    /** The check page for a check already made (by a background job). */
    String checkPage(BansouUser user, String token, PendingUpload upload, ImportMappingForm form, Model model,
                     List<String> problems, ImportCheck check) {
        return checkPage(user, token, upload, form, model, problems, preview(user, upload), check);
    }

    private String checkPage(BansouUser user, String token, PendingUpload upload, ImportMappingForm form, Model model,
                             List<String> problems, ImportPreview preview, ImportCheck check) {
        check.unknownStaff().forEach(name -> form.addStaff(name, ""));
        check.unknownDistricts().forEach(name -> form.addDistrict(name, ""));
        model.addAttribute("token", token);
        model.addAttribute("upload", upload);
        model.addAttribute("preview", preview);
        model.addAttribute("check", check);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("mapped", form.toMapping(preview.headers()).columns().values().stream()
                .map(ImportField::key).toList());
        model.addAttribute("staffNames", organization.staffMembers(user.associationId()).stream()
                .map(s -> s.name()).toList());
        model.addAttribute("districtNames", organization.districts(user.associationId()).stream()
                .map(d -> d.name()).toList());
        model.addAttribute("years", years());
        return "activity/import-check";
    }

    /** The fiscal year now and the five before, newest first. */
    List<FiscalYear> years() {
        List<FiscalYear> years = new ArrayList<>();
        FiscalYear year = FiscalYear.containing(LocalDate.now(clock));
        for (int i = 0; i < 6; i++) {
            years.add(year);
            year = year.previous();
        }
        return years;
    }
}
