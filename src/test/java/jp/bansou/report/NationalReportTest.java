package jp.bansou.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import jp.bansou.activity.Reach;
import jp.bansou.shared.FiscalYear;
import org.junit.jupiter.api.Test;

class NationalReportTest {

    @Test
    void aLineWithNeitherKindsNorCategoriesIsNotDefined() {
        assertThat(LineDefinition.undefined(NationalLine.SURVEYS).defined()).isFalse();
        assertThat(new LineDefinition(NationalLine.SURVEYS, Set.of(1L), null).defined()).isTrue();
        assertThat(new LineDefinition(NationalLine.SURVEYS, null, Set.of(2L)).spec().kindIds()).isEmpty();
        assertThatThrownBy(() -> new LineDefinition(null, Set.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void takesEachFigureFromItsLineAndLeavesUndefinedOnesEmpty() {
        NationalReport report = new NationalReport(FiscalYear.of(2022), 9, new Reach(100, 40, 7), null,
                new Reach(50, 45, 3), new Reach(30, 20, 2), new Reach(12, 11, 1), new Reach(250, 60, 5), null);
        assertThat(report.figures()).extracting(NationalFigure::key, NationalFigure::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("staff", 7L),
                org.assertj.core.groups.Tuple.tuple("advisorsInPost", 9L),
                org.assertj.core.groups.Tuple.tuple("surveys", null),
                org.assertj.core.groups.Tuple.tuple("basicData", 45L),
                org.assertj.core.groups.Tuple.tuple("analysed", 20L),
                org.assertj.core.groups.Tuple.tuple("planned", 11L),
                org.assertj.core.groups.Tuple.tuple("followedUp", 60L),
                org.assertj.core.groups.Tuple.tuple("followUpVisits", 250L));
        assertThat(report.figures()).filteredOn(NationalFigure::reference).extracting(NationalFigure::key)
                .containsExactly("advisorsInPost");
    }
}
