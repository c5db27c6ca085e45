package jp.bansou.report.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import jp.bansou.organization.BansouUser;
import jp.bansou.report.EvaluationPdf;
import jp.bansou.report.PdfFontMissingException;
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

/** {@code GET /evaluation/report.pdf?fy=2021}: the year's evaluation report, for any logged-in role. */
@Controller
class EvaluationReportController {

    private final EvaluationPdf pdf;
    private final MessageSource messages;

    EvaluationReportController(EvaluationPdf pdf, MessageSource messages) {
        this.pdf = pdf;
        this.messages = messages;
    }

    @GetMapping("/evaluation/report.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal BansouUser user, @RequestParam int fy, Locale locale)
            throws IOException {
        FiscalYear year = FiscalYear.of(fy);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.write(user.associationId(), year, locale, out);
        String name = messages.getMessage("evaluation.report.title", new Object[] {year.label(locale)}, locale)
                .replace(' ', '_') + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(out.toByteArray());
    }

    @ExceptionHandler(PdfFontMissingException.class)
    ResponseEntity<String> fontMissing(PdfFontMissingException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8)).body(e.getMessage());
    }
}
