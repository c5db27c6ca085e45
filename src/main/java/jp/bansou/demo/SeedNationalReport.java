package jp.bansou.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.bansou.activity.ActivityFilter;
import jp.bansou.activity.ActivityKind;
import jp.bansou.activity.ActivityQueries;
import jp.bansou.activity.ActivityRow;
import jp.bansou.activity.ActivityService;
import jp.bansou.activity.ActivitySource;
import jp.bansou.activity.BusinessTrend;
import jp.bansou.activity.BusinessTrends;
import jp.bansou.activity.NewActivity;
import jp.bansou.activity.SupportCategory;
import jp.bansou.activity.Trend;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.organization.StaffKind;
import jp.bansou.report.LineDefinition;
import jp.bansou.report.NationalLine;
import jp.bansou.report.NationalReportService;
import jp.bansou.shared.FiscalYear;
import org.springframework.stereotype.Component;

/**
 * The national report of the demo: its lines mapped onto the demo's kinds and categories, four
 * quarterly regional-economy surveys (sample records) and invented FY2022 sales and gross-profit
 * trends for most of the businesses followed up (the rest stay unknown).
 */
@Component
class SeedNationalReport {

    private static final FiscalYear FY2022 = FiscalYear.of(2022);
    private static final String SURVEY = "地域経済動向調査";
    private static final String FOLLOW_UP = "事業計画実施支援";
    private static final Trend[] SALES = {Trend.UP, Trend.UP, Trend.FLAT, Trend.DOWN, Trend.UNKNOWN};
    private static final Trend[] GROSS_PROFIT = {Trend.UP, Trend.FLAT, Trend.DOWN, Trend.UNKNOWN};

    private final ActivityService activities;
    private final ActivityQueries queries;
    private final BusinessTrends trends;
    private final NationalReportService report;
    private final OrganizationQueries organization;

    SeedNationalReport(ActivityService activities, ActivityQueries queries, BusinessTrends trends,
                       NationalReportService report, OrganizationQueries organization) {
        this.activities = activities;
        this.queries = queries;
        this.trends = trends;
        this.report = report;
        this.organization = organization;
    }

    void load(long association) {
        long survey = activities.addKind(association, SURVEY, true);
        surveys(association, survey);
        Map<String, Long> kinds = queries.kinds(association).stream()
                .collect(Collectors.toMap(ActivityKind::name, ActivityKind::id));
        Map<String, Long> categories = queries.categories(association).stream()
                .collect(Collectors.toMap(SupportCategory::name, SupportCategory::id));
        report.define(association, List.of(
                line(NationalLine.STAFF, kinds, List.of("巡回相談", "窓口相談", "専門家派遣", "確定申告支援", "記帳指導"),
                        categories, List.of()),
                line(NationalLine.SURVEYS, kinds, List.of(SURVEY), categories, List.of()),
                line(NationalLine.BASIC_DATA, kinds, List.of("確定申告支援"), categories, List.of()),
                line(NationalLine.ANALYSED, kinds, List.of(), categories, List.of("財務分析", "定性分析")),
                line(NationalLine.PLANNED, kinds, List.of(), categories, List.of("事業計画策定")),
                line(NationalLine.FOLLOW_UP, kinds, List.of(), categories, List.of(FOLLOW_UP))));
        trends(association, categories.get(FOLLOW_UP));
    }

    private void surveys(long association, long kind) {
        Set<Long> staff = organization.staffMembers(association).stream()
                .filter(s -> s.kind() == StaffKind.ADVISOR).limit(2).map(s -> s.id()).collect(Collectors.toSet());
        for (int quarter = 0; quarter < 4; quarter++) {
            LocalDate day = FY2022.firstDay().plusMonths(3L * quarter + 2).withDayOfMonth(20);
            activities.recordUnlessKnown(association, new NewActivity(day, kind, null, null, staff, Set.of(), 120,
                    null, null, null, SampleActivities.LABEL, "sample-survey-" + quarter), ActivitySource.SAMPLE, null);
        }
        activities.changed(association, Set.of(FY2022));
    }

    /** Every followed-up business in turn gets the next of the patterns, so each trend occurs. */
    private void trends(long association, long followUpCategory) {
        ActivityFilter filter = new ActivityFilter(FY2022, null, null, null, null, followUpCategory, null);
        List<Long> followedUp = queries.list(association, filter, 0, 1000).rows().stream()
                .map(ActivityRow::businessId).distinct().sorted().toList();
        for (int i = 0; i < followedUp.size(); i++) {
            trends.set(association, followedUp.get(i),
                    new BusinessTrend(FY2022, SALES[i % SALES.length], GROSS_PROFIT[i % GROSS_PROFIT.length]));
        }
    }

    private static LineDefinition line(NationalLine line, Map<String, Long> kinds, List<String> kindNames,
                                       Map<String, Long> categories, List<String> categoryNames) {
        return new LineDefinition(line, kindNames.stream().map(kinds::get).collect(Collectors.toSet()),
                categoryNames.stream().map(categories::get).collect(Collectors.toSet()));
    }
}
