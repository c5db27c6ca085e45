package jp.bansou.activity.web;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import jp.bansou.activity.ActivityImports;
import jp.bansou.activity.ImportField;
import jp.bansou.activity.ImportJob;
import jp.bansou.activity.ImportJobs;
import jp.bansou.activity.ImportsBusyException;
import jp.bansou.activity.ImportMapping;
import jp.bansou.activity.ImportPreview;
import jp.bansou.activity.ImportProfile;
import jp.bansou.organization.BansouUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The mapping step: the file's headers on the left, a select of fields on the right, the first rows
 * as a preview. A profile whose headers match is applied at once; another can be chosen, or the
 * file read again in another encoding or sheet. Then the check step, which writes nothing.
 */
@Controller
class ImportMappingController {

    private final ActivityImports imports;
    private final ImportJobs jobs;
    private final ImportSteps steps;

    ImportMappingController(ActivityImports imports, ImportJobs jobs, ImportSteps steps) {
        this.imports = imports;
        this.jobs = jobs;
        this.steps = steps;
    }

    @GetMapping("/imports/pending/{token}")
    String mapping(@AuthenticationPrincipal BansouUser user, @PathVariable String token,
                   @RequestParam(required = false) String profile, @RequestParam(required = false) String encoding,
                   @RequestParam(required = false) String sheet, HttpSession session, Model model) {
        ImportPermission.require(user);
        PendingUpload upload = steps.pending(session, token);
        if (encoding != null || sheet != null) {
            upload = upload.readAs(encoding == null ? upload.encoding() : blankToNull(encoding),
                    sheet == null ? upload.sheet() : blankToNull(sheet));
            PendingUploads.of(session).replace(token, upload);
        }
        ImportPreview preview = steps.preview(user, upload);
        ImportProfile chosen = profile == null || profile.isBlank() ? preview.profile()
                : imports.profile(user.associationId(), profile).orElse(preview.profile());
        ImportMapping mapping = chosen != null ? chosen.mapping() : ImportMapping.of(FieldGuess.guess(preview.headers()));
        model.addAttribute("token", token);
        model.addAttribute("upload", upload);
        model.addAttribute("preview", preview);
        model.addAttribute("profile", chosen);
        model.addAttribute("matched", chosen != null && chosen == preview.profile());
        model.addAttribute("profiles", imports.profiles(user.associationId()));
        model.addAttribute("fields", List.of(ImportField.values()));
        model.addAttribute("form", ImportMappingForm.of(preview.headers(), mapping, chosen == null ? null : chosen.name()));
        return "activity/import-mapping";
    }

    /** Checks the file in the background (a large file takes a while); the job's page shows the outcome. */
    @PostMapping("/imports/pending/{token}/check")
    String check(@AuthenticationPrincipal BansouUser user, @PathVariable String token,
                 @ModelAttribute("form") ImportMappingForm form, HttpSession session, Model model) {
        ImportPermission.require(user);
        PendingUpload upload = steps.pending(session, token);
        try {
            ImportJob job = jobs.startCheck(steps.request(user, upload, form, steps.preview(user, upload).headers()),
                    token);
            CheckForms.of(session).put(job.id(), form);
            return "redirect:/imports/jobs/" + job.id();
        } catch (ImportsBusyException e) {
            return steps.checkPage(user, token, upload, form, model, List.of(e.getMessage()));
        }
    }

    @ExceptionHandler(UploadExpiredException.class)
    String expired(RedirectAttributes redirect) {
        redirect.addFlashAttribute("expired", true);
        return "redirect:/imports/new";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
