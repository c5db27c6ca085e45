package jp.bansou.apitoken;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import jp.bansou.apitoken.internal.TokenStore;
import jp.bansou.audit.AuditAction;
import jp.bansou.audit.AuditEntry;
import jp.bansou.audit.AuditTrail;
import jp.bansou.audit.AuditType;
import jp.bansou.organization.BansouUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, listing, revoking and checking API tokens. A user manages their own tokens; an admin may
 * also list and revoke those of their association's users. Creation and revocation go to the audit
 * trail under the owner's login, with the token's name and shown prefix, never the secret or its hash.
 */
@Service
@Transactional
public class ApiTokens {

    static final int NAME_LIMIT = 100;

    private final TokenStore store;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(TokenStore store, AuditTrail audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    public CreatedToken create(BansouUser user, String name, LocalDate expiresOn) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > NAME_LIMIT) {
            throw new IllegalArgumentException("トークンの名前は1〜" + NAME_LIMIT + "文字で入力してください");
        }
        if (expiresOn != null && expiresOn.isBefore(today())) {
            throw new IllegalArgumentException("有効期限は今日以降の日付にしてください");
        }
        TokenSecret secret = TokenSecret.generate(random);
        long id = store.insert(user.associationId(), user.id(), trimmed, secret.hash(), secret.shownPrefix(),
                LocalDateTime.now(clock), expiresOn);
        record(user, AuditAction.CREATE, user.id(), user.username(), trimmed, null,
                "APIトークン " + secret.shownPrefix() + "… 期限: " + (expiresOn == null ? "なし" : expiresOn));
        return new CreatedToken(store.findOfUser(user.id(), id).orElseThrow(), secret);
    }

    @Transactional(readOnly = true)
    public List<ApiToken> mine(BansouUser user) {
        return store.ofUser(user.id());
    }

    @Transactional(readOnly = true)
    public ApiToken mine(BansouUser user, long id) {
        return store.findOfUser(user.id(), id).orElseThrow(() -> new TokenNotFoundException(id));
    }

    @Transactional(readOnly = true)
    public List<ApiToken> ofAssociation(BansouUser admin) {
        return store.ofAssociation(admin.associationId());
    }

    @Transactional(readOnly = true)
    public ApiToken ofAssociation(BansouUser admin, long id) {
        return store.findInAssociation(admin.associationId(), id).orElseThrow(() -> new TokenNotFoundException(id));
    }

    public void revokeMine(BansouUser user, long id) {
        revoke(user, mine(user, id));
    }

    /** An admin revoking any token of their association's users (the caller checks the role). */
    public void revokeInAssociation(BansouUser admin, long id) {
        revoke(admin, ofAssociation(admin, id));
    }

    /**
     * The login name of the token's owner when the secret names a token that is neither revoked nor
     * expired; whether the owner may still log in is the caller's check. Notes the use, at most once a
     * minute per token.
     */
    public Optional<String> ownerOf(TokenSecret secret) {
        LocalDateTime now = LocalDateTime.now(clock);
        return store.findByHash(secret.hash())
                .filter(token -> token.usableOn(now.toLocalDate()))
                .map(token -> {
                    if (token.dueForTouch(now)) {
                        store.touch(token.id(), now, now.minus(ApiToken.TOUCH_INTERVAL));
                    }
                    return token.owner();
                });
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private void revoke(BansouUser actor, ApiToken token) {
        if (store.revoke(token.id(), LocalDateTime.now(clock))) {
            record(actor, AuditAction.UPDATE, token.userId(), token.owner(), token.name(),
                    "APIトークン " + token.shownPrefix() + "… 有効", "失効");
        }
    }

    private void record(BansouUser actor, AuditAction action, long ownerId, String owner, String name,
                        String before, String after) {
        audit.record(AuditEntry.of(actor.associationId(), AuditType.USER, action, ownerId,
                owner + " のAPIトークン「" + name + "」").changing(before, after).by(actor.actor()));
    }
}
