package jp.bansou.actuals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.bansou.activity.ActivityKind;
import jp.bansou.activity.ActivityQueries;
import jp.bansou.activity.ActivityRow;
import jp.bansou.activity.ActivityService;
import jp.bansou.activity.CountSpec;
import jp.bansou.activity.Measure;
import jp.bansou.activity.NewActivity;
import jp.bansou.activity.Page;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.District;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.plan.PlanQueries;
import jp.bansou.plan.TargetRow;
import jp.bansou.shared.FiscalYear;
import jp.bansou.support.BansouSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

@BansouSpringTest
@Transactional
class CountingRulesTest {

    static final FiscalYear FY2022 = FiscalYear.of(2022);

    @Autowired MockMvc mvc;
    @Autowired PlanQueries plan;
    @Autowired ActualsQueries actuals;
    @Autowired ActivityQueries activities;
    @Autowired ActivityService activityService;
    @Autowired OrganizationQueries organization;
    @Autowired UserDetailsService users;

    long association() {
        return organization.associationIdByCode("kure-koiki").orElseThrow();
    }

    TargetRow row(String name) {
        return plan.targetTable(association(), FY2022).areas().stream().flatMap(a -> a.rows().stream())
                .filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    long kind(String name) {
        return activities.kinds(association()).stream().filter(k -> k.name().equals(name)).map(ActivityKind::id)
                .findFirst().orElseThrow();
    }

    BansouUser as(String username) {
        return (BansouUser) users.loadUserByUsername(username);
    }

    @Test
    void aRuleChangeChangesTheActual() throws Exception {
        TargetRow visits = row("巡回相談件数");
        BigDecimal visitsOnly = visits.actual();
        BigDecimal counterOnly = row("窓口相談件数").actual();
        mvc.perform(post("/admin/rules/{id}", visits.itemId()).with(user(as("admin"))).with(csrf())
                        .param("measure", "RECORDS").param("kindIds", Long.toString(kind("窓口相談")))
                        .param("fromYear", "2022").param("version",
                                actuals.ruleVersion(association(), visits.itemId()).map(String::valueOf).orElse("")))
                .andExpect(redirectedUrl("/admin/rules"));
        assertThat(row("巡回相談件数").actual()).isEqualByComparingTo(counterOnly).isNotEqualByComparingTo(visitsOnly);
        assertThat(row("巡回相談件数").actualCounted()).isTrue();
    }

    @Test
    void theDrillDownListsExactlyTheCountedRecords() throws Exception {
        TargetRow finance = row("財務分析数");
        CountingRule rule = actuals.rule(association(), finance.itemId()).orElseThrow();
        Page<ActivityRow> records = activities.recordsBehind(association(), rule.spec(), FY2022, null, null, 0, 500);
        assertThat(records.total()).isEqualTo(finance.actual().longValue());
        assertThat(records.rows()).allSatisfy(r -> assertThat(r.categories()).contains("財務分析"));
        District onto = organization.districts(association()).get(0);
        long inDistrict = activities.recordsBehind(association(), rule.spec(), FY2022, onto.id(), null, 0, 500).total();
        assertThat(BigDecimal.valueOf(inDistrict)).isEqualByComparingTo(finance.districtActuals().get(onto.id()));
        mvc.perform(get("/actuals/{item}/{fy}", finance.itemId(), 2022).param("district", Long.toString(onto.id()))
                        .with(user(as("viewer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("該当する記録: " + inDistrict + "件")))
                .andExpect(content().string(containsString("サンプル")));
    }

    @Test
    void distinctBusinessesCountEachBusinessOnce() {
        CountSpec everyVisit = new CountSpec(Measure.RECORDS, Set.of(kind("巡回相談")), Set.of(), false);
        CountSpec visitedBusinesses = new CountSpec(Measure.DISTINCT_BUSINESSES, Set.of(kind("巡回相談")), Set.of(), false);
        var records = activities.tally(association(), everyVisit, FY2022);
        var businesses = activities.tally(association(), visitedBusinesses, FY2022);
        assertThat(businesses.total()).isLessThan(records.total()).isPositive();
        assertThat(businesses.total()).isLessThanOrEqualTo(BigDecimal.valueOf(150));
        assertThat(records.byStaff().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(records.total());
    }

    @Test
    void aCountedActualCannotBeOverwrittenFromTheItemPage() throws Exception {
        TargetRow visits = row("巡回相談件数");
        mvc.perform(post("/items/{id}", visits.itemYearId()).with(user(as("sasaki"))).with(csrf())
                        .param("version", Integer.toString(visits.version())).param("target", "3600")
                        .param("actual", "1").param("reviewer", "s4").param("lead", "g1").param("note", "手で上書き"))
                .andExpect(status().is3xxRedirection());
        TargetRow after = row("巡回相談件数");
        assertThat(after.actual()).isEqualByComparingTo(visits.actual());
        assertThat(after.districtActuals()).isEqualTo(visits.districtActuals());
        assertThat(after.note()).isEqualTo("手で上書き");
    }

    @Test
    void onlyAdminsSeeAndChangeTheRules() throws Exception {
        mvc.perform(get("/admin/rules").with(user(as("admin")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("事業所数（重複なし）")));
        mvc.perform(get("/admin/rules").with(user(as("sasaki")))).andExpect(status().isForbidden());
        long item = row("勉強会開催数").itemId();
        mvc.perform(post("/admin/rules/{id}", item).with(user(as("kawamoto"))).with(csrf())
                .param("measure", "RECORDS").param("fromYear", "2022")).andExpect(status().isForbidden());
        assertThat(actuals.rule(association(), item)).isEmpty();
    }

    @Test
    void removingARuleKeepsTheLastCountedFigures() throws Exception {
        TargetRow visits = row("巡回相談件数");
        mvc.perform(post("/admin/rules/{id}/delete", visits.itemId()).with(user(as("admin"))).with(csrf()))
                .andExpect(redirectedUrl("/admin/rules"));
        assertThat(actuals.rule(association(), visits.itemId())).isEmpty();
        assertThat(row("巡回相談件数").actual()).isEqualByComparingTo(visits.actual());
        assertThat(row("巡回相談件数").actualCounted()).isFalse();
    }

    @Test
    void removingARuleLeavesTheItemWithoutHalfYears() throws Exception {
        TargetRow visits = row("巡回相談件数");
        assertThat(actuals.halfYears(association(), FY2022)).containsKey(visits.itemId());
        mvc.perform(post("/admin/rules/{id}/delete", visits.itemId()).with(user(as("admin"))).with(csrf()))
                .andExpect(redirectedUrl("/admin/rules"));
        assertThat(actuals.halfYears(association(), FY2022)).doesNotContainKey(visits.itemId());
    }

    @Test
    void countsSeptemberToTheFirstHalfAndOctoberToTheSecond() {
        long visits = row("巡回相談件数").itemId();
        HalfYearActuals before = actuals.halfYears(association(), FY2022).get(visits);
        long district = organization.districts(association()).get(0).id();
        for (LocalDate date : List.of(LocalDate.of(2022, 9, 30), LocalDate.of(2022, 10, 1), LocalDate.of(2022, 10, 2))) {
            activityService.record(association(), new NewActivity(date, kind("巡回相談"), null, district, Set.of(),
                    Set.of(), null, null, null, null, null, null));
        }
        HalfYearActuals after = actuals.halfYears(association(), FY2022).get(visits);
        assertThat(after.firstHalf()).isEqualByComparingTo(before.firstHalf().add(BigDecimal.ONE));
        assertThat(after.secondHalf()).isEqualByComparingTo(before.secondHalf().add(BigDecimal.valueOf(2)));
        assertThat(after.firstHalf().add(after.secondHalf())).isEqualByComparingTo(row("巡回相談件数").actual());
    }

    @Test
    void theTableLinksCountedNumbersToTheirRecordsAndLabelsTheSample() throws Exception {
        TargetRow visits = row("巡回相談件数");
        mvc.perform(get("/target-table").param("fy", "2022").with(user(as("viewer"))))
                .andExpect(content().string(containsString("/actuals/" + visits.itemId() + "/2022")))
                .andExpect(content().string(containsString("サンプルの活動記録")));
        mvc.perform(get("/target-table").param("fy", "2021").with(user(as("viewer"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/actuals/" + visits.itemId() + "/"))));
    }

    @Test
    void theStaffSplitIsStoredForEveryAdvisorWhoWorkedOnTheRecords() {
        TargetRow visits = row("巡回相談件数");
        Map<Long, BigDecimal> split = actuals.staffSplit(visits.itemId(), FY2022);
        assertThat(split).isNotEmpty();
        assertThat(split.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(visits.actual());
    }

    @Test
    void theByStaffPageShowsEachAdvisorsCountedShare() throws Exception {
        TargetRow visits = row("巡回相談件数");
        Map<Long, BigDecimal> split = actuals.staffSplit(visits.itemId(), FY2022);
        long kawamoto = organization.staffMembers(association()).stream().filter(s -> s.name().equals("河本"))
                .findFirst().orElseThrow().id();
        mvc.perform(get("/actuals/by-staff").param("fy", "2022").with(user(as("kawamoto"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/actuals/" + visits.itemId() + "/2022?staff=" + kawamoto)))
                .andExpect(content().string(containsString(">" + split.get(kawamoto).intValue() + "</a>")));
    }
}
