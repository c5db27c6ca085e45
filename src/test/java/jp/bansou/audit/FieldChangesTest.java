package jp.bansou.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FieldChangesTest {

    @Test
    void keepsOnlyTheFieldsThatChangedInTheirOrder() {
        FieldChanges changes = FieldChanges.none().field("目標", new BigDecimal("120"), new BigDecimal("130"))
                .field("備考", "同じ", "同じ").field("実績", null, new BigDecimal("98.5"));
        assertThat(changes.before()).isEqualTo("目標: 120; 実績: （なし）");
        assertThat(changes.after()).isEqualTo("目標: 130; 実績: 98.5");
    }

    @Test
    void comparesNumbersByValue() {
        FieldChanges changes = FieldChanges.none().field("目標", new BigDecimal("120.0"), new BigDecimal("120"))
                .field("実績", new BigDecimal("0.0"), BigDecimal.ZERO);
        assertThat(changes.isEmpty()).isTrue();
        assertThat(changes.after()).isEmpty();
    }

    @Test
    void takesBlankTextAsNone() {
        assertThat(FieldChanges.none().field("備考", "", null).isEmpty()).isTrue();
        assertThat(FieldChanges.none().field("備考", " ", "メモ").before()).isEqualTo("備考: （なし）");
    }

    @Test
    void cutsAnEntrysTextsToTheColumnsAndDropsBlankOnes() {
        AuditEntry entry = AuditEntry.of(1, AuditType.ITEM_YEAR, AuditAction.UPDATE, 7L, "項目")
                .changing("x".repeat(5000), " ").because("");
        assertThat(entry.before()).hasSize(4000).endsWith("…");
        assertThat(entry.after()).isNull();
        assertThat(entry.reason()).isNull();
        assertThat(entry.entityId()).isEqualTo("7");
    }

    @Test
    void needsATypeAndAnActionAndAnActorWithAName() {
        assertThatThrownBy(() -> AuditEntry.of(1, null, AuditAction.UPDATE, 1L, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Actor.named(" ")).hasMessage("変更した人の名前は必須です");
        assertThat(Actor.SYSTEM.userId()).isNull();
    }
}
