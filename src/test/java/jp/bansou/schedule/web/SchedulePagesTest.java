package jp.bansou.schedule.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import jp.bansou.activity.ActivityQueries;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.plan.PlanQueries;
import jp.bansou.schedule.ScheduleEvent;
import jp.bansou.schedule.ScheduleQueries;
import jp.bansou.support.BansouSpringTest;
import jp.bansou.support.DemoUsers;
import jp.bansou.support.Html;
import jp.bansou.support.SeedItems;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

/** The schedule's pages: the year grid, month calendar and list, the event form, mark done with htmx, kinds. */
@BansouSpringTest
@Transactional
class SchedulePagesTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired ScheduleQueries schedule;
    @Autowired PlanQueries plan;
    @Autowired OrganizationQueries organization;
    @Autowired ActivityQueries activities;

    private DemoUsers demo;
    private SeedItems seed;
    private long association;

    @BeforeEach
    void setUp() {
        demo = new DemoUsers(users);
        seed = new SeedItems(plan, organization);
        association = seed.associationId();
    }

    @Test
    void addsAnEventFromTheFormAndShowsItInTheGridOfItsAreaAndMonthOverdue() throws Exception {
        long area = schedule.areas(association).get(1).id();
        MvcResult saved = mvc.perform(post("/schedule/events").with(csrf()).with(demo.as("kawamoto"))
                .param("fy", "2022").param("areaId", String.valueOf(area)).param("kindId", kind("セミナー"))
                .param("title", "人材活用セミナー").param("timing", "MONTH").param("month", "2022-06")
                .param("place", "本所").param("holders", "s" + staffId("河本"))
                .param("itemIds", String.valueOf(seed.row("人材活用セミナー開催", SeedItems.FY2022).itemId())))
                .andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/schedule?fy=2022");

        Document grid = page("/schedule?fy=2022", "kawamoto");
        assertThat(grid.select("h1 small").text()).isEqualTo("令和4年度");
        assertThat(grid.select("thead th").eachText()).startsWith("事業", "4月", "5月").endsWith("3月");
        Element row = grid.selectFirst("tr.area-row[data-area=" + area + "]");
        Element event = row.selectFirst("td[data-month=2022-06] .event");
        assertThat(event.select(".title").text()).isEqualTo("人材活用セミナー");
        assertThat(event.hasClass("overdue")).isTrue();
        assertThat(event.select(".overdue-mark").text()).isEqualTo("期限超過");
        assertThat(grid.select(".overdue-count").text()).contains("1件");
        assertThat(grid.select("header nav a").eachText()).contains("スケジュール");
    }

    @Test
    void entersAQuarterlyPlanOnceAndListsFourEvents() throws Exception {
        mvc.perform(post("/schedule/events").with(csrf()).with(demo.as("kawamoto")).param("fy", "2022")
                .param("areaId", String.valueOf(schedule.areas(association).get(0).id()))
                .param("kindId", kind("景況調査")).param("title", "景況調査").param("timing", "RECURRING")
                .param("recurrence", "quarterly: 4,7,10,1月")).andExpect(status().is3xxRedirection());

        Document list = page("/schedule/list?fy=2022", "viewer");
        assertThat(list.select("tr.event-row td:first-child").eachText())
                .containsExactly("2022年4月", "2022年7月", "2022年10月", "2023年1月");
        assertThat(list.select("details.mark-done")).isEmpty();
    }

    @Test
    void namesTheMissingFieldsInJapanese() throws Exception {
        Document page = Html.parse(mvc.perform(post("/schedule/events").with(csrf()).with(demo.as("kawamoto"))
                .param("fy", "2022").param("title", " ").param("timing", "RECURRING").param("recurrence", "weekly"))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select(".field-error").eachText())
                .contains("事業を選んでください", "種別を選んでください", "件名を入力してください");
        assertThat(schedule.events(association, SeedItems.FY2022)).isEmpty();
    }

    @Test
    void namesAMonthItCannotRead() throws Exception {
        Document page = Html.parse(mvc.perform(post("/schedule/events").with(csrf()).with(demo.as("kawamoto"))
                .param("fy", "2022").param("areaId", String.valueOf(schedule.areas(association).get(0).id()))
                .param("kindId", kind("委員会")).param("title", "委員会").param("timing", "MONTH").param("month", "6月"))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select(".field-error").eachText()).contains("予定月を 2022-06 の形で入力してください");
    }

    @Test
    void refusesViewersToSave() throws Exception {
        mvc.perform(post("/schedule/events").with(csrf()).with(demo.as("viewer")).param("fy", "2022")
                .param("areaId", String.valueOf(schedule.areas(association).get(0).id())).param("kindId", kind("委員会"))
                .param("title", "委員会").param("timing", "MONTH").param("month", "2022-08"))
                .andExpect(status().isForbidden());
    }

    @Test
    void marksASeminarDoneFromTheGridWithHtmxAndTheItemCountsIt() throws Exception {
        BigDecimal before = seed.row("人材活用セミナー開催", SeedItems.FY2022).actual();
        long id = addSeminar();
        String category = String.valueOf(activities.categories(association).stream()
                .filter(c -> c.name().equals("人材育成")).findFirst().orElseThrow().id());

        Document chip = Html.parse(mvc.perform(post("/schedule/events/" + id + "/done").with(csrf())
                .with(demo.as("kawamoto")).header("HX-Request", "true").param("date", "2022-06-20")
                .param("participants", "18").param("categoryId", category)).andExpect(status().isOk()).andReturn());

        assertThat(chip.select(".event .status").text()).isEqualTo("実施済");
        assertThat(chip.select(".event .held").text()).isEqualTo("実施日 2022-06-20");
        assertThat(chip.select(".event a.record").attr("href")).startsWith("/activities?fy=2022&record=");
        assertThat(chip.select(".event a.record").text()).matches("活動記録 #\\d+");
        assertThat(chip.select("header.app-header")).isEmpty();
        assertThat(chip.select("#overdue-count[hx-swap-oob=true]")).hasSize(1);
        assertThat(chip.select("#overdue-count .overdue-count")).isEmpty();
        assertThat(seed.row("人材活用セミナー開催", SeedItems.FY2022).actual())
                .isEqualByComparingTo(before.add(BigDecimal.ONE));
    }

    @Test
    void saysWhyAnEventCannotBeMarkedDone() throws Exception {
        long id = addSeminar();
        Document chip = Html.parse(mvc.perform(post("/schedule/events/" + id + "/done").with(csrf())
                .with(demo.as("kawamoto")).header("HX-Request", "true").param("date", "2999-01-01"))
                .andExpect(status().isOk()).andReturn());
        assertThat(chip.select(".event .flash.error").text()).isEqualTo("実施日に未来の日付は入力できません");
        assertThat(chip.select(".event .status").text()).isEqualTo("予定");
        assertThat(chip.select("#overdue-count .overdue-count").text()).contains("1件");
    }

    @Test
    void showsTheMonthCalendarAndEditsAnEvent() throws Exception {
        long id = addSeminar();
        Document month = page("/schedule/month?month=2022-06", "kawamoto");
        assertThat(month.select(".whole-month .event .title").text()).isEqualTo("人材活用セミナー");
        assertThat(month.select("h1 small").eachText()).containsExactly("2022年6月", "令和4年度");
        assertThat(month.select("table.month-calendar thead th").eachText()).containsExactly("月", "火", "水", "木",
                "金", "土", "日");

        ScheduleEvent event = schedule.event(association, id).orElseThrow();
        mvc.perform(post("/schedule/events/" + id).with(csrf()).with(demo.as("kawamoto"))
                .param("areaId", String.valueOf(event.areaId())).param("kindId", String.valueOf(event.kindId()))
                .param("title", "人材活用セミナー（第1回）").param("timing", "DAYS").param("from", "2022-06-14")
                .param("to", "2022-06-15")).andExpect(status().is3xxRedirection());
        Document calendar = page("/schedule/month?month=2022-06", "kawamoto");
        assertThat(calendar.select("td[data-date=2022-06-14] .event .title").text()).isEqualTo("人材活用セミナー（第1回）");
        assertThat(calendar.select("td[data-date=2022-06-15] .event")).hasSize(1);
        Document edit = page("/schedule/events/" + id, "kawamoto");
        assertThat(edit.select("input[name=title]").val()).isEqualTo("人材活用セミナー（第1回）");
        assertThat(edit.select(".event-status select[name=categoryId] option").eachText()).contains("人材育成");
    }

    @Test
    void letsAdminsAddAKind() throws Exception {
        mvc.perform(post("/admin/schedule-kinds").with(csrf()).with(demo.as("admin")).param("name", "研修会")
                .param("activityKind", "情報交換会")).andExpect(status().is3xxRedirection());
        Document page = page("/admin/schedule-kinds", "admin");
        assertThat(page.select("tr.kind td:first-child").eachText()).contains("セミナー", "研修会");
        mvc.perform(get("/admin/schedule-kinds").with(demo.as("kawamoto"))).andExpect(status().isForbidden());
    }

    private long addSeminar() throws Exception {
        mvc.perform(post("/schedule/events").with(csrf()).with(demo.as("kawamoto")).param("fy", "2022")
                .param("areaId", String.valueOf(schedule.areas(association).get(0).id()))
                .param("kindId", kind("セミナー")).param("title", "人材活用セミナー").param("timing", "MONTH")
                .param("month", "2022-06").param("holders", "s" + staffId("河本")))
                .andExpect(status().is3xxRedirection());
        List<ScheduleEvent> events = schedule.events(association, SeedItems.FY2022);
        return events.get(events.size() - 1).id();
    }

    private Document page(String url, String user) throws Exception {
        return Html.parse(mvc.perform(get(url).with(demo.as(user))).andExpect(status().isOk()).andReturn());
    }

    private String kind(String name) {
        return String.valueOf(schedule.kinds(association).stream().filter(k -> k.name().equals(name)).findFirst()
                .orElseThrow().id());
    }

    private long staffId(String name) {
        return organization.staffMembers(association).stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow().id();
    }
}
