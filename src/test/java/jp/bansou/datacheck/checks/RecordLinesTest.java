package jp.bansou.datacheck.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import jp.bansou.activity.Page;
import jp.bansou.activity.RecordGap;
import jp.bansou.datacheck.Finding;
import jp.bansou.datacheck.Findings;
import org.junit.jupiter.api.Test;

class RecordLinesTest {

    @Test
    void namesARecordByDateKindAndBusinessAndLinksItInItsFiscalYear() {
        Findings findings = RecordLines.of(new Page<>(List.of(
                new RecordGap(7, LocalDate.of(2023, 3, 31), "巡回相談", "株式会社 呉ワン"),
                new RecordGap(8, LocalDate.of(2023, 4, 1), "セミナー開催", null)), 0, 200, 9),
                "datacheck.futureRecords.problem", "2022-11-15");
        assertThat(findings.count()).isEqualTo(9);
        assertThat(findings.lines()).extracting(Finding::subject, Finding::link).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2023-03-31 巡回相談 株式会社 呉ワン", "/activities?fy=2022&record=7"),
                org.assertj.core.groups.Tuple.tuple("2023-04-01 セミナー開催", "/activities?fy=2023&record=8"));
        assertThat(findings.lines()).allSatisfy(f -> assertThat(f.arguments()).containsExactly("2022-11-15"));
    }
}
