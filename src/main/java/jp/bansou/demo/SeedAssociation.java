package jp.bansou.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.bansou.activity.ActivityService;
import jp.bansou.actuals.ActualsService;
import jp.bansou.membership.MembershipService;
import jp.bansou.organization.GroupKind;
import jp.bansou.organization.OrganizationService;
import jp.bansou.organization.RoleHolder;
import jp.bansou.organization.StaffKind;
import jp.bansou.organization.UserRole;
import jp.bansou.plan.FiveYearKind;
import jp.bansou.plan.Grade;
import jp.bansou.plan.ItemUnit;
import jp.bansou.plan.ItemYearSetup;
import jp.bansou.plan.NewItem;
import jp.bansou.plan.PlanService;
import jp.bansou.plan.RoleAssignment;
import jp.bansou.plan.TargetComparator;
import jp.bansou.plan.TargetDerivation;
import jp.bansou.progress.GradingService;
import jp.bansou.shared.FiscalYear;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seed association (呉広域商工会, FY2022 sheet): districts, staff, groups, demo logins, the
 * R3–R7 plan, every row of the sheet with FY2021 figures and FY2022 targets and roles carried over,
 * and members by district.
 */
@Component
class SeedAssociation {

    static final FiscalYear FY2021 = FiscalYear.of(2021);
    static final FiscalYear FY2022 = FiscalYear.of(2022);
    static final List<String> DISTRICTS = List.of("音戸", "倉橋", "川尻", "安浦", "安芸灘", "本所");
    static final List<String> ADVISORS = List.of("佐々木", "河本", "藤本", "歴数", "井川", "古川", "菊池", "大石", "鏡亀");

    /** Business areas in the sheet's order: name, guideline (0 = none), sub-heading. */
    private static final String[][] AREAS = {
        {"地域経済動向調査", "3", ""},
        {"経営状況分析", "1", ""},
        {"事業計画策定支援", "2", ""},
        {"ひとつづくり支援", "0", ""},
        {"事業計画実施支援", "2", ""},
        {"需要動向調査", "3", "ものづくり支援"},
        {"新規需要開拓", "4", "ことづくり支援"},
        {"地域経済活性化", "0", ""},
        {"経営指導員資質向上に関すること", "0", ""},
        {"事業の評価及び見直しに関すること", "0", ""},
        {"中長期目標 (5年間)", "0", ""},
    };

    private final OrganizationService organization;
    private final PlanService plan;
    private final MembershipService membership;
    private final ActivityService activities;
    private final ActualsService actuals;
    private final GradingService grading;

    SeedAssociation(OrganizationService organization, PlanService plan, MembershipService membership,
                    ActivityService activities, ActualsService actuals, GradingService grading) {
        this.organization = organization;
        this.plan = plan;
        this.membership = membership;
        this.activities = activities;
        this.actuals = actuals;
        this.grading = grading;
    }

    @Transactional
    long load() {
        long association = organization.createAssociation("kure-koiki", "呉広域商工会");
        grading.replaceScale(association, SeedGrades.scale());
        Map<String, Long> districts = new LinkedHashMap<>();
        DISTRICTS.forEach(d -> districts.put(d, organization.addDistrict(association, d, d.equals("本所"))));
        Map<String, RoleHolder> holders = new HashMap<>();
        ADVISORS.forEach(n -> holders.put(n, RoleHolder.person(
                organization.addStaffMember(association, n, StaffKind.ADVISOR, null))));
        holders.put("住谷", RoleHolder.person(organization.addStaffMember(association, "住谷", StaffKind.MANAGEMENT, null)));
        holders.put("奥田", RoleHolder.person(organization.addStaffMember(association, "奥田", StaffKind.ASSISTANT, null)));
        holders.put("岡本", RoleHolder.person(organization.addStaffMember(association, "岡本", StaffKind.ASSISTANT, null)));
        long advisors = organization.addGroup(association, "各指導員", GroupKind.ALL_ADVISORS);
        holders.put("各指導員", RoleHolder.group(advisors));
        holders.put("正副会長", RoleHolder.group(organization.addGroup(association, "正副会長", GroupKind.EXPLICIT)));
        holders.put("記帳担当", RoleHolder.group(organization.addGroup(association, "記帳担当", GroupKind.EXPLICIT)));

        organization.addUser(association, "admin", "demo", "管理者", UserRole.ADMIN, null);
        organization.addUser(association, "sasaki", "demo", "佐々木", UserRole.REVIEWER,
                holders.get("佐々木").staffMemberId());
        organization.addUser(association, "kawamoto", "demo", "河本", UserRole.STAFF,
                holders.get("河本").staffMemberId());
        organization.addUser(association, "viewer", "demo", "閲覧者", UserRole.VIEWER, null);

        plan.createPlan(association, "経営発達支援計画 (令和3年度〜令和7年度)", FY2021, FiscalYear.of(2025));
        List<Long> areas = new ArrayList<>();
        for (String[] a : AREAS) {
            int guideline = Integer.parseInt(a[1]);
            areas.add(plan.addArea(association, a[0], guideline == 0 ? null : guideline, a[2].isEmpty() ? null : a[2]));
        }
        Map<String, Long> items = new HashMap<>();
        Map<Long, String> sheetGrades = new LinkedHashMap<>();
        for (SheetRow row : readSheet()) {
            long item = plan.addItem(association, new NewItem(areas.get(row.area() - 1),
                    row.parent().isEmpty() ? null : items.get(row.parent()), row.name(), ItemUnit.ofLabel(row.unit()),
                    TargetComparator.valueOf(row.comparator()), decimal(row.fiveYearTarget()),
                    row.fiveYearKind().isEmpty() ? null : FiveYearKind.valueOf(row.fiveYearKind())));
            items.put(row.name(), item);
            TargetDerivation derivation = row.perHead().isEmpty() ? null
                    : new TargetDerivation(advisors, decimal(row.perHead()), decimal(row.addend()), row.remark());
            RoleAssignment roles = new RoleAssignment(holders.get(row.reviewer()), holders.get(row.lead()),
                    row.deputies().isEmpty() ? List.of()
                            : Arrays.stream(row.deputies().split("、")).map(holders::get).toList());
            Map<Long, BigDecimal> split = new HashMap<>();
            for (int i = 0; i < DISTRICTS.size(); i++) {
                if (!row.districts().get(i).isEmpty()) {
                    split.put(districts.get(DISTRICTS.get(i)), decimal(row.districts().get(i)));
                }
            }
            long fy2021 = plan.setUpItemYear(new ItemYearSetup(item, FY2021, decimal(row.target()), derivation,
                    decimal(row.actual()), split, Grade.ofNullable(row.grade()), blankToNull(row.note()), roles));
            if (!row.grade().isEmpty()) {
                sheetGrades.put(fy2021, row.grade());
            }
            plan.setUpItemYear(new ItemYearSetup(item, FY2022, decimal(row.target()), derivation,
                    null, Map.of(), null, blankToNull(row.noteFy2022()), roles));
        }

        SeedGrades.carryOver(grading, association, sheetGrades);
        loadSampleActivities(association, items, districts, holders);

        membership.recordMembers(association, FY2021, members(districts, 186, 222, 195, 257, 233, 53));
        membership.recordMembers(association, FiscalYear.of(2020), members(districts, 185, 216, 196, 268, 235, 64));
        membership.recordBusinessCounts(association, FY2021, 1899, 1707);
        return association;
    }

    /** The activity lists, the counting rules, and labelled FY2022 sample records the rules count. */
    private void loadSampleActivities(long association, Map<String, Long> items, Map<String, Long> districts,
                                      Map<String, RoleHolder> holders) {
        Map<String, Long> kinds = new HashMap<>();
        SeedRules.KINDS.forEach(k -> kinds.put(k, activities.addKind(association, k, SeedRules.EVENT_KINDS.contains(k))));
        Map<String, Long> categories = new HashMap<>();
        SeedRules.CATEGORIES.forEach(c -> categories.put(c, activities.addCategory(association, c)));
        SeedRules.rules(items, kinds, categories).forEach(rule -> actuals.saveRule(association, rule));
        new SampleActivities(activities, association, kinds, categories, List.copyOf(districts.values()),
                ADVISORS.stream().map(a -> holders.get(a).staffMemberId()).toList()).generate();
    }

    private static Map<Long, Integer> members(Map<String, Long> districts, int... counts) {
        Map<Long, Integer> result = new HashMap<>();
        for (int i = 0; i < counts.length; i++) {
            result.put(districts.get(DISTRICTS.get(i)), counts[i]);
        }
        return result;
    }

    static List<SheetRow> readSheet() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource("demo/target-table-r4.tsv").getInputStream(), StandardCharsets.UTF_8))) {
            return in.lines().skip(1).filter(l -> !l.isBlank()).map(SheetRow::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BigDecimal decimal(String text) {
        return text == null || text.isEmpty() ? null : new BigDecimal(text);
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
