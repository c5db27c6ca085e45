package jp.bansou.activity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import jp.bansou.activity.ActivityFixtures;
import jp.bansou.activity.ActivityRow;
import jp.bansou.activity.ActivityService;
import jp.bansou.activity.ActivitySource;
import jp.bansou.activity.NewActivity;
import jp.bansou.activity.Page;
import jp.bansou.support.BansouSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

@BansouSpringTest
class ActivityListPageTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired ActivityService service;

    private Logins logins;
    private ActivityFixtures fixtures;

    @BeforeEach
    void setUp() {
        logins = new Logins(users);
        fixtures = new ActivityFixtures(context);
    }

    @SuppressWarnings("unchecked")
    private Page<ActivityRow> records(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request.with(logins.as("viewer"))).andExpect(status().isOk()).andReturn();
        return (Page<ActivityRow>) result.getModelAndView().getModel().get("records");
    }

    private long countFy2022(String condition, Object... params) {
        return jdbc.sql("SELECT COUNT(*) FROM activity_record r LEFT JOIN business b ON b.id = r.business_id "
                        + "WHERE r.association_id = ? AND r.activity_date BETWEEN '2022-04-01' AND '2023-03-31' AND "
                        + condition)
                .params(concat(fixtures.association(), params)).query(Long.class).single();
    }

    private static Object[] concat(Object first, Object... rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    @Test
    void showsTheNewestYearWithRecordsFiftyToAPage() throws Exception {
        Page<ActivityRow> page = records(get("/activities"));
        assertThat(page.total()).isEqualTo(countFy2022("1 = 1")).isGreaterThan(1900);
        assertThat(page.rows()).hasSize(50);
        assertThat(page.rows()).allSatisfy(r -> assertThat(r.date()).isBetween(
                LocalDate.of(2022, 4, 1), LocalDate.of(2023, 3, 31)));
        assertThat(page.rows().get(0).date()).isAfterOrEqualTo(page.rows().get(49).date());
    }

    @Test
    void filtersByKindDistrictAndMonth() throws Exception {
        long kind = fixtures.kind("巡回相談").id();
        long district = fixtures.district("音戸");
        Page<ActivityRow> page = records(get("/activities").param("fy", "2022").param("month", "1")
                .param("kind", String.valueOf(kind)).param("district", String.valueOf(district)));
        assertThat(page.total()).isPositive().isEqualTo(countFy2022(
                "r.kind_id = ? AND b.district_id = ? AND r.activity_date BETWEEN '2023-01-01' AND '2023-01-31'",
                kind, district));
        assertThat(page.rows()).allSatisfy(r -> {
            assertThat(r.kind()).isEqualTo("巡回相談");
            assertThat(r.district()).isEqualTo("音戸");
            assertThat(r.date()).hasYear(2023).hasMonthValue(1);
        });
    }

    @Test
    void filtersByStaffAndCategory() throws Exception {
        long staff = fixtures.staff("藤本");
        long category = fixtures.category("財務分析");
        Page<ActivityRow> page = records(get("/activities").param("staff", String.valueOf(staff))
                .param("category", String.valueOf(category)));
        assertThat(page.total()).isPositive().isEqualTo(countFy2022(
                "EXISTS (SELECT 1 FROM activity_staff s WHERE s.record_id = r.id AND s.staff_member_id = ?) AND "
                        + "EXISTS (SELECT 1 FROM activity_category c WHERE c.record_id = r.id AND c.category_id = ?)",
                staff, category));
        assertThat(page.rows()).allSatisfy(r -> {
            assertThat(r.staff()).contains("藤本");
            assertThat(r.categories()).contains("財務分析");
        });
    }

    @Test
    void findsFreeTextInTheBusinessName() throws Exception {
        Page<ActivityRow> page = records(get("/activities").param("q", "事業所007"));
        assertThat(page.total()).isPositive().isEqualTo(countFy2022("b.name = '（サンプル）事業所007'"));
        assertThat(page.rows()).allSatisfy(r -> assertThat(r.business()).isEqualTo("（サンプル）事業所007"));
    }

    @Test
    void pageLinksKeepTheFilters() throws Exception {
        long kind = fixtures.kind("窓口相談").id();
        mvc.perform(get("/activities").param("kind", String.valueOf(kind)).param("q", "サンプル").param("page", "1")
                        .with(logins.as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/activities?fy=2022&amp;kind=" + kind
                        + "&amp;q=%E3%82%B5%E3%83%B3%E3%83%97%E3%83%AB&amp;page=2")))
                .andExpect(content().string(containsString("/activities?fy=2022&amp;kind=" + kind
                        + "&amp;q=%E3%82%B5%E3%83%B3%E3%83%97%E3%83%AB&amp;page=0")));
    }

    @Test
    void theSecondPageContinuesWhereTheFirstEnds() throws Exception {
        Page<ActivityRow> first = records(get("/activities"));
        Page<ActivityRow> second = records(get("/activities").param("page", "1"));
        assertThat(second.number()).isEqualTo(1);
        assertThat(second.rows()).hasSize(50);
        assertThat(second.rows()).extracting(ActivityRow::id).doesNotContainAnyElementsOf(
                first.rows().stream().map(ActivityRow::id).toList());
        assertThat(second.rows().get(0).date()).isBeforeOrEqualTo(first.rows().get(49).date());
    }

    @Test
    void marksSampleRecordsWithABadge() throws Exception {
        mvc.perform(get("/activities").with(logins.as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<span class=\"badge sample\">サンプル</span>")));
    }

    @Test
    @Transactional
    void marksImportedRecordsAndLeavesTypedInRecordsUnmarked() throws Exception {
        long business = fixtures.plantBusiness("取込テスト商店", "川尻", null);
        service.recordUnlessKnown(fixtures.association(), new NewActivity(LocalDate.of(2022, 5, 9),
                fixtures.kind("窓口相談").id(), business, null, Set.of(), Set.of(), 20, null, null, null, "取込分",
                "import-1"), ActivitySource.IMPORT, null);
        fixtures.visit(business, LocalDate.of(2022, 5, 10), "手入力分");
        mvc.perform(get("/activities").param("q", "取込テスト").with(logins.as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<span class=\"badge import\">取込</span>")))
                .andExpect(content().string(not(containsString("badge sample"))))
                .andExpect(content().string(containsString("手入力分")));
    }

    @Test
    void answersAnHtmxRequestWithTheResultsOnly() throws Exception {
        mvc.perform(get("/activities").header("HX-Request", "true").with(logins.as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"activity-results\"")))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(not(containsString("class=\"filters"))));
    }

    @Test
    void refusesAMonthOutsideTheYear() throws Exception {
        mvc.perform(get("/activities").param("month", "13").with(logins.as("viewer")))
                .andExpect(status().isBadRequest());
    }
}
