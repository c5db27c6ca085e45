package jp.bansou.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.plan.ItemYearDetail;
import jp.bansou.plan.PlanQueries;
import jp.bansou.support.BansouSpringTest;
import jp.bansou.support.DemoUsers;
import jp.bansou.support.Html;
import jp.bansou.support.SeedItems;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

/** Saving the item page: split warnings, refused stale saves, targets typed over derived ones. */
@BansouSpringTest
@Transactional
class ItemSaveTest {

    private static final List<String> DISTRICTS = List.of("音戸", "倉橋", "川尻", "安浦", "安芸灘", "本所");

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired PlanQueries plan;
    @Autowired OrganizationQueries organization;
    @Autowired MessageSource messages;

    private SeedItems seed;
    private ItemPage pages;

    @BeforeEach
    void setUp() {
        seed = new SeedItems(plan, organization);
        pages = new ItemPage(mvc, new DemoUsers(users));
    }

    @Test
    void savesASplitThatDoesNotAddUpAndWarns() throws Exception {
        long id = seed.itemYearId("財務分析数", SeedItems.FY2021);
        ItemFormParams form = ItemFormParams.of(seed.detail(id)).set("actual", "100");
        DISTRICTS.forEach(d -> form.district(seed.districtId(d), ""));
        form.district(seed.districtId("音戸"), "40").district(seed.districtId("本所"), "50");

        Document page = pages.afterRedirect(saved(form, id, "sasaki"), "sasaki");

        assertThat(page.select(".flash.warning").text()).isEqualTo("地区別実績の合計が実績と一致しません");
        ItemYearDetail stored = seed.detail(id);
        assertThat(stored.actual()).isEqualByComparingTo("100");
        assertThat(stored.districtActuals().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("90");
    }

    @Test
    void refusesStaleSaveAndShowsTheCurrentValuesBesideTheRejectedOnes() throws Exception {
        long id = seed.itemYearId("財務分析数", SeedItems.FY2021);
        ItemYearDetail loaded = seed.detail(id);
        saved(ItemFormParams.of(loaded).set("actual", "130").set("note", "先に保存"), id, "sasaki");

        Document page = Html.parse(pages.save(ItemFormParams.of(loaded).set("actual", "125").set("note", "後から保存"),
                "kawamoto").andExpect(status().isOk()).andReturn());

        assertThat(page.select(".flash.error").text())
                .contains(messages.getMessage("item.stale", null, Locale.JAPANESE));
        assertThat(page.select("#actual").val()).isEqualTo("130");
        assertThat(page.select("#note").text()).isEqualTo("先に保存");
        assertThat(page.select("table.rejected").text()).contains("125", "後から保存");
        assertThat(seed.detail(id).actual()).isEqualByComparingTo("130");
        assertThat(seed.detail(id).note()).isEqualTo("先に保存");
    }

    @Test
    void keepsATargetTypedOverAHeadcountDerivedOne() throws Exception {
        long id = seed.itemYearId("巡回相談件数", SeedItems.FY2021);
        assertThat(seed.detail(id).derivation()).isNotNull();

        Document page = pages.afterRedirect(
                saved(ItemFormParams.of(seed.detail(id)).set("target", "3500"), id, "sasaki"), "sasaki");

        assertThat(page.select("#target").val()).isEqualTo("3500");
        assertThat(page.select(".field:has(#target) .hint")).isEmpty();
        assertThat(seed.detail(id).derivation()).isNull();
        assertThat(seed.row("巡回相談件数", SeedItems.FY2021).target().format()).isEqualTo("3,500件");
        assertThat(seed.row("巡回相談件数", SeedItems.FY2021).derivation()).isNull();
    }

    private MvcResult saved(ItemFormParams form, long id, String username) throws Exception {
        return pages.save(form, username).andExpect(redirectedUrl("/items/" + id)).andReturn();
    }
}
