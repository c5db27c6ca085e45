package jp.bansou.progress.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.bansou.organization.OrganizationQueries;
import jp.bansou.plan.PlanQueries;
import jp.bansou.support.BansouSpringTest;
import jp.bansou.support.DemoUsers;
import jp.bansou.support.Html;
import jp.bansou.support.SeedItems;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The target table page lays out the seed's FY2021 sheet as the association prints it, with the
 * achievement rate, decided or proposed grades and the half years of counted items.
 */
@BansouSpringTest
class TargetTablePageTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired PlanQueries plan;
    @Autowired OrganizationQueries organization;

    @Test
    void putsTheDistrictsInTheSheetsColumnOrder() throws Exception {
        assertThat(page(2021).select("table.target-table thead tr:nth-of-type(2) th").eachText())
                .containsExactly("音戸", "倉橋", "川尻", "安浦", "安芸灘", "本所");
    }

    @Test
    void showsTheSheetsTargetsAndActuals() throws Exception {
        Document page = page(2021);
        assertThat(cell(page, "巡回相談件数", "actual")).isEqualTo("3,035");
        assertThat(cell(page, "窓口相談件数", "actual")).isEqualTo("7,116");
        assertThat(cell(page, "窓口相談件数", "target")).isEqualTo("3,000件以上");
        assertThat(cell(page, "巡回・窓口相談件数(合計)", "target")).isEqualTo("6,600件");
        assertThat(cell(page, "企業分析登録数", "target")).isEqualTo("45事業者以上");
        assertThat(cell(page, "ウェブ研修", "target")).isEqualTo("34.5点以上");
    }

    @Test
    void explainsAHeadcountTargetUnderTheItem() throws Exception {
        assertThat(row(page(2021), "巡回相談件数").select(".derivation").text())
                .isEqualTo("各指導員9名×400件 = 3,600件（+補助員+記帳）");
    }

    @Test
    void spreadsANoteWithoutSplitAcrossTheDistrictColumns() throws Exception {
        Element row = row(page(2021), "フォローアップ支援総数");
        assertThat(row.select("td.note-span").attr("colspan")).isEqualTo("6");
        assertThat(row.select("td.note-span").text()).isEqualTo("経営CSVより抽出");
        assertThat(row.select("td.district")).isEmpty();
    }

    @Test
    void mergesTheAreaCellOverItsRowsWithGuidelineAndSubHeading() throws Exception {
        int rows = new SeedItems(plan, organization).area("需要動向調査", SeedItems.FY2021).rows().size();
        Element area = page(2021).select("th.area").stream()
                .filter(a -> a.child(0).text().equals("需要動向調査")).findFirst().orElseThrow();
        assertThat(area.attr("rowspan")).isEqualTo(Integer.toString(rows));
        assertThat(area.select(".guideline").text()).isEqualTo("(指針③)");
        assertThat(area.select(".sub-heading").text()).isEqualTo("ものづくり支援");
    }

    @Test
    void showsTheAchievementRateBesideTheDecidedGrade() throws Exception {
        Element finance = row(page(2021), "財務分析数");
        assertThat(finance.select("td.grade .grade-mark").text()).isEqualTo("A");
        assertThat(finance.select("td.grade .grade-mark").attr("data-grade")).isEqualTo("A");
        assertThat(finance.select("td.rate").text()).isEqualTo("113.9%");
        assertThat(finance.select("td.grade .grade-override")).isEmpty();
        assertThat(cell(page(2021), "金融相談企業数", "rate")).isEqualTo("80.0%");
    }

    @Test
    void marksADecisionThatDiffersFromItsProposalWithTheReason() throws Exception {
        Element bookkeeping = row(page(2021), "記帳継続企業数");
        assertThat(bookkeeping.select("td.grade .grade-mark").text()).isEqualTo("B");
        assertThat(bookkeeping.select("td.grade .grade-override").attr("title"))
                .isEqualTo("提案A → 決定B: 令和3年度目標管理表の評価を移行");
    }

    @Test
    void showsAProposalNobodyHasDecidedInBrackets() throws Exception {
        Element row = row(page(2022), "勉強会開催数");
        assertThat(row.select("td.grade .grade-proposed").text()).isEqualTo("(C)");
        assertThat(row.select("td.grade .grade-mark")).isEmpty();
        assertThat(row.select("td.rate").text()).isEmpty();
    }

    @Test
    void putsTheHalfYearsOfCountedItemsBeforeTheYearsActual() throws Exception {
        Document page = page(2022);
        assertThat(page.select("table.target-table thead tr:first-of-type th").eachText())
                .containsSubsequence("目標", "達成状況", "達成率", "上期", "下期", "実績", "地区別実績");
        Element finance = row(page, "財務分析数");
        int first = Integer.parseInt(finance.select("td.first-half").text().replace(",", ""));
        int second = Integer.parseInt(finance.select("td.second-half").text().replace(",", ""));
        assertThat(Integer.toString(first + second)).isEqualTo(finance.select("td.actual").text().replace(",", ""));
        Element typedIn = row(page, "ホームページ公開");
        assertThat(typedIn.select("td.first-half").text()).isEmpty();
        assertThat(typedIn.select("td.second-half").text()).isEmpty();
        assertThat(row(page(2021), "財務分析数").select("td.first-half").text()).isEmpty();
    }

    @Test
    void namesTheYearByItsEraInTheHeading() throws Exception {
        assertThat(page(2021).select("h1 .year").text()).isEqualTo("令和3年度");
    }

    @Test
    void answersHtmxWithTheTableAlone() throws Exception {
        String fragment = Html.body(perform(get("/target-table").param("fy", "2021").header("HX-Request", "true")));
        assertThat(fragment).doesNotContain("<html", "<header").contains("id=\"target-table\"", "令和3年度", "3,035");
    }

    @Test
    void opensTheNewestYearByDefault() throws Exception {
        Document page = Html.parse(perform(get("/target-table")));
        assertThat(page.select("h1 .year").text()).isEqualTo("令和4年度");
        assertThat(page.select("select#fy option[selected]").attr("value")).isEqualTo("2022");
    }

    @Test
    void speaksEnglishWhenAsked() throws Exception {
        Document page = Html.parse(perform(get("/target-table").param("fy", "2021").param("lang", "en")));
        assertThat(page.select("h1 .year").text()).isEqualTo("FY2021");
        assertThat(page.select("table.target-table thead th").eachText())
                .contains("Business area", "Item", "Target", "Achievement", "1st half", "2nd half", "Actual",
                        "Actual by district", "Lead")
                .doesNotContain("項目別事項", "実績");
    }

    private Document page(int fy) throws Exception {
        return Html.parse(perform(get("/target-table").param("fy", Integer.toString(fy))));
    }

    private MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(new DemoUsers(users).as("viewer"))).andExpect(status().isOk()).andReturn();
    }

    /** The row of an item by its name, without the うち that marks a sub-item. */
    private static Element row(Document page, String item) {
        return page.select("table.target-table tbody tr").stream()
                .filter(r -> r.select("td.item a span:last-of-type").text().equals(item)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + item));
    }

    private static String cell(Document page, String item, String column) {
        return row(page, item).select("td." + column).text();
    }
}
