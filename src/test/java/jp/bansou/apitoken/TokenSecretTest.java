package jp.bansou.apitoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TokenSecretTest {

    @Test
    void generatesThirtyTwoRandomBytesInUrlSafeBase64AfterTheRecognisablePrefix() {
        TokenSecret secret = TokenSecret.generate(new SecureRandom());

        assertThat(secret.value()).startsWith("bns_").matches("bns_[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(secret.value().substring(4))).hasSize(32);
        assertThat(TokenSecret.generate(new SecureRandom())).isNotEqualTo(secret);
    }

    @Test
    void hashesWithSha256InLowerCaseHex() {
        // echo -n abc | sha256sum
        assertThat(new TokenSecret("abc").hash())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(new TokenSecret(" abc ").hash()).as("surrounding blanks of a pasted header are not part of it")
                .isEqualTo(new TokenSecret("abc").hash());
    }

    @Test
    void showsOnlyTheFirstEightCharactersAndNeverPrintsTheSecret() {
        TokenSecret secret = new TokenSecret("bns_AbCdEfGhIjKl");

        assertThat(secret.shownPrefix()).isEqualTo("bns_AbCd");
        assertThat(secret.toString()).doesNotContain("EfGh");
    }

    @Test
    void refusesAnEmptySecret() {
        assertThatThrownBy(() -> new TokenSecret(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
