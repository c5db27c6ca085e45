package jp.bansou.publication.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.period.Period;
import jp.bansou.period.PeriodKind;
import jp.bansou.period.PeriodLocks;
import jp.bansou.publication.PublicationService;
import jp.bansou.support.BansouSpringTest;
import jp.bansou.support.Html;
import jp.bansou.support.LoggedIn;
import jp.bansou.support.SeedItems;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public page and CSV of a published year carry the evaluation committee's opinions and
 * improvements (due date, status) without any staff or committee member's name; nothing before publication.
 */
@BansouSpringTest
@Transactional
class PublicEvaluationTest {

    @Autowired MockMvc mvc;
    @Autowired PublicationService publication;
    @Autowired PeriodLocks locks;
    @Autowired OrganizationQueries organization;
    @Autowired UserDetailsService users;

    @AfterEach
    void logOut() {
        LoggedIn.logOut();
    }

    @Test
    void showsOpinionsAndImprovementsWithoutNames() throws Exception {
        mvc.perform(get("/public/kure-koiki/2021")).andExpect(status().isNotFound());
        BansouUser admin = new LoggedIn(users).as("admin");
        locks.close(admin, Period.of(SeedItems.FY2021, PeriodKind.YEAR));
        publication.publish(admin, SeedItems.FY2021);
        LoggedIn.logOut();

        var page = Html.parse(mvc.perform(get("/public/kure-koiki/2021")).andExpect(status().isOk()).andReturn());
        assertThat(page.select(".public-opinion .opinion").eachText())
                .contains("財務分析は目標を上回った。分析結果を事業計画の策定につなげる支援を強化されたい。");
        assertThat(page.select(".public-improvement .text").eachText())
                .contains("分析した事業所のうち計画策定に至らなかった先を四半期ごとに点検する");
        assertThat(page.select(".public-improvement .status").eachText()).contains("対応中");
        assertThat(page.select(".public-improvement").text()).contains("2022-09-30");
        String all = page.text();
        organization.staffMembers(organization.associationIdByCode("kure-koiki").orElseThrow())
                .forEach(s -> assertThat(all).doesNotContain(s.name()));
        assertThat(all).doesNotContain("各指導員", "山田 一郎", "管理者");

        String csv = new String(mvc.perform(get("/public/kure-koiki/2021/csv")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).contains("\r\n\r\n事業,評価委員会の意見\r\n", "財務分析は目標を上回った。",
                "事業,項目,見直し・改善事項,期限,状況,完了日\r\n", "2022-09-30,対応中,");
        assertThat(csv).doesNotContain("各指導員", "山田 一郎");
    }
}
