package jp.bansou.budget.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;
import jp.bansou.budget.BudgetQueries;
import jp.bansou.budget.export.BudgetWorkbooks;
import jp.bansou.organization.BansouUser;
import jp.bansou.shared.FiscalYear;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The Excel downloads: {@code /budget/export.xlsx?fy=} (the table) and {@code /budget/ledger/export.xlsx?fy=}. */
@Controller
class ExportController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final BudgetQueries queries;
    private final BudgetWorkbooks workbooks;
    private final MessageSource messages;

    ExportController(BudgetQueries queries, BudgetWorkbooks workbooks, MessageSource messages) {
        this.queries = queries;
        this.workbooks = workbooks;
        this.messages = messages;
    }

    @GetMapping("/budget/export.xlsx")
    ResponseEntity<byte[]> table(@AuthenticationPrincipal BansouUser user, @RequestParam int fy, Locale locale) {
        FiscalYear year = FiscalYear.of(fy);
        String title = labels(locale).apply("budget.tableNav") + " " + year.label(locale);
        return download(title, workbooks.budgetTable(queries.table(user.associationId(), year), title,
                labels(locale)));
    }

    @GetMapping("/budget/ledger/export.xlsx")
    ResponseEntity<byte[]> ledger(@AuthenticationPrincipal BansouUser user, @RequestParam int fy, Locale locale) {
        FiscalYear year = FiscalYear.of(fy);
        String title = labels(locale).apply("budget.ledger") + " " + year.label(locale);
        return download(title, workbooks.ledger(queries.ledger(user.associationId(), year), title, labels(locale)));
    }

    private Function<String, String> labels(Locale locale) {
        return key -> messages.getMessage(key, null, locale);
    }

    private static ResponseEntity<byte[]> download(String title, byte[] body) {
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(title.replace(' ', '_') + ".xlsx", StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(body);
    }
}
