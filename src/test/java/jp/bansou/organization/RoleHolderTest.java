package jp.bansou.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RoleHolderTest {

    @Test
    void isHeldByAPersonOrAGroup() {
        assertThat(RoleHolder.person(12).isGroup()).isFalse();
        assertThat(RoleHolder.person(12).staffMemberId()).isEqualTo(12L);
        assertThat(RoleHolder.group(3).isGroup()).isTrue();
        assertThat(RoleHolder.group(3).staffGroupId()).isEqualTo(3L);
    }

    @Test
    void refusesNeitherOrBoth() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RoleHolder(null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new RoleHolder(12L, 3L));
    }

    @Test
    void keysAPersonWithSAndAGroupWithG() {
        assertThat(RoleHolder.person(12).key()).isEqualTo("s12");
        assertThat(RoleHolder.group(3).key()).isEqualTo("g3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"s12", "g3", "s1", "g1234567890"})
    void parsesItsOwnKeyBack(String key) {
        assertThat(RoleHolder.parseKey(key).key()).isEqualTo(key);
    }

    @Test
    void parsesAKeyToThePersonOrGroup() {
        assertThat(RoleHolder.parseKey("s12")).isEqualTo(RoleHolder.person(12));
        assertThat(RoleHolder.parseKey("g3")).isEqualTo(RoleHolder.group(3));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"x1", "s", "sabc", "g-3", "12", "S12", "s1 2", "s99999999999999999999"})
    void refusesKeysThatNameNoOne(String key) {
        assertThatIllegalArgumentException().isThrownBy(() -> RoleHolder.parseKey(key));
    }
}
