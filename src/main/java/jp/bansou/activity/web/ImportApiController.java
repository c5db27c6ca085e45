package jp.bansou.activity.web;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.bansou.activity.ActivityImports;
import jp.bansou.activity.BatchAlreadyUndoneException;
import jp.bansou.activity.BatchNotFoundException;
import jp.bansou.activity.ImportBatch;
import jp.bansou.activity.ImportError;
import jp.bansou.activity.ImportRequest;
import jp.bansou.activity.ImportResult;
import jp.bansou.organization.BansouUser;
import jp.bansou.shared.FiscalYear;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports over the API: {@code POST /api/v1/imports} (multipart: file, profile, encoding, sheet, fy)
 * answers 201 with the batch, 422 with every error (nothing stored) or 409 when the file was
 * imported before; {@code DELETE /api/v1/imports/{id}} undoes a batch. Viewers get 403.
 */
@RestController
class ImportApiController {

    private final ActivityImports imports;

    ImportApiController(ActivityImports imports) {
        this.imports = imports;
    }

    @GetMapping("/api/v1/imports")
    List<ImportBatch> batches(@AuthenticationPrincipal BansouUser user) {
        return imports.batches(user.associationId());
    }

    @GetMapping("/api/v1/imports/{id}")
    ResponseEntity<?> batch(@AuthenticationPrincipal BansouUser user, @PathVariable long id) {
        return imports.batch(user.associationId(), id).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> errors(HttpStatus.NOT_FOUND, List.of(ImportError.ofFile("取込番号 " + id + " は見つかりません"))));
    }

    @PostMapping("/api/v1/imports")
    ResponseEntity<?> importFile(@AuthenticationPrincipal BansouUser user, @RequestParam MultipartFile file,
                                 @RequestParam(required = false) String profile,
                                 @RequestParam(required = false) String encoding,
                                 @RequestParam(required = false) String sheet,
                                 @RequestParam(required = false) String fy,
                                 @RequestParam(defaultValue = "false") boolean skipBadRows) {
        ImportPermission.require(user);
        FiscalYear year;
        try {
            year = fy == null || fy.isBlank() ? null : FiscalYear.parse(fy);
        } catch (IllegalArgumentException e) {
            return errors(HttpStatus.UNPROCESSABLE_CONTENT, List.of(new ImportError(null, "fy", e.getMessage())));
        }
        Path temp = TempFiles.save(file);
        try {
            ImportResult result = imports.importFile(new ImportRequest(user.associationId(), user.getUsername(), temp,
                    TempFiles.name(file), encoding, sheet, year, profile, null, skipBadRows));
            return switch (result.outcome()) {
                case IMPORTED -> ResponseEntity.created(URI.create("/api/v1/imports/" + result.batchId()))
                        .body(imported(result));
                case ALREADY_IMPORTED -> errors(HttpStatus.CONFLICT, result.errors(), "batchId", result.batchId());
                case REJECTED -> errors(HttpStatus.UNPROCESSABLE_CONTENT, result.errors(), "errorCount", result.errorCount());
            };
        } finally {
            TempFiles.delete(temp);
        }
    }

    @DeleteMapping("/api/v1/imports/{id}")
    ResponseEntity<?> undo(@AuthenticationPrincipal BansouUser user, @PathVariable long id) {
        ImportPermission.require(user);
        try {
            int deleted = imports.undo(user.associationId(), id, user.getUsername());
            return ResponseEntity.ok(Map.of("batchId", id, "deleted", deleted, "status", "UNDONE"));
        } catch (BatchNotFoundException e) {
            return errors(HttpStatus.NOT_FOUND, List.of(ImportError.ofFile(e.getMessage())));
        } catch (BatchAlreadyUndoneException | jp.bansou.period.PeriodClosedException e) {
            return errors(HttpStatus.CONFLICT, List.of(ImportError.ofFile(e.getMessage())));
        }
    }

    /** The batch and its counts; with the errors of the rows left out when bad rows were skipped. */
    private static Map<String, Object> imported(ImportResult result) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("batchId", result.batchId());
        body.put("stored", result.stored());
        body.put("skipped", result.skipped());
        if (result.errorCount() > 0) {
            body.put("errorCount", result.errorCount());
            body.put("errors", json(result.errors()));
        }
        return body;
    }

    private static List<Map<String, Object>> json(List<ImportError> errors) {
        return errors.stream().map(e -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("line", e.line());
            json.put("column", e.column());
            json.put("message", e.message());
            json.put("text", e.text());
            return json;
        }).toList();
    }

    /** The API's error answer: the status and the errors, each with line, column, message and the text as one. */
    static ResponseEntity<Map<String, Object>> errors(HttpStatus status, List<ImportError> errors,
                                                              Object... extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        for (int i = 0; i + 1 < extra.length; i += 2) {
            body.put(extra[i].toString(), extra[i + 1]);
        }
        body.put("errors", json(errors));
        return ResponseEntity.status(status).body(body);
    }
}
