package jp.bansou.report.sheetimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.bansou.audit.AuditFilter;
import jp.bansou.audit.AuditQueries;
import jp.bansou.audit.AuditType;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.organization.OrganizationService;
import jp.bansou.organization.RoleHolder;
import jp.bansou.organization.StaffGroup;
import jp.bansou.organization.StaffMember;
import jp.bansou.organization.UserRole;
import jp.bansou.period.Period;
import jp.bansou.period.PeriodKind;
import jp.bansou.period.PeriodLocks;
import jp.bansou.plan.PlanQueries;
import jp.bansou.plan.TargetRow;
import jp.bansou.report.TargetTableXlsx;
import jp.bansou.shared.FiscalYear;
import jp.bansou.support.LoggedIn;
import jp.bansou.support.SeedItems;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * The import on H2 and PostgreSQL (the subclasses): the demo year exported to .xlsx (and to the CSV
 * template) and imported into a fresh association, or into the same year, gives the same table;
 * line-level errors; nothing stored on any error; an unknown staff name mapped.
 */
@Transactional
abstract class SheetImportContract {

    static final FiscalYear FY2021 = SeedItems.FY2021;

    @Autowired SheetImportService imports;
    @Autowired TargetTableXlsx xlsx;
    @Autowired PlanQueries plan;
    @Autowired OrganizationQueries organization;
    @Autowired OrganizationService organizations;
    @Autowired PeriodLocks locks;
    @Autowired AuditQueries audit;
    @Autowired UserDetailsService users;

    SeedItems seed;
    BansouUser admin;

    @BeforeEach
    void logIn() {
        seed = new SeedItems(plan, organization);
        admin = new LoggedIn(users).as("admin");
    }

    @AfterEach
    void logOut() {
        LoggedIn.logOut();
    }

    @Test
    void exportedWorkbookImportedIntoAFreshAssociationGivesTheSameTable() throws Exception {
        BansouUser fresh = freshAssociationLikeTheDemo("fresh-xlsx");
        SheetTable table = imports.read("目標管理表_令和3年度.xlsx", exported().length, new ByteArrayInputStream(exported()));
        ImportPreview preview = imports.confirm(fresh, FY2021, table, ImportMapping.none());

        assertThat(preview.created()).isEqualTo(63);
        assertThat(TableLines.of(plan.targetTable(fresh.associationId(), FY2021), false))
                .containsExactlyElementsOf(TableLines.of(plan.targetTable(seed.associationId(), FY2021), false));
    }

    @Test
    void exportedWorkbookImportedIntoTheSameYearChangesNothing() throws Exception {
        List<String> before = TableLines.of(plan.targetTable(seed.associationId(), FY2021), true);
        SheetTable table = imports.read("same.xlsx", exported().length, new ByteArrayInputStream(exported()));
        ImportPreview preview = imports.confirm(admin, FY2021, table, ImportMapping.none());

        assertThat(preview.updated()).isEqualTo(63);
        assertThat(preview.created()).isZero();
        assertThat(preview.untouched()).isZero();
        assertThat(TableLines.of(plan.targetTable(seed.associationId(), FY2021), true)).containsExactlyElementsOf(before);
    }

    @Test
    void csvTemplateFilledAndUploadedGivesTheSameTable() {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        imports.template(seed.associationId(), FY2021, Locale.JAPANESE, csv);
        BansouUser fresh = freshAssociationLikeTheDemo("fresh-csv");

        imports.confirm(fresh, FY2021, read("テンプレート.csv", csv.toByteArray()), ImportMapping.none());

        assertThat(TableLines.of(plan.targetTable(fresh.associationId(), FY2021), false))
                .containsExactlyElementsOf(TableLines.of(plan.targetTable(seed.associationId(), FY2021), false));
    }

    @Test
    void emptyTemplateOfANewYearFilledByHandCreatesAreasItemsAndSubItems() {
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        imports.template(seed.associationId(), FiscalYear.of(2030), Locale.JAPANESE, template);
        String header = template.toString(StandardCharsets.UTF_8).strip();
        assertThat(header).isEqualTo("\uFEFF事業,項目別事項,目標,達成状況,実績,音戸,倉橋,川尻,安浦,安芸灘,本所,確認者,主担当,副担当,備考");
        String filled = header + "\r\n新しい事業 (指針②),相談件数,\"1,000件以上\",A,\"1,200\",100,200,300,400,100,100,佐々木,各指導員,\"河本、藤本\",\n"
                + ",うち創業相談,50件,,60,,,,,,,佐々木,河本,,\"巡回で把握\"\n";

        ImportPreview preview = imports.confirm(admin, FiscalYear.of(2030), read("手書き.csv", filled.getBytes(StandardCharsets.UTF_8)),
                ImportMapping.none());

        assertThat(preview.newAreas()).isEqualTo(1);
        TargetRow parent = seed.row("相談件数", FiscalYear.of(2030));
        assertThat(parent.target().format()).isEqualTo("1,000件以上");
        assertThat(parent.grade()).isEqualTo("A");
        assertThat(parent.districtText(seed.districtId("安浦"))).isEqualTo("400");
        assertThat(parent.deputies()).containsExactly("河本", "藤本");
        TargetRow part = seed.row("創業相談", FiscalYear.of(2030));
        assertThat(part.subItem()).isTrue();
        assertThat(part.note()).isEqualTo("巡回で把握");
        assertThat(seed.area("新しい事業", FiscalYear.of(2030)).guideline()).isEqualTo(2);
    }

    @Test
    void namesFileLineAndColumnOfEveryBadCell() {
        String csv = header() + "\n"
                + ",項目A,10件,,,,,,,,,佐々木,河本,,\n"
                + "事業X,項目B,たくさん,,,,,,,,,佐々木,河本,,\n"
                + "事業X,項目C,10件未満,,,,,,,,,佐々木,河本,,\n"
                + "事業X,項目D,10件,,abc,,,,,,,佐々木,河本,,\n";

        assertThatThrownBy(() -> read("誤り.csv", csv.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(SheetImportException.class, e -> assertThat(e.errors())
                        .extracting(SheetError::message)
                        .containsExactly(
                                "「誤り.csv」 2行目「事業」: 事業が空です（最初の項目の行には事業名が要ります）",
                                "「誤り.csv」 3行目「目標」: 目標が数値ではありません（たくさん）",
                                "「誤り.csv」 4行目「目標」: 目標の「未満」は読めません（以上・以下・〜のいずれかです）",
                                "「誤り.csv」 5行目「実績」: 数値ではありません（abc）"));
    }

    @Test
    void unknownDistrictHeaderStopsTheImportUntilMapped() {
        String csv = header().replace(",本所,", ",本所分,") + "\n事業X,項目A,10件,,5,1,1,1,1,0,1,佐々木,河本,,\n";
        SheetTable table = read("地区.csv", csv.getBytes(StandardCharsets.UTF_8));

        ImportPreview preview = imports.preview(seed.associationId(), FiscalYear.of(2030), table, ImportMapping.none());
        assertThat(preview.unknownDistricts()).containsExactly("本所分");
        assertThat(preview.errors()).extracting(SheetError::message)
                .containsExactly("「地区.csv」 1行目「本所分」: 地区「本所分」はこの商工会にありません。対応する地区を選ぶか「無視」を選んでください");
        assertThatThrownBy(() -> imports.confirm(admin, FiscalYear.of(2030), table, ImportMapping.none()))
                .isInstanceOf(SheetImportException.class);
        assertThat(plan.yearsWithTable(seed.associationId())).doesNotContain(FiscalYear.of(2030));

        imports.confirm(admin, FiscalYear.of(2030), table,
                new ImportMapping(Map.of("本所分", String.valueOf(seed.districtId("本所"))), Map.of()));
        assertThat(seed.row("項目A", FiscalYear.of(2030)).districtText(seed.districtId("本所"))).isEqualTo("1");
    }

    @Test
    void anErrorInTheLastRowStoresNothing() {
        int areas = plan.areas(seed.associationId()).size();
        int items = plan.items(seed.associationId()).size();
        String csv = header() + "\n事業X,項目A,10件,A,5,,,,,,,佐々木,河本,,\n事業X,項目B,10件,Z,5,,,,,,,佐々木,河本,,\n";
        SheetTable table = read("最後.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> imports.confirm(admin, FiscalYear.of(2030), table, ImportMapping.none()))
                .isInstanceOfSatisfying(SheetImportException.class, e -> assertThat(e.errors())
                        .extracting(SheetError::message).containsExactly("「最後.csv」 3行目「達成状況」: 「Z」は評価基準にありません"));
        assertThat(plan.areas(seed.associationId())).hasSize(areas);
        assertThat(plan.items(seed.associationId())).hasSize(items);
    }

    @Test
    void aClosedYearRefusesTheImport() throws Exception {
        locks.close(admin, Period.of(FY2021, PeriodKind.YEAR));
        List<String> before = TableLines.of(plan.targetTable(seed.associationId(), FY2021), true);
        SheetTable table = imports.read("closed.xlsx", exported().length, new ByteArrayInputStream(exported()));

        assertThatThrownBy(() -> imports.confirm(admin, FY2021, table, ImportMapping.none()))
                .isInstanceOfSatisfying(SheetImportException.class, e -> assertThat(e.getMessage()).contains("締められています"));
        assertThat(TableLines.of(plan.targetTable(seed.associationId(), FY2021), true)).containsExactlyElementsOf(before);
    }

    @Test
    void anUnknownStaffNameIsMappedToAStaffMember() {
        String csv = header() + "\n事業X,項目A,10件,,,,,,,,,佐々木課長,河本,\"藤本、応援の人\",\n";
        SheetTable table = read("担当.csv", csv.getBytes(StandardCharsets.UTF_8));
        ImportPreview preview = imports.preview(seed.associationId(), FiscalYear.of(2030), table, ImportMapping.none());
        assertThat(preview.unknownHolders()).containsExactly("佐々木課長", "応援の人");
        assertThat(preview.errors()).extracting(SheetError::message).first()
                .isEqualTo("「担当.csv」 2行目「確認者」: 「佐々木課長」は職員にもグループにもいません。対応する職員・グループを選ぶか「無視」を選んでください");

        long sasaki = organization.staffMembers(seed.associationId()).stream().filter(s -> s.name().equals("佐々木"))
                .findFirst().orElseThrow().id();
        imports.confirm(admin, FiscalYear.of(2030), table, new ImportMapping(Map.of(),
                Map.of("佐々木課長", RoleHolder.person(sasaki).key(), "応援の人", ImportMapping.IGNORE)));

        TargetRow row = seed.row("項目A", FiscalYear.of(2030));
        assertThat(row.reviewer()).isEqualTo("佐々木");
        assertThat(row.deputies()).containsExactly("藤本");
    }

    @Test
    void oneAuditEntryNamesTheFileAndTheCounts() {
        String csv = header() + "\n事業X,項目A,10件,,,,,,,,,佐々木,河本,,\n";
        imports.confirm(admin, FiscalYear.of(2030), read("監査.csv", csv.getBytes(StandardCharsets.UTF_8)), ImportMapping.none());

        assertThat(audit.search(seed.associationId(), new AuditFilter(null, null, null, AuditType.IMPORT, "監査.csv", null), 0, 20).rows())
                .anySatisfy(r -> {
                    assertThat(r.label()).isEqualTo("目標管理表の取込「監査.csv」（令和12年度）");
                    assertThat(r.after()).contains("事業 新規 1、項目 新規 1");
                    assertThat(r.userName()).isEqualTo("管理者");
                });
    }

    @Test
    void refusesWhatIsNoWorkbookNorCsv() {
        byte[] xls = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, 0, 0};
        assertThatThrownBy(() -> read("古い.xls", xls)).hasMessageContaining("古い Excel 形式（.xls）は読めません");
        assertThatThrownBy(() -> read("写真.png", new byte[] {1, 2, 3, 4, 5})).hasMessageContaining("「写真.png」")
                .hasMessageContaining("CSV テンプレート（.csv）でもありません");
        byte[] broken = {'P', 'K', 3, 4, 0, 0, 0};
        assertThatThrownBy(() -> read("壊れ.xlsx", broken)).hasMessageContaining("Excel ファイル（.xlsx）として読めません");
        assertThatThrownBy(() -> imports.read("大.xlsx", SheetImportService.MAX_BYTES + 1, new ByteArrayInputStream(new byte[0])))
                .hasMessageContaining("ファイルが大きすぎます（5MBまで）");
    }

    private SheetTable read(String name, byte[] bytes) {
        return imports.read(name, bytes.length, new ByteArrayInputStream(bytes));
    }

    private byte[] exported() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xlsx.write(seed.associationId(), FY2021, Locale.JAPANESE, out);
        return out.toByteArray();
    }

    private static String header() {
        return "事業,項目別事項,目標,達成状況,実績,音戸,倉橋,川尻,安浦,安芸灘,本所,確認者,主担当,副担当,備考";
    }

    /** A new association with the demo's districts, staff and groups (no items) and an admin of its own. */
    private BansouUser freshAssociationLikeTheDemo(String code) {
        long id = organizations.createAssociation(code, "新しい商工会");
        organization.districts(seed.associationId()).forEach(d -> organizations.addDistrict(id, d.name(), d.headOffice()));
        for (StaffMember s : organization.staffMembers(seed.associationId())) {
            organizations.addStaffMember(id, s.name(), s.kind(), s.startDate());
        }
        for (StaffGroup g : organization.groups(seed.associationId())) {
            organizations.addGroup(id, g.name(), g.kind());
        }
        organizations.addUser(id, code + "-admin", "demo", "取込担当", UserRole.ADMIN, null);
        return (BansouUser) users.loadUserByUsername(code + "-admin");
    }
}
