package jp.bansou.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import jp.bansou.shared.FiscalYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MembersTableTest {

    private static final FiscalYear FY2022 = FiscalYear.of(2022);

    @Test
    void showsTheChangeOfTheTotalSinceLastYear() {
        MembersTable table = table(1164L, 1899, 1850);
        assertThat(table.difference()).hasValue(-18L);
        assertThat(table.differenceText()).isEqualTo("-18");
        assertThat(table(null, 1899, 1850).differenceText()).isEmpty();
        assertThat(table.previousYear()).isEqualTo(FiscalYear.of(2021));
    }

    @Test
    void ratesMembersAgainstTheBusinessesInTheArea() {
        MembersTable table = table(1164L, 1899, 1850);
        assertThat(table.organisationRateText()).isEqualTo("60.3%");
        assertThat(table.smallBusinessRateText()).isEqualTo("61.9%");
    }

    @Test
    void showsNoRateWithoutBusinessCounts() {
        assertThat(table(1164L, null, null).organisationRateText()).isEmpty();
        assertThat(table(1164L, null, null).smallBusinessRateText()).isEmpty();
        assertThat(table(1164L, 0, 0).organisationRateText()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"1234, '+1,234'", "11, +11", "-18, -18", "-1234, '-1,234'", "0, 0"})
    void signsDifferences(long value, String text) {
        assertThat(MembersTable.signed(value)).isEqualTo(text);
    }

    @Test
    void signsDifferencesTheSameWhateverTheServersLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRANCE);
            assertThat(MembersTable.signed(-1234)).isEqualTo("-1,234");
        } finally {
            Locale.setDefault(before);
        }
    }

    private static MembersTable table(Long previousTotal, Integer businesses, Integer smallBusinesses) {
        return new MembersTable(FY2022, List.of(), 1146, previousTotal, businesses, smallBusinesses);
    }
}
