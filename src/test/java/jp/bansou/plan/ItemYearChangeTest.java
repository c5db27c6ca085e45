package jp.bansou.plan;

import static jp.bansou.organization.RoleHolder.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ItemYearChangeTest {

    private static final RoleAssignment ROLES = new RoleAssignment(person(1), person(2), List.of());
    private static final BigDecimal MINUS_ONE = new BigDecimal("-1");

    @Test
    void refusesNegativeTarget() {
        assertThatIllegalArgumentException().isThrownBy(() -> change(MINUS_ONE, null, Map.of(), ROLES));
    }

    @Test
    void refusesNegativeActual() {
        assertThatIllegalArgumentException().isThrownBy(() -> change(null, MINUS_ONE, Map.of(), ROLES));
    }

    @Test
    void refusesNegativeDistrictActual() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> change(null, BigDecimal.TEN, Map.of(1L, BigDecimal.TEN, 2L, MINUS_ONE), ROLES));
    }

    @Test
    void refusesMissingRoles() {
        assertThatIllegalArgumentException().isThrownBy(() -> change(null, null, Map.of(), null));
    }

    @Test
    void acceptsZeroAndMissingFigures() {
        ItemYearChange change = change(BigDecimal.ZERO, null, null, ROLES);
        assertThat(change.target()).isZero();
        assertThat(change.districtActuals()).isEmpty();
    }

    @Test
    void keepsANoteStrippedAndABlankNoteAsNone() {
        assertThat(withNote("  繰越  ").note()).isEqualTo("繰越");
        assertThat(withNote(" \n ").note()).isNull();
        assertThat(withNote(null).note()).isNull();
    }

    @Test
    void keepsItsOwnCopyOfTheSplit() {
        Map<Long, BigDecimal> split = new HashMap<>(Map.of(1L, BigDecimal.ONE));
        ItemYearChange change = change(null, BigDecimal.ONE, split, ROLES);
        split.put(2L, BigDecimal.TEN);
        assertThat(change.districtActuals()).containsOnlyKeys(1L);
    }

    @Test
    void warnsWhenTheSplitDoesNotAddUp() {
        Map<Long, BigDecimal> split = Map.of(1L, new BigDecimal("186"), 2L, new BigDecimal("222"));
        assertThat(change(null, new BigDecimal("408"), split, ROLES).splitDiffersFromTotal()).isFalse();
        assertThat(change(null, new BigDecimal("400"), split, ROLES).splitDiffersFromTotal()).isTrue();
    }

    private static ItemYearChange withNote(String note) {
        return new ItemYearChange(null, null, Map.of(), note, ROLES);
    }

    private static ItemYearChange change(BigDecimal target, BigDecimal actual, Map<Long, BigDecimal> split,
                                         RoleAssignment roles) {
        return new ItemYearChange(target, actual, split, null, roles);
    }
}
