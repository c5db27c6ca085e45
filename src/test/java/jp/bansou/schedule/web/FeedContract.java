package jp.bansou.schedule.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.net.URI;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.organization.RoleHolder;
import jp.bansou.plan.PlanQueries;
import jp.bansou.schedule.EventDraft;
import jp.bansou.schedule.PlannedWhen;
import jp.bansou.schedule.ScheduleQueries;
import jp.bansou.schedule.ScheduleService;
import jp.bansou.support.DemoUsers;
import jp.bansou.support.Html;
import jp.bansou.support.LoggedIn;
import jp.bansou.support.SeedItems;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

/**
 * The iCalendar feeds on H2 and PostgreSQL (the subclasses): read without a login through the secret
 * link the feed page shows, parsed with ical4j; the person's feed holds their events (in person or
 * through a group); after renewal the old link answers 404.
 */
@Transactional
abstract class FeedContract {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired ScheduleService schedule;
    @Autowired ScheduleQueries queries;
    @Autowired PlanQueries plan;
    @Autowired OrganizationQueries organization;

    DemoUsers demo;
    long association;
    BansouUser kawamoto;

    @BeforeEach
    void setUp() {
        demo = new DemoUsers(users);
        association = new SeedItems(plan, organization).associationId();
        kawamoto = new LoggedIn(users).as("kawamoto");
        add("指導員会議", RoleHolder.group(organization.groups(association).stream()
                .filter(g -> g.name().equals("各指導員")).findFirst().orElseThrow().id()));
        add("正副会長会議", RoleHolder.group(organization.groups(association).stream()
                .filter(g -> g.name().equals("正副会長")).findFirst().orElseThrow().id()));
        LoggedIn.logOut();
    }

    @AfterEach
    void logOut() {
        LoggedIn.logOut();
    }

    @Test
    void theAssociationFeedParsesWithIcal4jWithoutALogin() throws Exception {
        MvcResult result = mvc.perform(get(path(feedUrl("kawamoto", "association-feed"))))
                .andExpect(status().isOk()).andReturn();

        assertThat(result.getResponse().getContentType()).startsWith("text/calendar");
        Calendar calendar = parse(result);
        assertThat(summaries(calendar)).contains("指導員会議", "正副会長会議");
        assertThat(calendar.getProperty(Property.VERSION).map(p -> ((Property) p).getValue())).hasValue("2.0");
    }

    @Test
    void thePersonalFeedHoldsTheEventsOfTheirGroupsOnly() throws Exception {
        Calendar calendar = parse(mvc.perform(get(path(feedUrl("kawamoto", "mine-feed"))))
                .andExpect(status().isOk()).andReturn());
        assertThat(summaries(calendar)).contains("指導員会議").doesNotContain("正副会長会議");
    }

    @Test
    void refusesTheOldLinkAfterRenewalAndAnUnknownOne() throws Exception {
        String old = path(feedUrl("kawamoto", "association-feed"));
        mvc.perform(post("/schedule/feed/renew").with(csrf()).with(demo.as("kawamoto")))
                .andExpect(status().is3xxRedirection());
        String renewed = path(feedUrl("kawamoto", "association-feed"));

        assertThat(renewed).isNotEqualTo(old);
        mvc.perform(get(old)).andExpect(status().isNotFound());
        mvc.perform(get(renewed)).andExpect(status().isOk());
        mvc.perform(get("/calendar/not-a-token/association.ics")).andExpect(status().isNotFound());
    }

    @Test
    void eachLoginHasItsOwnLinkAndTheSameOneUntilRenewed() throws Exception {
        String first = feedUrl("kawamoto", "association-feed");
        assertThat(feedUrl("kawamoto", "association-feed")).isEqualTo(first);
        assertThat(feedUrl("admin", "association-feed")).isNotEqualTo(first);
        assertThat(Html.parse(mvc.perform(get("/schedule/feed").with(demo.as("admin"))).andReturn())
                .select(".mine-feed")).isEmpty();
    }

    private void add(String title, RoleHolder holder) {
        schedule.add(kawamoto, new EventDraft(queries.areas(association).get(0).id(), queries.kinds(association).get(3).id(),
                title, PlannedWhen.month(YearMonth.of(2022, 9)), "本所", List.of(holder), Set.of(), null));
    }

    private String feedUrl(String user, String field) throws Exception {
        return Html.parse(mvc.perform(get("/schedule/feed").with(demo.as(user))).andExpect(status().isOk()).andReturn())
                .select("input." + field).val();
    }

    private static String path(String url) {
        return URI.create(url).getPath();
    }

    private static Calendar parse(MvcResult result) throws Exception {
        return new CalendarBuilder().build(new StringReader(result.getResponse().getContentAsString()));
    }

    private static List<String> summaries(Calendar calendar) {
        return calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .map(e -> e.getProperty(Property.SUMMARY).map(p -> ((Property) p).getValue()).orElseThrow()).toList();
    }
}
