package jp.bansou.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.STANDARD;

    @Test
    void acceptsTenCharactersThatAreNeitherTheUsernameNorCommon() {
        assertThat(policy.problem("sato", "kure-2025-spring")).isEmpty();
        assertThat(policy.problem("sato", "abcdefgh12")).isEmpty();
    }

    @Test
    void refusesFewerThanTenCharacters() {
        assertThat(policy.problem("sato", "short-pw9")).contains("パスワードは10文字以上にしてください");
    }

    @Test
    void refusesBlankOrMissing() {
        assertThat(policy.problem("sato", null)).contains("パスワードを入力してください");
        assertThat(policy.problem("sato", "          ")).contains("パスワードを入力してください");
    }

    @Test
    void refusesTheUsernameInAnyCase() {
        assertThat(policy.problem("administrator1", "Administrator1")).contains("パスワードにユーザー名と同じ文字列は使えません");
    }

    @Test
    void refusesCommonPasswordsInAnyCase() {
        assertThat(policy.problem("sato", "Password123")).contains("よく使われるパスワードは使えません");
        assertThat(policy.problem("sato", "1234567890")).contains("よく使われるパスワードは使えません");
    }

    @Test
    void checkThrowsWithTheReason() {
        assertThatThrownBy(() -> policy.check("sato", "demo")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("パスワードは10文字以上にしてください");
    }

    @Test
    void aStricterPolicyCountsItsOwnLength() {
        PasswordPolicy longer = new PasswordPolicy(16, Set.of());
        assertThat(longer.problem("sato", "kure-2025-spring")).isEmpty();
        assertThat(longer.problem("sato", "kure-2025-sprin")).contains("パスワードは16文字以上にしてください");
    }
}
