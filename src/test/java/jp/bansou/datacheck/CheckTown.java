package jp.bansou.datacheck;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import jp.bansou.activity.ActivityService;
import jp.bansou.activity.NewActivity;
import jp.bansou.activity.NewBusiness;
import jp.bansou.activity.internal.ActivityStore;
import jp.bansou.organization.OrganizationService;
import jp.bansou.organization.RoleHolder;
import jp.bansou.organization.StaffKind;
import jp.bansou.plan.ItemUnit;
import jp.bansou.plan.ItemYearSetup;
import jp.bansou.plan.NewItem;
import jp.bansou.plan.PlanService;
import jp.bansou.plan.RoleAssignment;
import jp.bansou.plan.TargetComparator;
import jp.bansou.shared.FiscalYear;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small association of its own (plan FY2021–FY2025, two districts, one advisor, one area) in
 * which each test plants exactly the problems it looks for, away from the demo data's findings.
 */
public final class CheckTown {

    public static final FiscalYear FY2021 = FiscalYear.of(2021);
    public static final FiscalYear FY2022 = FiscalYear.of(2022);

    private final PlanService plan;
    private final ActivityService activities;
    private final ActivityStore store;
    private final JdbcClient jdbc;
    private final long association;
    private final long area;
    private final long staff;
    private final long head;
    private final long branch;
    private final long visit;
    private final long seminar;

    public CheckTown(ApplicationContext context) {
        OrganizationService organization = context.getBean(OrganizationService.class);
        plan = context.getBean(PlanService.class);
        activities = context.getBean(ActivityService.class);
        store = context.getBean(ActivityStore.class);
        jdbc = context.getBean(JdbcClient.class);
        association = organization.createAssociation("check-town", "点検町商工会");
        head = organization.addDistrict(association, "本所", true);
        branch = organization.addDistrict(association, "東支所", false);
        staff = organization.addStaffMember(association, "点検 一郎", StaffKind.ADVISOR, LocalDate.of(2020, 4, 1));
        plan.createPlan(association, "第1期", FY2021, FiscalYear.of(2025));
        area = plan.addArea(association, "経営状況分析", 1, null);
        visit = activities.addKind(association, "巡回相談", false);
        seminar = activities.addKind(association, "セミナー開催", true);
    }

    public long association() {
        return association;
    }

    public long head() {
        return head;
    }

    public long branch() {
        return branch;
    }

    public long item(String name) {
        return subItem(name, null);
    }

    public long subItem(String name, Long parent) {
        return plan.addItem(association, new NewItem(area, parent, name, ItemUnit.KEN, TargetComparator.AT_LEAST,
                null, null));
    }

    /** The item's year with the given target, actual and split, the advisor reviewing and leading it. */
    public long year(long item, FiscalYear year, String target, String actual, Map<Long, BigDecimal> split) {
        RoleHolder advisor = RoleHolder.person(staff);
        return plan.setUpItemYear(new ItemYearSetup(item, year, decimal(target), null, decimal(actual), split, null,
                null, new RoleAssignment(advisor, advisor, null)));
    }

    public long year(long item, FiscalYear year, String target, String actual) {
        return year(item, year, target, actual, Map.of());
    }

    /** Removes a role the services would never leave out (REVIEWER or LEAD). */
    public void dropRole(long itemYearId, String role) {
        jdbc.sql("DELETE FROM item_year_role WHERE item_year_id = ? AND role = ?").params(itemYearId, role).update();
    }

    /** A business stored as given, duplicates included. */
    public long business(String name, long district, String memberNumber) {
        return store.insertBusiness(association, new NewBusiness(name, null, district, memberNumber != null,
                memberNumber, null, null, null, null));
    }

    /** A visit to the business, by the advisor or (withStaff false) by nobody. */
    public long visit(long business, LocalDate date, boolean withStaff) {
        return activities.record(association, new NewActivity(date, visit, business, null,
                withStaff ? Set.of(staff) : Set.of(), Set.of(), 30, null, null, null, null, null));
    }

    /** A seminar without a business, held in the district (null: nowhere given). */
    public long seminar(Long district, LocalDate date) {
        return activities.record(association, new NewActivity(date, seminar, null, district, Set.of(staff), Set.of(),
                null, 12, null, null, null, null));
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
