package jp.bansou.activity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.bansou.activity.ActivityFixtures;
import jp.bansou.activity.BusinessQueries;
import jp.bansou.activity.DuplicatePair;
import jp.bansou.activity.NewBusiness;
import jp.bansou.activity.internal.ActivityStore;
import jp.bansou.organization.OrganizationService;
import jp.bansou.support.BansouSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

@BansouSpringTest
@Transactional
class DuplicatesTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired ApplicationContext context;
    @Autowired BusinessQueries businesses;
    @Autowired JdbcClient jdbc;

    private Logins logins;
    private ActivityFixtures fixtures;
    private long shortForm;
    private long longForm;
    private long numbered;
    private long sameNumber;

    @BeforeEach
    void plantDuplicates() {
        logins = new Logins(users);
        fixtures = new ActivityFixtures(context);
        shortForm = fixtures.plantBusiness("(株)呉ワン", "音戸", null);
        longForm = fixtures.plantBusiness("株式会社 呉ワン", "音戸", null);
        numbered = fixtures.plantBusiness("倉橋造船", "倉橋", "M-777");
        sameNumber = fixtures.plantBusiness("倉橋造船所", "倉橋", "M-777");
        fixtures.plantBusiness("株式会社 呉ワン", "安浦", null);
        fixtures.plantBusiness("(株)呉ワン", "川尻", "M-1");
        fixtures.plantBusiness("株式会社 呉ワン", "川尻", "M-2");
        fixtures.visit(shortForm, LocalDate.of(2022, 7, 1), "短い表記1");
        fixtures.visit(shortForm, LocalDate.of(2023, 2, 1), "短い表記2");
        fixtures.visit(longForm, LocalDate.of(2022, 8, 1), "長い表記");
    }

    /** Every business row and how many records each has, to compare before and after. */
    private Map<String, Object> snapshot() {
        return Map.of(
                "businesses", jdbc.sql("SELECT id, name, district_id, member_number, status, merged_into_id FROM business "
                        + "ORDER BY id").query().listOfRows(),
                "records", jdbc.sql("SELECT id, business_id, activity_date, kind_id, district_id, note FROM activity_record "
                        + "ORDER BY id").query().listOfRows());
    }

    @Test
    void findsTheSpellingPairAndTheMemberNumberPairOnly() {
        List<DuplicatePair> pairs = businesses.duplicates(fixtures.association());
        assertThat(pairs).extracting(p -> p.first().id(), p -> p.second().id(), DuplicatePair::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(shortForm, longForm, DuplicatePair.Reason.SAME_NAME),
                        org.assertj.core.groups.Tuple.tuple(numbered, sameNumber,
                                DuplicatePair.Reason.SAME_MEMBER_NUMBER));
        assertThat(pairs.get(0).first().records()).isEqualTo(2);
    }

    @Test
    void listsThePairsWithMergeLinksForReviewers() throws Exception {
        mvc.perform(get("/businesses/duplicates").with(logins.as("sasaki")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("(株)呉ワン")))
                .andExpect(content().string(containsString("倉橋造船所")))
                .andExpect(content().string(containsString("会員番号が同じ")))
                .andExpect(content().string(containsString("/businesses/" + longForm + "/merge?duplicate=" + shortForm)));
    }

    @Test
    void confirmsNamingBothBusinessesAndTheRecordsThatMove() throws Exception {
        mvc.perform(get("/businesses/{kept}/merge", longForm).param("duplicate", String.valueOf(shortForm))
                        .with(logins.as("sasaki")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "「(株)呉ワン」の活動記録 2件を「株式会社 呉ワン」に移し、「(株)呉ワン」を統合済みにします。")));
    }

    @Test
    void mergeMovesTheRecordsAndChangesNothingElse() throws Exception {
        Map<String, Object> before = snapshot();
        mvc.perform(post("/businesses/{kept}/merge", longForm).param("duplicate", String.valueOf(shortForm))
                        .with(csrf()).with(logins.as("admin")))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/businesses/duplicates"));
        Map<String, Object> after = snapshot();
        assertThat(businesses.business(fixtures.association(), longForm).orElseThrow().records()).isEqualTo(3);
        assertThat(businesses.business(fixtures.association(), shortForm).orElseThrow().merged()).isTrue();
        assertThat(changedRows(before, after, "records")).allSatisfy(r -> {
            assertThat(r.get("business_id")).isEqualTo(longForm);
            assertThat(r.get("note").toString()).startsWith("短い表記");
        }).hasSize(2);
        assertThat(changedRows(before, after, "businesses")).singleElement().satisfies(b -> {
            assertThat(b.get("id")).isEqualTo(shortForm);
            assertThat(b.get("status")).isEqualTo("MERGED");
            assertThat(b.get("merged_into_id")).isEqualTo(longForm);
        });
        assertThat(businesses.duplicates(fixtures.association())).extracting(DuplicatePair::reason)
                .containsExactly(DuplicatePair.Reason.SAME_MEMBER_NUMBER);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> changedRows(Map<String, Object> before, Map<String, Object> after,
                                                         String table) {
        List<Map<String, Object>> old = (List<Map<String, Object>>) before.get(table);
        List<Map<String, Object>> now = (List<Map<String, Object>>) after.get(table);
        assertThat(now).hasSameSizeAs(old);
        return now.stream().filter(row -> !old.contains(row)).toList();
    }

    @Test
    void forbidsStaffAndViewersToMerge() throws Exception {
        Map<String, Object> before = snapshot();
        for (String user : List.of("kawamoto", "viewer")) {
            mvc.perform(get("/businesses/{kept}/merge", longForm).param("duplicate", String.valueOf(shortForm))
                    .with(logins.as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/businesses/{kept}/merge", longForm).param("duplicate", String.valueOf(shortForm))
                    .with(csrf()).with(logins.as(user))).andExpect(status().isForbidden());
        }
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void doesNotFindAnotherAssociationsBusiness() throws Exception {
        OrganizationService organization = context.getBean(OrganizationService.class);
        long other = organization.createAssociation("other-town", "隣町商工会");
        long district = organization.addDistrict(other, "中央", true);
        long foreign = context.getBean(ActivityStore.class).insertBusiness(other,
                new NewBusiness("株式会社 呉ワン", null, district, false, null, null, null, null));
        Map<String, Object> before = snapshot();
        mvc.perform(get("/businesses/{kept}/merge", longForm).param("duplicate", String.valueOf(foreign))
                .with(logins.as("admin"))).andExpect(status().isNotFound());
        mvc.perform(post("/businesses/{kept}/merge", foreign).param("duplicate", String.valueOf(shortForm))
                .with(csrf()).with(logins.as("admin"))).andExpect(status().isNotFound());
        assertThat(snapshot()).isEqualTo(before);
        assertThat(businesses.duplicates(other)).isEmpty();
    }

    @Test
    void refusesToMergeABusinessWithItself() throws Exception {
        mvc.perform(post("/businesses/{kept}/merge", longForm).param("duplicate", String.valueOf(longForm))
                .with(csrf()).with(logins.as("admin"))).andExpect(status().isBadRequest());
    }
}
