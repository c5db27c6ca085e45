package jp.bansou.apitoken;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import jp.bansou.apitoken.ApiToken.Status;
import org.junit.jupiter.api.Test;

class ApiTokenTest {

    static final LocalDate TODAY = LocalDate.of(2022, 6, 1);
    static final LocalDateTime NOW = TODAY.atTime(10, 0);

    @Test
    void worksThroughItsExpiryDayAndIsExpiredFromTheNext() {
        assertThat(token(TODAY, null, null).statusOn(TODAY)).isEqualTo(Status.ACTIVE);
        assertThat(token(TODAY, null, null).statusOn(TODAY.plusDays(1))).isEqualTo(Status.EXPIRED);
        assertThat(token(TODAY, null, null).usableOn(TODAY.plusDays(1))).isFalse();
    }

    @Test
    void withoutExpiryWorksUntilRevoked() {
        assertThat(token(null, null, null).usableOn(TODAY.plusYears(10))).isTrue();
        assertThat(token(null, null, NOW).statusOn(TODAY)).isEqualTo(Status.REVOKED);
        assertThat(token(TODAY.plusDays(-1), null, NOW).statusOn(TODAY)).as("revoked wins over expired")
                .isEqualTo(Status.REVOKED);
    }

    @Test
    void notesItsUseAtMostOnceAMinute() {
        assertThat(token(null, null, null).dueForTouch(NOW)).isTrue();
        assertThat(token(null, NOW.minusSeconds(59), null).dueForTouch(NOW)).isFalse();
        assertThat(token(null, NOW.minusSeconds(60), null).dueForTouch(NOW)).isTrue();
    }

    private static ApiToken token(LocalDate expiresOn, LocalDateTime lastUsedAt, LocalDateTime revokedAt) {
        return new ApiToken(1, 1, 1, "kawamoto", "集計", "bns_AbCd", NOW.minusDays(30), expiresOn, lastUsedAt,
                revokedAt);
    }
}
