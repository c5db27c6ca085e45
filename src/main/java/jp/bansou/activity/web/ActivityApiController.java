package jp.bansou.activity.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.bansou.activity.ActivityFilter;
import jp.bansou.activity.ActivityQueries;
import jp.bansou.activity.ActivityRow;
import jp.bansou.activity.ActivityService;
import jp.bansou.activity.Page;
import jp.bansou.activity.RecordDetail;
import jp.bansou.activity.RecordDetailQueries;
import jp.bansou.organization.BansouUser;
import jp.bansou.period.PeriodClosedException;
import jp.bansou.shared.FiscalYear;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Activity records over the API, by name: {@code POST} adds one (201 with its id; 422 with the
 * reasons in Japanese; 409 when its date falls in a closed period), {@code GET} lists a page,
 * filtered by year and names.
 */
@RestController
class ActivityApiController {

    private static final int MAX_SIZE = 200;

    private final ActivityQueries queries;
    private final RecordDetailQueries details;
    private final ActivityService service;
    private final ActivityInputReader reader;

    ActivityApiController(ActivityQueries queries, RecordDetailQueries details, ActivityService service,
                          ActivityInputReader reader) {
        this.queries = queries;
        this.details = details;
        this.service = service;
        this.reader = reader;
    }

    @PostMapping("/api/v1/activities")
    ResponseEntity<?> create(@AuthenticationPrincipal BansouUser user, @RequestBody ActivityInput input) {
        Permissions.requireWriter(user);
        List<String> problems = new ArrayList<>();
        ActivityInputReader.Entry entry = reader.read(user.associationId(), input, problems);
        if (entry == null) {
            return error(HttpStatus.UNPROCESSABLE_CONTENT, problems);
        }
        long id;
        try {
            id = service.record(user, entry.activity(), entry.newBusiness(), input.reason());
        } catch (PeriodClosedException e) {
            return error(HttpStatus.CONFLICT, List.of(e.getMessage()));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", id));
    }

    @GetMapping("/api/v1/activities")
    ResponseEntity<?> list(@AuthenticationPrincipal BansouUser user, @RequestParam(required = false) Integer fy,
                           @RequestParam(required = false) String district,
                           @RequestParam(required = false) String staff,
                           @RequestParam(required = false) String kind,
                           @RequestParam(required = false) String category,
                           @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        List<String> problems = new ArrayList<>();
        ActivityFilter filter = reader.names(user.associationId())
                .filter(year(fy, problems), district, staff, kind, category, problems);
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            problems.add("page は0以上、size は1〜" + MAX_SIZE + "で指定してください");
        }
        if (!problems.isEmpty()) {
            return error(HttpStatus.UNPROCESSABLE_CONTENT, problems);
        }
        return ResponseEntity.ok(page(user.associationId(), filter, page, size));
    }

    /** A page of records with the details the list abbreviates, fetched for the whole page at once. */
    private ActivityJson.PageJson page(long association, ActivityFilter filter, int page, int size) {
        Page<ActivityRow> rows = queries.list(association, filter, page, size);
        Map<Long, RecordDetail> byId = details.details(association,
                rows.rows().stream().map(ActivityRow::id).toList());
        List<ActivityJson> items = rows.rows().stream().map(r -> ActivityJson.of(r, byId.get(r.id()))).toList();
        return new ActivityJson.PageJson(items, page, size, rows.total());
    }

    private static FiscalYear year(Integer fy, List<String> problems) {
        if (fy == null) {
            return null;
        }
        try {
            return FiscalYear.of(fy);
        } catch (IllegalArgumentException e) {
            problems.add("年度「" + fy + "」が正しくありません");
            return null;
        }
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, List<String> problems) {
        return ResponseEntity.status(status).body(Map.of("status", status.value(), "errors", problems));
    }
}
