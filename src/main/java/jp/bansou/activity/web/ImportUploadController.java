package jp.bansou.activity.web;

import jakarta.servlet.http.HttpSession;
import jp.bansou.activity.imports.ImportProperties;
import jp.bansou.organization.BansouUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The first step: choose the file, its encoding (or detect it) and the sheet; the file goes to a temporary file. */
@Controller
class ImportUploadController {

    private final ImportProperties properties;

    ImportUploadController(ImportProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/imports/new")
    String form(@AuthenticationPrincipal BansouUser user, Model model) {
        ImportPermission.require(user);
        model.addAttribute("maxSize", properties.maxBytes().toMegabytes() + " MB");
        return "activity/import-upload";
    }

    @PostMapping("/imports/new")
    String upload(@AuthenticationPrincipal BansouUser user, @RequestParam(required = false) MultipartFile file,
                  @RequestParam(required = false) String encoding, @RequestParam(required = false) String sheet,
                  HttpSession session, Model model) {
        ImportPermission.require(user);
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            model.addAttribute("missing", true);
            return form(user, model);
        }
        PendingUpload upload = new PendingUpload(TempFiles.save(file).toString(), TempFiles.name(file),
                blankToNull(encoding), blankToNull(sheet));
        return "redirect:/imports/pending/" + PendingUploads.of(session).add(upload);
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
