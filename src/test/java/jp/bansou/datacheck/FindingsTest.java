package jp.bansou.datacheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import jp.bansou.shared.FiscalYear;
import org.junit.jupiter.api.Test;

class FindingsTest {

    private static final Finding LINE = Finding.of("財務分析数", "datacheck.roles.noLead", "/items/1");

    @Test
    void countsEveryLineWhenAllAreListed() {
        Findings findings = Findings.of(List.of(LINE, LINE));
        assertThat(findings.count()).isEqualTo(2);
        assertThat(findings.hidden()).isZero();
        assertThat(findings.isEmpty()).isFalse();
    }

    @Test
    void tellsHowManyLinesAreNotListed() {
        assertThat(new Findings(List.of(LINE), 250).hidden()).isEqualTo(249);
    }

    @Test
    void refusesACountBelowTheLinesListed() {
        assertThatThrownBy(() -> new Findings(List.of(LINE, LINE), 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isEmptyWithoutLines() {
        assertThat(Findings.of(List.of()).isEmpty()).isTrue();
    }

    @Test
    void handsItsArgumentsToTheMessageSourceInOrder() {
        Finding finding = Finding.of("うち創業", "datacheck.subItems.above", "/items/2", 12, "相談件数", 10);
        assertThat(finding.argumentArray()).containsExactly(12, "相談件数", 10);
    }

    @Test
    void needsASubjectAProblemAndALink() {
        assertThatThrownBy(() -> Finding.of("x", "datacheck.roles.noLead", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Finding.of(null, "datacheck.roles.noLead", "/items/1"))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void addsTheChecksCountsUpToTheReportsTotal() {
        DataCheckReport report = new DataCheckReport(FiscalYear.of(2022), LocalDate.of(2022, 11, 15), List.of(
                new CheckResult("roles", Findings.of(List.of(LINE))),
                new CheckResult("recordsWithoutStaff", new Findings(List.of(LINE), 300)),
                new CheckResult("targets", Findings.of(List.of()))));
        assertThat(report.total()).isEqualTo(301);
        assertThat(report.result("recordsWithoutStaff").findings().count()).isEqualTo(300);
        assertThatThrownBy(() -> report.result("unknown")).isInstanceOf(IllegalArgumentException.class);
    }
}
