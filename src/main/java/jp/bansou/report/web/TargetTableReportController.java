package jp.bansou.report.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import jp.bansou.organization.BansouUser;
import jp.bansou.plan.PlanQueries;
import jp.bansou.report.PdfFontMissingException;
import jp.bansou.report.TargetTablePdf;
import jp.bansou.report.TargetTableXlsx;
import jp.bansou.shared.FiscalYear;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Downloads of the target table: {@code GET /target-table.xlsx?fy=2022} in the sheet's layout and
 * {@code GET /target-table.pdf?fy=2022} (A4 landscape). Any logged-in role may download what it may
 * read on the page.
 */
@Controller
class TargetTableReportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PlanQueries plan;
    private final TargetTableXlsx xlsx;
    private final TargetTablePdf pdf;
    private final MessageSource messages;
    private final Clock clock;

    TargetTableReportController(PlanQueries plan, TargetTableXlsx xlsx, TargetTablePdf pdf, MessageSource messages,
                                Clock clock) {
        this.plan = plan;
        this.xlsx = xlsx;
        this.pdf = pdf;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/target-table.xlsx")
    void excel(@AuthenticationPrincipal BansouUser user, @RequestParam(required = false) Integer fy,
               Locale locale, HttpServletResponse response) throws IOException {
        FiscalYear year = year(user, fy);
        download(response, XLSX, fileName(year, locale, "xlsx"));
        xlsx.write(user.associationId(), year, locale, response.getOutputStream());
    }

    @GetMapping("/target-table.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal BansouUser user, @RequestParam(required = false) Integer fy,
                               Locale locale) throws IOException {
        FiscalYear year = year(user, fy);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.write(user.associationId(), year, locale, out);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName(year, locale, "pdf"), StandardCharsets.UTF_8).build().toString())
                .body(out.toByteArray());
    }

    /** Without the Japanese font no PDF can be made: 503 with a message naming the font. */
    @ExceptionHandler(PdfFontMissingException.class)
    ResponseEntity<String> fontMissing(PdfFontMissingException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8)).body(e.getMessage());
    }

    private FiscalYear year(BansouUser user, Integer fy) {
        return FiscalYear.requestedOrLatest(fy, plan.yearsWithTable(user.associationId()), LocalDate.now(clock));
    }

    /** 目標管理表_令和4年度.xlsx */
    private String fileName(FiscalYear year, Locale locale, String extension) {
        return messages.getMessage("targetTable.title", null, locale) + "_" + year.label(locale) + "." + extension;
    }

    private static void download(HttpServletResponse response, String contentType, String fileName) {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8).build().toString());
    }
}
