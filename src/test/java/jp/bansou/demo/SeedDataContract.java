package jp.bansou.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.bansou.membership.MembersTable;
import jp.bansou.membership.MembershipQueries;
import jp.bansou.organization.District;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.organization.OrganizationService;
import jp.bansou.organization.StaffKind;
import jp.bansou.plan.AreaBlock;
import jp.bansou.plan.FiveYearProgress;
import jp.bansou.plan.FiveYearQueries;
import jp.bansou.plan.PlanQueries;
import jp.bansou.plan.TargetRow;
import jp.bansou.plan.TargetTable;
import jp.bansou.shared.FiscalYear;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seed association as the demo installation loads it, checked against the sheet; run on H2 and
 * on PostgreSQL by the subclasses, so migrations, loader and queries behave the same on both.
 */
@Transactional
abstract class SeedDataContract {

    static final FiscalYear FY2021 = FiscalYear.of(2021);
    static final FiscalYear FY2022 = FiscalYear.of(2022);

    @Autowired OrganizationQueries organization;
    @Autowired OrganizationService organizationService;
    @Autowired PlanQueries plan;
    @Autowired FiveYearQueries fiveYear;
    @Autowired MembershipQueries membership;
    @Autowired Flyway flyway;
    @Autowired MockMvc mvc;

    long association() {
        return organization.associationIdByCode("kure-koiki").orElseThrow();
    }

    Map<String, TargetRow> rows(FiscalYear year) {
        return plan.targetTable(association(), year).areas().stream().flatMap(a -> a.rows().stream())
                .collect(Collectors.toMap(TargetRow::name, Function.identity()));
    }

    Map<String, BigDecimal> splitByName(TargetRow row) {
        return organization.districts(association()).stream().filter(d -> row.districtActuals().containsKey(d.id()))
                .collect(Collectors.toMap(District::name, d -> row.districtActuals().get(d.id())));
    }

    @Test
    void appliesEveryMigration() {
        assertThat(flyway.info().applied()).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(m -> assertThat(m.getState().isApplied()).isTrue());
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void loadsDistrictsInDisplayOrder() {
        assertThat(organization.districts(association())).extracting(District::name)
                .containsExactly("音戸", "倉橋", "川尻", "安浦", "安芸灘", "本所");
    }

    @Test
    void holdsEveryRowOfTheSheetInItsAreas() {
        TargetTable table = plan.targetTable(association(), FY2021);
        assertThat(table.itemCount()).isEqualTo(SeedAssociation.readSheet().size()).isEqualTo(63);
        assertThat(table.areas()).extracting(AreaBlock::name).containsExactly("地域経済動向調査", "経営状況分析",
                "事業計画策定支援", "ひとつづくり支援", "事業計画実施支援", "需要動向調査", "新規需要開拓", "地域経済活性化",
                "経営指導員資質向上に関すること", "事業の評価及び見直しに関すること", "中長期目標 (5年間)");
        assertThat(table.areas().get(5).subHeading()).isEqualTo("ものづくり支援");
        assertThat(table.areas().get(5).guidelineLabel()).isEqualTo("指針③");
    }

    @Test
    void everyRowMatchesTheCleanedSheet() {
        Map<String, TargetRow> rows = rows(FY2021);
        for (SheetRow sheet : SeedAssociation.readSheet()) {
            TargetRow row = rows.get(sheet.name());
            assertThat(row).as(sheet.name()).isNotNull();
            assertThat(row.actual()).as(sheet.name()).isEqualByComparingTo(sheet.actual());
            assertThat(row.grade()).as(sheet.name()).isEqualTo(sheet.grade().isEmpty() ? null : sheet.grade());
            assertThat(row.reviewer()).as(sheet.name()).isEqualTo(sheet.reviewer());
            assertThat(row.lead()).as(sheet.name()).isEqualTo(sheet.lead());
            assertThat(String.join("、", row.deputies())).as(sheet.name()).isEqualTo(sheet.deputies());
            for (int i = 0; i < SeedAssociation.DISTRICTS.size(); i++) {
                String value = sheet.districts().get(i);
                BigDecimal stored = splitByName(row).get(SeedAssociation.DISTRICTS.get(i));
                if (value.isEmpty()) {
                    assertThat(stored).as(sheet.name() + " " + i).isNull();
                } else {
                    assertThat(stored).as(sheet.name() + " " + i).isEqualByComparingTo(value);
                }
            }
        }
    }

    @Test
    void showsTheSheetsFiguresForFy2021() {
        Map<String, TargetRow> rows = rows(FY2021);
        TargetRow finance = rows.get("財務分析数");
        assertThat(finance.target().format()).isEqualTo("108件");
        assertThat(finance.actualText()).isEqualTo("123");
        assertThat(finance.grade()).isEqualTo("A");
        assertThat(splitByName(finance)).containsExactlyInAnyOrderEntriesOf(Map.of("音戸", new BigDecimal("1.0"),
                "倉橋", new BigDecimal("20.0"), "川尻", new BigDecimal("21.0"), "安浦", new BigDecimal("27.0"),
                "安芸灘", new BigDecimal("9.0"), "本所", new BigDecimal("45.0")));
        assertThat(rows.get("記帳継続企業数").target().format()).isEqualTo("120事業者以上");
        assertThat(rows.get("金融相談企業数").grade()).isEqualTo("C");
        assertThat(rows.get("ウェブ研修").target().format()).isEqualTo("34.5点以上");
        assertThat(rows.get("巡回相談件数").actualText()).isEqualTo("3,035");
        assertThat(rows.get("窓口相談件数").actualText()).isEqualTo("7,116");
        assertThat(rows.get("巡回・窓口相談件数(合計)").target().format()).isEqualTo("6,600件");
        assertThat(rows.get("体験型メニュー「遊ぶ」「泊まる」を紹介").deputies())
                .containsExactly("井川", "歴数", "古川", "鏡亀", "菊池");
        assertThat(rows.get("企業の健康診断(財務分析)実施提供件数").lead()).isEqualTo("記帳担当");
        assertThat(rows.get("フォローアップ支援総数").note()).isEqualTo("経営CSVより抽出");
        assertThat(rows.get("経営革新支援").subItem()).isTrue();
    }

    @Test
    void derivesHeadcountTargetsAndShowsHow() {
        Map<String, TargetRow> rows = rows(FY2021);
        assertThat(rows.get("巡回相談件数").target().format()).isEqualTo("3,600件");
        assertThat(rows.get("巡回相談件数").derivation()).isEqualTo("各指導員9名×400件 = 3,600件（+補助員+記帳）");
        assertThat(rows.get("窓口相談件数").target().format()).isEqualTo("3,000件以上");
        assertThat(rows.get("財務分析数").derivation()).isEqualTo("各指導員9名×12件 = 108件");
        assertThat(rows.get("企業分析登録数").target().format()).isEqualTo("45事業者以上");
        assertThat(rows.get("創業相談件数").target().format()).isEqualTo("27回以上");
        assertThat(rows.get("経営革新計画策定数").target().format()).isEqualTo("9件");
        assertThat(rows.get("経営計画支援フォローアップ支援者数").target().format()).isEqualTo("108社");
    }

    @Test
    void recomputesDerivedTargetsWhenTheHeadcountChanges() {
        organizationService.addStaffMember(association(), "新人", StaffKind.ADVISOR, LocalDate.of(2022, 4, 1));
        assertThat(rows(FY2022).get("巡回相談件数").target().format()).isEqualTo("4,000件");
        assertThat(rows(FY2022).get("巡回相談件数").derivation()).startsWith("各指導員10名×400件 = 4,000件");
        assertThat(rows(FY2022).get("窓口相談件数").target().format()).isEqualTo("3,300件以上");
        assertThat(rows(FY2021).get("巡回相談件数").target().format()).isEqualTo("3,600件");
    }

    @Test
    void carriesTargetsAndRolesIntoFy2022AndCountsOnlyTheRuleItems() {
        Map<String, TargetRow> fy2021 = rows(FY2021);
        Map<String, TargetRow> fy2022 = rows(FY2022);
        assertThat(fy2022).hasSameSizeAs(fy2021);
        fy2022.forEach((name, row) -> {
            assertThat(row.target()).as(name).isEqualTo(fy2021.get(name).target());
            assertThat(row.lead()).as(name).isEqualTo(fy2021.get(name).lead());
            assertThat(row.grade()).as(name).isNull();
            assertThat(row.actual() != null).as(name).isEqualTo(row.actualCounted());
        });
        assertThat(fy2021.values()).noneMatch(TargetRow::actualCounted);
        assertThat(fy2022.get("勉強会開催数").actual()).isNull();
        assertThat(plan.yearsWithTable(association())).containsExactly(FY2021, FY2022);
    }

    @Test
    void countsTheSampleRecordsOfFy2022IntoTheTable() {
        Map<String, TargetRow> rows = rows(FY2022);
        TargetRow finance = rows.get("財務分析数");
        assertThat(finance.actual()).isEqualByComparingTo("110");
        for (String same : List.of("定性分析数", "事業計画策定数", "企業分析登録数")) {
            assertThat(rows.get(same).actual()).as(same).isEqualByComparingTo(finance.actual());
            assertThat(rows.get(same).districtActuals()).as(same).isEqualTo(finance.districtActuals());
        }
        assertThat(rows.get("巡回・窓口相談件数(合計)").actual())
                .isEqualByComparingTo(rows.get("巡回相談件数").actual().add(rows.get("窓口相談件数").actual()));
        for (TargetRow row : rows.values()) {
            if (row.actual() != null && row.hasSplit()) {
                assertThat(row.splitDiffersFromTotal()).as(row.name()).isFalse();
            }
        }
        assertThat(rows.get("経営革新支援").actual()).isLessThanOrEqualTo(rows.get("フォローアップ支援総数").actual());
    }

    @Test
    void computesMembersDifferenceSharesAndOrganisationRate() {
        MembersTable table = membership.membersTable(association(), FY2021);
        assertThat(table.totalMembers()).isEqualTo(1146);
        assertThat(table.previousTotalMembers()).isEqualTo(1164);
        assertThat(table.differenceText()).isEqualTo("-18");
        assertThat(table.districts()).extracting(d -> d.shareText())
                .containsExactly("16.2%", "19.4%", "17.0%", "22.4%", "20.3%", "4.6%");
        assertThat(table.districts()).extracting(d -> d.differenceText())
                .containsExactly("+1", "+6", "-1", "-11", "-2", "-11");
        assertThat(table.organisationRateText()).isEqualTo("60.3%");
        assertThat(table.businesses()).isEqualTo(1899);
        assertThat(table.smallBusinesses()).isEqualTo(1707);
    }

    @Test
    void computesFiveYearProgressFromAnnualActuals() {
        List<FiveYearProgress> progress = fiveYear.progress(association(), FY2022);
        assertThat(progress).extracting(FiveYearProgress::progressText)
                .containsExactly("98%", "173%", "313%", "210%", "123%", "111%");
        assertThat(progress.get(0).summary()).isEqualTo("5年累計 39 / 40 = 98%");
        assertThat(progress.get(5).summary()).isEqualTo("毎年 333 / 300 = 111%");
    }

    @Test
    void apiReturnsTheTableWithDistrictsByName() throws Exception {
        mvc.perform(get("/api/v1/target-table").param("fy", "2021").with(httpBasic("viewer", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.label").value("令和3年度"))
                .andExpect(jsonPath("$.items.length()").value(63))
                .andExpect(jsonPath("$.items[?(@.name == '財務分析数')].districts.本所").value(45))
                .andExpect(jsonPath("$.items[?(@.name == '財務分析数')].target").value(108))
                .andExpect(jsonPath("$.items[?(@.name == 'ウェブ研修')].target").value(34.5))
                .andExpect(jsonPath("$.items[?(@.name == 'ウェブ研修')].comparator").value("AT_LEAST"))
                .andExpect(jsonPath("$.items[?(@.name == '記帳継続企業数')].grade").value("B"))
                .andExpect(jsonPath("$.items[?(@.name == '体験型メニュー「遊ぶ」「泊まる」を紹介')].lead").value("大石"));
    }
}
