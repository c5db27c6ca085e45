package jp.bansou.activity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import jp.bansou.activity.ImportJob;
import jp.bansou.activity.ImportJobs;
import jp.bansou.activity.ImportResult;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.UserRole;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A running import's page: its progress, polled by htmx every second (or reloaded by hand without
 * script); once the job is done, the same address shows the result and lets the uploaded file go.
 */
@Controller
class ImportJobController {

    private final ImportJobs jobs;
    private final ImportSteps steps;

    ImportJobController(ImportJobs jobs, ImportSteps steps) {
        this.jobs = jobs;
        this.steps = steps;
    }

    @GetMapping("/imports/jobs/{id}")
    String job(@AuthenticationPrincipal BansouUser user, @PathVariable String id, HttpSession session, Model model) {
        ImportJob job = find(user, id);
        model.addAttribute("job", job);
        model.addAttribute("progress", job.progress());
        if (!job.finished()) {
            return "activity/import-progress";
        }
        if (job.kind() == ImportJob.Kind.CHECK && job.check().isPresent()) {
            return checked(user, job, session, model);
        }
        ImportResult result = job.result().orElse(null);
        boolean retry = result == null || result.outcome() == ImportResult.Outcome.REJECTED;
        if (!retry) {
            PendingUploads.of(session).remove(job.reference());
        }
        model.addAttribute("result", result);
        model.addAttribute("fileName", job.fileName());
        model.addAttribute("token", job.reference());
        model.addAttribute("retry", retry);
        return "activity/import-result";
    }

    /** The check page with the job's outcome, the form as the user sent it, and the upload still pending. */
    private String checked(BansouUser user, ImportJob job, HttpSession session, Model model) {
        PendingUpload upload = steps.pending(session, job.reference());
        ImportMappingForm form = CheckForms.of(session).get(job.id()).orElseThrow(UploadExpiredException::new);
        return steps.checkPage(user, job.reference(), upload, form, model, List.of(), job.check().orElseThrow());
    }

    @ExceptionHandler(UploadExpiredException.class)
    String expired(RedirectAttributes redirect) {
        redirect.addFlashAttribute("expired", true);
        return "redirect:/imports/new";
    }

    /** The progress fragment; when the job is done, htmx is told to load the page again (it shows the result). */
    @GetMapping("/imports/jobs/{id}/progress")
    String progress(@AuthenticationPrincipal BansouUser user, @PathVariable String id, HttpServletRequest request,
                    HttpServletResponse response, Model model) {
        ImportJob job = find(user, id);
        if (job.finished()) {
            response.setHeader("HX-Redirect", request.getContextPath() + "/imports/jobs/" + job.id());
        }
        model.addAttribute("job", job);
        model.addAttribute("progress", job.progress());
        return "activity/import-progress :: progress";
    }

    private ImportJob find(BansouUser user, String id) {
        ImportPermission.require(user);
        return jobs.job(user.associationId(), id).filter(j -> j.user().equals(user.getUsername()) || user.role() == UserRole.ADMIN)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "この取込は見つかりません"));
    }
}
