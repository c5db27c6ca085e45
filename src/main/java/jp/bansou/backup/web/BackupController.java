package jp.bansou.backup.web;

import java.nio.file.Path;
import jp.bansou.backup.DatabaseBackup;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/backup} (admins only, SecurityConfiguration): take a backup of the H2 database now. */
@Controller
class BackupController {

    private final DatabaseBackup backup;

    BackupController(DatabaseBackup backup) {
        this.backup = backup;
    }

    @GetMapping("/admin/backup")
    String show(Model model) {
        model.addAttribute("supported", backup.supported());
        return "backup/admin";
    }

    @PostMapping("/admin/backup")
    String take(RedirectAttributes redirect) {
        Path file = backup.backUp();
        redirect.addFlashAttribute("file", file.toString());
        return "redirect:/admin/backup";
    }
}
