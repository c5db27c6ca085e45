package jp.bansou.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.core.GrantedAuthority;

class BansouUserTest {

    @ParameterizedTest
    @CsvSource({"ADMIN, true", "REVIEWER, true", "STAFF, false", "VIEWER, false"})
    void editsEveryItemOnlyAsAdminOrReviewer(UserRole role, boolean editsEveryItem) {
        assertThat(user(role).editsEveryItem()).isEqualTo(editsEveryItem);
    }

    @ParameterizedTest
    @CsvSource({"ADMIN, ROLE_ADMIN", "VIEWER, ROLE_VIEWER"})
    void grantsTheAuthorityOfItsRole(UserRole role, String authority) {
        assertThat(user(role).getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly(authority);
    }

    @Test
    void keepsThePasswordHashOutOfItsTextForm() {
        assertThat(user(UserRole.STAFF).toString()).doesNotContain("$2a$").contains("tanaka");
    }

    private static BansouUser user(UserRole role) {
        return new BansouUser(1, 1, "tanaka", "$2a$10$hash", "田中", role, 12L, true);
    }
}
