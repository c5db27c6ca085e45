package jp.bansou.activity.web;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import jp.bansou.activity.ActivityImports;
import jp.bansou.activity.ImportPreview;
import jp.bansou.activity.ImportRequest;
import jp.bansou.activity.ImportJob;
import jp.bansou.activity.ImportJobs;
import jp.bansou.activity.ImportsBusyException;
import jp.bansou.activity.InvalidMappingException;
import jp.bansou.organization.BansouUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The last step: saves the mapping as a named profile when asked and starts the import in the
 * background; {@link ImportJobController} shows its progress and then its result.
 */
@Controller
class ImportRunController {

    private final ActivityImports imports;
    private final ImportJobs jobs;
    private final ImportSteps steps;

    ImportRunController(ActivityImports imports, ImportJobs jobs, ImportSteps steps) {
        this.imports = imports;
        this.jobs = jobs;
        this.steps = steps;
    }

    @PostMapping("/imports/pending/{token}/run")
    String run(@AuthenticationPrincipal BansouUser user, @PathVariable String token,
               @ModelAttribute("form") ImportMappingForm form, HttpSession session, Model model) {
        ImportPermission.require(user);
        PendingUpload upload = steps.pending(session, token);
        ImportPreview preview = steps.preview(user, upload);
        ImportRequest request = steps.request(user, upload, form, preview.headers());
        if (request.profileName() != null) {
            try {
                imports.saveProfile(user.associationId(), request.profileName(), request.mapping(), preview.headers(),
                        user.getUsername());
            } catch (InvalidMappingException e) {
                return steps.checkPage(user, token, upload, form, model, e.problems());
            }
        }
        try {
            ImportJob job = jobs.startImport(request.skippingBadRows(form.isSkipBadRows()), token);
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
}
