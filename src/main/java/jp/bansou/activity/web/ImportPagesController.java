package jp.bansou.activity.web;

import jp.bansou.activity.ActivityImports;
import jp.bansou.activity.BatchAlreadyUndoneException;
import jp.bansou.activity.BatchNotFoundException;
import jp.bansou.activity.ImportBatch;
import jp.bansou.organization.BansouUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list of import batches, and undoing one after a confirmation page. */
@Controller
class ImportPagesController {

    private final ActivityImports imports;

    ImportPagesController(ActivityImports imports) {
        this.imports = imports;
    }

    @GetMapping("/imports")
    String list(@AuthenticationPrincipal BansouUser user, Model model) {
        model.addAttribute("batches", imports.batches(user.associationId()));
        model.addAttribute("mayImport", ImportPermission.mayImport(user));
        return "activity/imports";
    }

    @GetMapping("/imports/{id}/undo")
    String confirmUndo(@AuthenticationPrincipal BansouUser user, @PathVariable long id, Model model) {
        ImportPermission.require(user);
        model.addAttribute("batch", batch(user, id));
        return "activity/import-undo";
    }

    @PostMapping("/imports/{id}/undo")
    String undo(@AuthenticationPrincipal BansouUser user, @PathVariable long id, RedirectAttributes redirect) {
        ImportPermission.require(user);
        try {
            redirect.addFlashAttribute("undone", new Object[] {id, imports.undo(user.associationId(), id,
                    user.getUsername())});
        } catch (BatchNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        } catch (BatchAlreadyUndoneException | jp.bansou.period.PeriodClosedException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/imports";
    }

    private ImportBatch batch(BansouUser user, long id) {
        return imports.batch(user.associationId(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "取込番号 " + id + " は見つかりません"));
    }
}
