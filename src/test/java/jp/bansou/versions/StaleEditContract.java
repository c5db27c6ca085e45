package jp.bansou.versions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import jp.bansou.activity.ActivityKind;
import jp.bansou.activity.ActivityQueries;
import jp.bansou.activity.ActivityService;
import jp.bansou.activity.BusinessQueries;
import jp.bansou.activity.BusinessRow;
import jp.bansou.activity.CountSpec;
import jp.bansou.activity.Measure;
import jp.bansou.actuals.ActualsQueries;
import jp.bansou.actuals.ActualsService;
import jp.bansou.actuals.CountingRule;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.plan.AreaSummary;
import jp.bansou.plan.PlanAdminQueries;
import jp.bansou.plan.PlanItem;
import jp.bansou.plan.PlanQueries;
import jp.bansou.plan.TargetRow;
import jp.bansou.progress.GradingQueries;
import jp.bansou.progress.GradingService;
import jp.bansou.shared.FiscalYear;
import jp.bansou.shared.StaleEditException;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * No lost update, on H2 and PostgreSQL by the subclasses: two saves from the same read version, the
 * second refused with a message naming what changed and nothing of it stored — counting rules, grade
 * decisions, business merges (single-shot: both must still stand), plan admin areas and items.
 */
@Transactional
abstract class StaleEditContract {

    static final FiscalYear FY2022 = FiscalYear.of(2022);

    @Autowired MockMvc mvc;
    @Autowired OrganizationQueries organization;
    @Autowired PlanQueries plan;
    @Autowired PlanAdminQueries planAdmin;
    @Autowired ActualsQueries actualsQueries;
    @Autowired ActualsService actuals;
    @Autowired ActivityQueries activities;
    @Autowired ActivityService activityService;
    @Autowired BusinessQueries businesses;
    @Autowired GradingQueries gradingQueries;
    @Autowired GradingService grading;
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
    void aSecondRuleSaveFromTheSameVersionIsRefusedAndChangesNothing() {
        long item = row("巡回相談件数").itemId();
        Integer read = actualsQueries.ruleVersion(association(), item).orElse(null);
        CountingRule first = new CountingRule(item, new CountSpec(Measure.RECORDS, Set.of(kind("窓口相談")), Set.of(),
                false), FY2022);
        CountingRule second = new CountingRule(item, new CountSpec(Measure.DISTINCT_BUSINESSES,
                Set.of(kind("巡回相談")), Set.of(), true), FY2022);
        actuals.saveRule(association(), first, read);

        assertThatThrownBy(() -> actuals.saveRule(association(), second, read))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("集計ルール「巡回相談件数」は他の人が先に保存しました")
                .satisfies(e -> assertThat(((StaleEditException) e).currentVersion())
                        .isEqualTo(actualsQueries.ruleVersion(association(), item).orElseThrow()));
        assertThat(actualsQueries.rule(association(), item)).contains(first);
        assertThat(actualsQueries.ruleVersion(association(), item)).contains(read == null ? 0 : read + 1);
    }

    @Test
    void aRuleFormThatShowedNoRuleIsRefusedOnceSomeoneCreatedOne() {
        long item = plan.items(association()).stream()
                .filter(i -> actualsQueries.rule(association(), i.id()).isEmpty()).findFirst().orElseThrow().id();
        CountingRule rule = new CountingRule(item, new CountSpec(Measure.RECORDS, Set.of(), Set.of(), false), FY2022);
        actuals.saveRule(association(), rule, null);
        assertThatThrownBy(() -> actuals.saveRule(association(), new CountingRule(item,
                new CountSpec(Measure.RECORDS, Set.of(kind("窓口相談")), Set.of(), false), FY2022), null))
                .isInstanceOf(StaleEditException.class);
        assertThat(actualsQueries.rule(association(), item)).contains(rule);
    }

    @Test
    void aSecondGradeDecisionFromTheSameVersionIsRefusedAndChangesNothing() {
        long itemYear = row("財務分析数").itemYearId();
        BansouUser admin = as("admin");
        Integer read = gradingQueries.decisionVersion(association(), itemYear).orElse(null);
        grading.decide(admin, itemYear, "B", "委員会の指摘", read);

        assertThatThrownBy(() -> grading.decide(admin, itemYear, "C", "別の判断", read))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("「財務分析数」（令和4年度）の達成状況の判定は他の人が先に保存しました");
        var decision = gradingQueries.itemGrading(association(), itemYear).orElseThrow().decision();
        assertThat(decision.decidedCode()).isEqualTo("B");
        assertThat(decision.reason()).isEqualTo("委員会の指摘");
        assertThat(row("財務分析数").grade()).isEqualTo("B");
    }

    @Test
    void aMergeOfABusinessMergedMeanwhileIsRefusedAndMovesNothing() {
        var rows = businesses.search(association(), null, 0, 3).rows();
        BusinessRow kept = rows.get(0);
        BusinessRow duplicate = rows.get(1);
        BusinessRow third = rows.get(2);
        activityService.mergeBusinesses(association(), kept.id(), duplicate.id());

        assertThatThrownBy(() -> activityService.mergeBusinesses(association(), duplicate.id(), third.id()))
                .isInstanceOf(StaleEditException.class).hasMessageContaining("の統合は他の人が先に保存しました");
        assertThatThrownBy(() -> activityService.mergeBusinesses(association(), kept.id(), duplicate.id()))
                .isInstanceOf(StaleEditException.class);
        BusinessRow after = businesses.business(association(), third.id()).orElseThrow();
        assertThat(after.merged()).isFalse();
        assertThat(after.records()).isEqualTo(third.records());
    }

    @Test
    void aSecondAreaSaveFromTheSameVersionIsRefusedAndChangesNothing() throws Exception {
        AreaSummary area = planAdmin.areas(association()).get(0);
        String read = Integer.toString(planAdmin.areaVersion(association(), area.id()));
        mvc.perform(post("/admin/areas/" + area.id()).with(user(as("admin"))).with(csrf())
                        .param("name", "一人目の事業名").param("guideline", "1").param("version", read))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("done", true));
        mvc.perform(post("/admin/areas/" + area.id()).with(user(as("admin"))).with(csrf())
                        .param("name", "二人目の事業名").param("guideline", "1").param("version", read))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", Matchers.containsString("事業「一人目の事業名」は他の人が先に保存しました")));
        assertThat(planAdmin.area(association(), area.id()).orElseThrow().name()).isEqualTo("一人目の事業名");
    }

    @Test
    void aSecondItemSaveFromTheSameVersionIsRefusedAndChangesNothing() throws Exception {
        PlanItem item = planAdmin.item(association(), row("巡回相談件数").itemId()).orElseThrow();
        String read = Integer.toString(planAdmin.itemVersion(association(), item.id()));
        mvc.perform(post("/admin/items/" + item.id()).with(user(as("admin"))).with(csrf())
                        .param("name", "巡回訪問件数").param("unit", "KEN").param("comparator", "AT_LEAST")
                        .param("version", read))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeCount(1));
        mvc.perform(post("/admin/items/" + item.id()).with(user(as("admin"))).with(csrf())
                        .param("name", "巡回件数").param("unit", "KEN").param("comparator", "AT_LEAST")
                        .param("version", read))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", Matchers.containsString("項目「巡回訪問件数」は他の人が先に保存しました")));
        assertThat(planAdmin.item(association(), item.id()).orElseThrow().name()).isEqualTo("巡回訪問件数");
    }
}
