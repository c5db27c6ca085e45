package jp.bansou.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.bansou.activity.ActivityService;
import jp.bansou.activity.BusinessTrend;
import jp.bansou.activity.BusinessTrends;
import jp.bansou.activity.NewActivity;
import jp.bansou.activity.NewBusiness;
import jp.bansou.activity.Trend;
import jp.bansou.organization.OrganizationService;
import jp.bansou.organization.StaffKind;
import jp.bansou.organization.UserRole;
import jp.bansou.shared.FiscalYear;

/**
 * A small association whose FY2022 report can be counted by hand (see {@link #load}): businesses
 * followed up several times, records just outside the year, an event without a business, trends of
 * another year and of a business not followed up.
 */
final class NationalTown {

    static final FiscalYear FY2022 = FiscalYear.of(2022);
    static final String ADMIN = "natadmin";
    static final String VIEWER = "natviewer";

    long association;
    long visit;
    long counter;
    long survey;
    long analysis;
    long plan;
    long followUp;
    long b1;
    long b2;
    long b3;
    long b4;

    /**
     * FY2022 (April 2022 – March 2023) records:
     * <pre>
     *  r1 2022-04-10 巡回 b1 [フォローアップ]           x
     *  r2 2022-06-10 巡回 b1 [フォローアップ]           x
     *  r3 2022-09-10 窓口 b1 [フォローアップ, 財務分析] y
     *  r4 2023-03-31 巡回 b2 [フォローアップ]           x, y
     *  r5 2022-05-01 巡回 b3 [財務分析]                 w (assistant)
     *  r6 2022-07-01 巡回 b3 [事業計画策定]             x
     *  r7 2022-07-20 調査 (event, no business)          y
     *  r8 2022-10-20 調査 (event, no business)          y
     * outside: 2022-03-31 巡回 b4 [フォローアップ] (FY2021), 2023-04-01 巡回 b3 [フォローアップ] (FY2023)
     * </pre>
     * Advisors: x, y (no dates), z (left 2022-03-31), v (from 2023-01-01); w is an assistant.
     * Trends: b1 FY2022 sales 増加, gross profit 減少; b1 FY2021 横ばい; b3 FY2022 減少 (not followed up);
     * b2 none.
     */
    NationalTown load(OrganizationService organization, ActivityService activities, BusinessTrends trends) {
        association = organization.createAssociation("national-town", "報告町商工会");
        long district = organization.addDistrict(association, "本所", true);
        long x = organization.addStaffMember(association, "指導員X", StaffKind.ADVISOR, null);
        long y = organization.addStaffMember(association, "指導員Y", StaffKind.ADVISOR, null);
        long z = organization.addStaffMember(association, "指導員Z", StaffKind.ADVISOR, LocalDate.of(2015, 4, 1));
        organization.endStaffMember(association, z, LocalDate.of(2022, 3, 31));
        organization.addStaffMember(association, "指導員V", StaffKind.ADVISOR, LocalDate.of(2023, 1, 1));
        long w = organization.addStaffMember(association, "補助員W", StaffKind.ASSISTANT, null);
        organization.addUser(association, ADMIN, "pw", "報告 管理者", UserRole.ADMIN, null);
        organization.addUser(association, VIEWER, "pw", "報告 閲覧者", UserRole.VIEWER, null);
        visit = activities.addKind(association, "巡回相談", false);
        counter = activities.addKind(association, "窓口相談", false);
        survey = activities.addKind(association, "経済動向調査", true);
        analysis = activities.addCategory(association, "財務分析");
        plan = activities.addCategory(association, "事業計画策定");
        followUp = activities.addCategory(association, "フォローアップ");
        b1 = business(activities, district, "報告一");
        b2 = business(activities, district, "報告二");
        b3 = business(activities, district, "報告三");
        b4 = business(activities, district, "報告四");
        record(activities, "2022-04-10", visit, b1, Set.of(x), followUp);
        record(activities, "2022-06-10", visit, b1, Set.of(x), followUp);
        record(activities, "2022-09-10", counter, b1, Set.of(y), followUp, analysis);
        record(activities, "2023-03-31", visit, b2, Set.of(x, y), followUp);
        record(activities, "2022-05-01", visit, b3, Set.of(w), analysis);
        record(activities, "2022-07-01", visit, b3, Set.of(x), plan);
        record(activities, "2022-07-20", survey, null, Set.of(y));
        record(activities, "2022-10-20", survey, null, Set.of(y));
        record(activities, "2022-03-31", visit, b4, Set.of(x), followUp);
        record(activities, "2023-04-01", visit, b3, Set.of(x), followUp);
        trends.set(association, b1, new BusinessTrend(FY2022, Trend.UP, Trend.DOWN));
        trends.set(association, b1, new BusinessTrend(FiscalYear.of(2021), Trend.FLAT, Trend.FLAT));
        trends.set(association, b3, new BusinessTrend(FY2022, Trend.DOWN, Trend.DOWN));
        return this;
    }

    /** Staff on consultations, surveys, analysis, plans, follow-up; basic data left undefined. */
    List<LineDefinition> definitions() {
        return List.of(
                new LineDefinition(NationalLine.STAFF, Set.of(visit, counter), Set.of()),
                new LineDefinition(NationalLine.SURVEYS, Set.of(survey), Set.of()),
                new LineDefinition(NationalLine.ANALYSED, Set.of(), Set.of(analysis)),
                new LineDefinition(NationalLine.PLANNED, Set.of(), Set.of(plan)),
                new LineDefinition(NationalLine.FOLLOW_UP, Set.of(), Set.of(followUp)));
    }

    private long business(ActivityService activities, long district, String name) {
        return activities.findOrRegisterBusiness(association,
                new NewBusiness(name, null, district, true, null, null, null, null, null));
    }

    private void record(ActivityService activities, String date, long kind, Long business, Set<Long> staff,
                        Long... categories) {
        activities.record(association, new NewActivity(LocalDate.parse(date), kind, business, null, staff,
                Set.of(categories), 30, null, null, null, null, null));
    }
}
