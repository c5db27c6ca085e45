package jp.bansou.apitoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import jp.bansou.audit.AuditFilter;
import jp.bansou.audit.AuditQueries;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationService;
import jp.bansou.organization.UserRole;
import jp.bansou.support.LoggedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens stored and found on H2 and PostgreSQL (the subclasses): only the hash is kept, revoked
 * and expired tokens find no owner, and each association sees only its own users' tokens.
 */
@Transactional
abstract class ApiTokensContract {

    @Autowired ApiTokens tokens;
    @Autowired UserDetailsService users;
    @Autowired OrganizationService organization;
    @Autowired JdbcClient jdbc;
    @Autowired AuditQueries audit;

    BansouUser kawamoto;
    BansouUser admin;

    @BeforeEach
    void setUp() {
        admin = new LoggedIn(users).as("admin");
        kawamoto = (BansouUser) users.loadUserByUsername("kawamoto");
    }

    @AfterEach
    void logOut() {
        LoggedIn.logOut();
    }

    @Test
    void storesOnlyTheHashAndFindsTheOwnerByTheSecret() {
        CreatedToken created = tokens.create(kawamoto, " 集計スクリプト ", null);

        assertThat(created.token().name()).isEqualTo("集計スクリプト");
        assertThat(created.token().shownPrefix()).isEqualTo(created.secret().value().substring(0, 8));
        String stored = jdbc.sql("SELECT secret_hash FROM api_token WHERE id = ?").param(created.token().id())
                .query(String.class).single();
        assertThat(stored).isEqualTo(created.secret().hash()).doesNotContain(created.secret().value());
        assertThat(tokens.ownerOf(created.secret())).contains("kawamoto");
        assertThat(tokens.ownerOf(new TokenSecret("bns_unknown"))).isEmpty();
    }

    @Test
    void notesTheLastUseOnce() {
        CreatedToken created = tokens.create(kawamoto, "集計", null);

        tokens.ownerOf(created.secret());
        var first = tokens.mine(kawamoto, created.token().id()).lastUsedAt();
        tokens.ownerOf(created.secret());

        assertThat(first).isNotNull();
        assertThat(tokens.mine(kawamoto, created.token().id()).lastUsedAt()).isEqualTo(first);
    }

    @Test
    void aRevokedTokenFindsNoOwnerAndIsRevokedOnce() {
        CreatedToken created = tokens.create(kawamoto, "集計", null);

        tokens.revokeMine(kawamoto, created.token().id());
        tokens.revokeMine(kawamoto, created.token().id());

        assertThat(tokens.ownerOf(created.secret())).isEmpty();
        assertThat(tokens.mine(kawamoto, created.token().id()).statusOn(tokens.today()))
                .isEqualTo(ApiToken.Status.REVOKED);
        List<String> trail = audit.search(admin.associationId(), AuditFilter.all(), 0, 10).rows().stream()
                .map(r -> r.label() + " " + r.before() + " " + r.after()).toList();
        assertThat(trail.stream().filter(t -> t.contains("APIトークン「集計」"))).hasSize(2)
                .noneMatch(t -> t.contains(created.secret().value()) || t.contains(created.secret().hash()));
    }

    @Test
    void anExpiredTokenFindsNoOwnerAndAPastExpiryIsRefused() {
        CreatedToken created = tokens.create(kawamoto, "集計", tokens.today());
        assertThat(tokens.ownerOf(created.secret())).as("through its last day").contains("kawamoto");

        jdbc.sql("UPDATE api_token SET expires_on = ? WHERE id = ?")
                .params(java.sql.Date.valueOf(tokens.today().minusDays(1)), created.token().id()).update();

        assertThat(tokens.ownerOf(created.secret())).isEmpty();
        assertThatThrownBy(() -> tokens.create(kawamoto, "過去", tokens.today().minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aUserSeesOnlyTheirOwnTokensAndAnAdminOnlyTheirAssociations() {
        CreatedToken created = tokens.create(kawamoto, "集計", null);
        BansouUser viewer = (BansouUser) users.loadUserByUsername("viewer");
        long other = organization.createAssociation("tokens-other", "他商工会");
        organization.addUser(other, "tokens-other-admin", "other-secret-1", "他会 管理者", UserRole.ADMIN, null);
        BansouUser otherAdmin = (BansouUser) users.loadUserByUsername("tokens-other-admin");
        long id = created.token().id();

        assertThat(tokens.mine(viewer)).extracting(ApiToken::id).doesNotContain(id);
        assertThatThrownBy(() -> tokens.revokeMine(viewer, id)).isInstanceOf(TokenNotFoundException.class);
        assertThat(tokens.ofAssociation(admin)).extracting(ApiToken::id).contains(id);
        assertThat(tokens.ofAssociation(otherAdmin)).isEmpty();
        assertThatThrownBy(() -> tokens.revokeInAssociation(otherAdmin, id)).isInstanceOf(TokenNotFoundException.class);
        assertThat(tokens.ownerOf(created.secret())).contains("kawamoto");

        tokens.revokeInAssociation(admin, id);
        assertThat(tokens.ownerOf(created.secret())).isEmpty();
    }
}
