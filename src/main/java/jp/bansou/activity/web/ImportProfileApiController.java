package jp.bansou.activity.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.bansou.activity.ActivityImports;
import jp.bansou.activity.ImportMapping;
import jp.bansou.activity.ImportProfile;
import jp.bansou.activity.InvalidMappingException;
import jp.bansou.activity.imports.MappingText;
import jp.bansou.organization.BansouUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Import profiles over the API. {@code PUT /api/v1/import-profiles/{name}} takes a JSON object of
 * file header → field ({@code date, kind, business, memberNumber, district, staff, categories,
 * minutes, participants, note, recordId}), optionally nested as {@code columns}, with optional
 * {@code staff} and {@code districts} objects mapping the file's names to registered ones, and
 * optional {@code headers} (the file's full header row, for matching files to the profile).
 */
@RestController
class ImportProfileApiController {

    private final ActivityImports imports;

    ImportProfileApiController(ActivityImports imports) {
        this.imports = imports;
    }

    @GetMapping("/api/v1/import-profiles")
    List<Map<String, Object>> profiles(@AuthenticationPrincipal BansouUser user) {
        return imports.profiles(user.associationId()).stream().map(ImportProfileApiController::json).toList();
    }

    @GetMapping("/api/v1/import-profiles/{name}")
    ResponseEntity<?> profile(@AuthenticationPrincipal BansouUser user, @PathVariable String name) {
        return imports.profile(user.associationId(), name).<ResponseEntity<?>>map(p -> ResponseEntity.ok(json(p)))
                .orElseGet(() -> problems(HttpStatus.NOT_FOUND, List.of("取込設定「" + name + "」は登録されていません")));
    }

    @PutMapping("/api/v1/import-profiles/{name}")
    ResponseEntity<?> save(@AuthenticationPrincipal BansouUser user, @PathVariable String name,
                           @RequestBody Map<String, Object> body) {
        ImportPermission.require(user);
        List<String> problems = new ArrayList<>();
        Map<String, Object> columns = new LinkedHashMap<>(body);
        Object headers = columns.remove("headers");
        ImportMapping mapping = MappingText.fromJson(columns, problems);
        if (!problems.isEmpty()) {
            return problems(HttpStatus.UNPROCESSABLE_CONTENT, problems);
        }
        try {
            List<String> fileHeaders = headers instanceof List<?> list ? list.stream().map(String::valueOf).toList() : null;
            return ResponseEntity.ok(json(imports.saveProfile(user.associationId(), name, mapping, fileHeaders,
                    user.getUsername())));
        } catch (InvalidMappingException e) {
            return problems(HttpStatus.UNPROCESSABLE_CONTENT, e.problems());
        }
    }

    private static Map<String, Object> json(ImportProfile profile) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", profile.name());
        Map<String, String> columns = new LinkedHashMap<>();
        profile.mapping().columns().forEach((header, field) -> columns.put(header, field.key()));
        json.put("columns", columns);
        json.put("staff", profile.mapping().staffNames());
        json.put("districts", profile.mapping().districtNames());
        json.put("updatedBy", profile.updatedBy());
        json.put("updatedAt", profile.updatedAt());
        return json;
    }

    private static ResponseEntity<Map<String, Object>> problems(HttpStatus status, List<String> problems) {
        return ResponseEntity.status(status).body(Map.of("status", status.value(), "errors",
                problems.stream().map(p -> Map.of("message", p)).toList()));
    }
}
