package jp.bansou.datacheck.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.bansou.datacheck.CheckResult;
import jp.bansou.datacheck.DataCheckReport;
import jp.bansou.datacheck.DataChecks;
import jp.bansou.datacheck.Finding;
import jp.bansou.organization.BansouUser;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/data-checks?fy=2022} (admins): every check with its count and lines, the
 * texts in Japanese, each line with the path of the page where it is fixed.
 */
@RestController
class DataChecksApiController {

    private final DataChecks checks;
    private final MessageSource messages;

    DataChecksApiController(DataChecks checks, MessageSource messages) {
        this.checks = checks;
        this.messages = messages;
    }

    @GetMapping("/api/v1/data-checks")
    ReportJson report(@AuthenticationPrincipal BansouUser user, @RequestParam(required = false) Integer fy) {
        DataCheckReport report = checks.run(user.associationId(), checks.yearOrDefault(user.associationId(), fy));
        return new ReportJson(report.year().startYear(), report.year().japaneseLabel(), report.today(), report.total(),
                report.results().stream().map(this::check).toList());
    }

    private CheckJson check(CheckResult result) {
        return new CheckJson(result.code(), text("datacheck.check." + result.code()), result.findings().count(),
                result.findings().lines().stream().map(this::line).toList());
    }

    private LineJson line(Finding finding) {
        return new LineJson(finding.subject(),
                messages.getMessage(finding.problem(), finding.argumentArray(), Locale.JAPANESE), finding.link());
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.JAPANESE);
    }

    record ReportJson(int fiscalYear, String label, LocalDate today, long total, List<CheckJson> checks) {
    }

    record CheckJson(String check, String title, long count, List<LineJson> findings) {
    }

    record LineJson(String subject, String problem, String link) {
    }
}
