package jp.bansou.report.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import jp.bansou.activity.ActivityQueries;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.report.NationalReport;
import jp.bansou.report.NationalReportQueries;
import jp.bansou.report.NationalReportXlsx;
import jp.bansou.shared.FiscalYear;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The national implementation report (実施状況報告) of a fiscal year for every logged-in role: the
 * page {@code /reports/national?fy=2022}, its A4-landscape print view and the .xlsx download.
 */
@Controller
class NationalReportController {

    private final NationalReportQueries queries;
    private final NationalReportXlsx xlsx;
    private final ActivityQueries activities;
    private final OrganizationQueries organization;
    private final MessageSource messages;
    private final Clock clock;

    NationalReportController(NationalReportQueries queries, NationalReportXlsx xlsx, ActivityQueries activities,
                             OrganizationQueries organization, MessageSource messages, Clock clock) {
        this.queries = queries;
        this.xlsx = xlsx;
        this.activities = activities;
        this.organization = organization;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/reports/national")
    String page(@AuthenticationPrincipal BansouUser user, @RequestParam(required = false) Integer fy, Model model) {
        FiscalYear year = year(user, fy);
        TreeSet<FiscalYear> years = new TreeSet<>(activities.yearsWithRecords(user.associationId()));
        years.add(year);
        model.addAttribute("years", List.copyOf(years));
        model.addAttribute("report", queries.report(user.associationId(), year));
        return "report/national";
    }

    @GetMapping("/reports/national/print")
    String print(@AuthenticationPrincipal BansouUser user, @RequestParam(required = false) Integer fy, Model model) {
        model.addAttribute("report", queries.report(user.associationId(), year(user, fy)));
        return "report/national-print";
    }

    @GetMapping("/reports/national.xlsx")
    void excel(@AuthenticationPrincipal BansouUser user, @RequestParam(required = false) Integer fy, Locale locale,
               HttpServletResponse response) throws IOException {
        NationalReport report = queries.report(user.associationId(), year(user, fy));
        String name = messages.getMessage("national.title", null, locale) + "_" + report.year().label(locale) + ".xlsx";
        response.setContentType(TargetTableReportController.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(name, StandardCharsets.UTF_8).build().toString());
        xlsx.write(report, organization.associationName(user.associationId()).orElse(""), locale,
                response.getOutputStream());
    }

    private FiscalYear year(BansouUser user, Integer fy) {
        return FiscalYear.requestedOrLatest(fy, activities.yearsWithRecords(user.associationId()), LocalDate.now(clock));
    }
}
