package jp.bansou.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.bansou.shared.FiscalYear;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list, registry and duplicate queries of the activity module, run on H2 and on PostgreSQL by
 * the subclasses, so their SQL (STRING_AGG, EXTRACT, LIKE escapes, the self-join) means the same on both.
 */
@Transactional
abstract class ActivityQueriesContract {

    @Autowired ApplicationContext context;
    @Autowired ActivityQueries queries;
    @Autowired BusinessQueries businesses;
    @Autowired RecordDetailQueries details;
    @Autowired ActivityService service;

    ActivityFixtures fixtures;
    long association;

    @BeforeEach
    void setUp() {
        fixtures = new ActivityFixtures(context);
        association = fixtures.association();
    }

    @Test
    void knowsTheYearsWithRecords() {
        assertThat(queries.yearsWithRecords(association)).containsExactly(FiscalYear.of(2022));
        fixtures.visit(fixtures.plantBusiness("三月の商店", "本所", null), LocalDate.of(2024, 3, 31), "年度末");
        assertThat(queries.yearsWithRecords(association)).containsExactly(FiscalYear.of(2022), FiscalYear.of(2023));
    }

    @Test
    void listsFilteredRecordsNewestFirstPageByPage() {
        long business = fixtures.plantBusiness("契約テスト商店", "安浦", null);
        for (int day = 1; day <= 5; day++) {
            fixtures.visit(business, LocalDate.of(2023, 2, day), "契約テスト" + day);
        }
        ActivityFilter filter = new ActivityFilter(FiscalYear.of(2022), 2, fixtures.district("安浦"),
                fixtures.staff("河本"), fixtures.kind("巡回相談").id(), null, "契約テスト");
        Page<ActivityRow> first = queries.list(association, filter, 0, 2);
        Page<ActivityRow> last = queries.list(association, filter, 2, 2);
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.rows()).extracting(ActivityRow::note).containsExactly("契約テスト5", "契約テスト4");
        assertThat(last.rows()).extracting(ActivityRow::note).containsExactly("契約テスト1");
        assertThat(first.rows().get(0)).satisfies(r -> {
            assertThat(r.district()).isEqualTo("安浦");
            assertThat(r.staff()).isEqualTo("河本");
            assertThat(r.source()).isEqualTo(ActivitySource.MANUAL);
        });
        assertThat(queries.list(association, new ActivityFilter(FiscalYear.of(2022), 3, null, null, null, null,
                "契約テスト"), 0, 10).total()).isZero();
    }

    @Test
    void findsThePlantedDuplicatePairs() {
        long shortForm = fixtures.plantBusiness("(株)呉ワン", "音戸", null);
        long longForm = fixtures.plantBusiness("株式会社　呉ワン", "音戸", null);
        long first = fixtures.plantBusiness("倉橋造船", "倉橋", "M-777");
        long second = fixtures.plantBusiness("倉橋造船所", "安芸灘", "M-777");
        fixtures.plantBusiness("株式会社 呉ワン", "安浦", null);
        assertThat(businesses.duplicates(association))
                .extracting(p -> p.first().id(), p -> p.second().id(), DuplicatePair::reason)
                .containsExactly(tuple(shortForm, longForm, DuplicatePair.Reason.SAME_NAME),
                        tuple(first, second, DuplicatePair.Reason.SAME_MEMBER_NUMBER));
    }

    @Test
    void searchesTheRegistryByNormalisedNameWithWildcardsTakenLiterally() {
        fixtures.plantBusiness("有限会社 ｸﾚ_ﾂｰ", "川尻", null);
        assertThat(businesses.search(association, "クレ_ツー", 0, 10).rows()).extracting(BusinessRow::name)
                .containsExactly("有限会社 ｸﾚ_ﾂｰ");
        assertThat(businesses.search(association, "クレxツー", 0, 10).total()).isZero();
        assertThat(businesses.search(association, "事業所0", 0, 10).total()).isEqualTo(99);
    }

    @Test
    void detailsListStaffAndCategoriesOneByOne() {
        long business = fixtures.plantBusiness("詳細テスト商店", "音戸", null);
        long id = service.record(association, new NewActivity(LocalDate.of(2022, 5, 5), fixtures.kind("商談会・展示会").id(),
                business, null, Set.of(fixtures.staff("河本"), fixtures.staff("佐々木")),
                Set.of(fixtures.category("販路開拓")), null, null, 3, 1, null, null));
        Map<Long, RecordDetail> byId = details.details(association, List.of(id));
        assertThat(byId.get(id)).isEqualTo(new RecordDetail(List.of("佐々木", "河本"), List.of("販路開拓"), 3, 1));
    }
}
