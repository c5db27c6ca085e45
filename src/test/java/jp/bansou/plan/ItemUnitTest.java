package jp.bansou.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ItemUnitTest {

    @ParameterizedTest
    @CsvSource({"件, KEN", "回, KAI", "事業者, JIGYOSHA", "品目, HINMOKU", "点, TEN"})
    void findsTheUnitByItsLabel(String label, ItemUnit unit) {
        assertThat(ItemUnit.ofLabel(label)).isEqualTo(unit);
    }

    @ParameterizedTest
    @EnumSource(ItemUnit.class)
    void findsEveryUnitBackFromItsOwnLabel(ItemUnit unit) {
        assertThat(ItemUnit.ofLabel(unit.label())).isSameAs(unit);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"個", "KEN"})
    void refusesUnknownLabels(String label) {
        assertThatIllegalArgumentException().isThrownBy(() -> ItemUnit.ofLabel(label));
    }

    @Test
    void listsTheLabelsInOrder() {
        assertThat(ItemUnit.labels()).startsWith("件", "回", "社").hasSize(ItemUnit.values().length);
    }
}
