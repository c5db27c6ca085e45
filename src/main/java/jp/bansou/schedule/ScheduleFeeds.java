package jp.bansou.schedule;

import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import jp.bansou.audit.AuditAction;
import jp.bansou.audit.AuditEntry;
import jp.bansou.audit.AuditTrail;
import jp.bansou.audit.AuditType;
import jp.bansou.organization.BansouUser;
import jp.bansou.schedule.internal.FeedTokenStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secret token behind each login's iCalendar links: 256 random bits, made on first use, renewed
 * on request (the old links then find nothing), and the events a feed holds.
 */
@Service
@Transactional
public class ScheduleFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final FeedTokenStore tokens;
    private final ScheduleQueries queries;
    private final AuditTrail audit;

    ScheduleFeeds(FeedTokenStore tokens, ScheduleQueries queries, AuditTrail audit) {
        this.tokens = tokens;
        this.queries = queries;
        this.audit = audit;
    }

    /** The login's token, made now when it has none. */
    public String tokenOf(BansouUser user) {
        return tokens.tokenOf(user.id()).orElseGet(() -> store(user));
    }

    /** A new token for the login; links with the old one are refused from now on. */
    public String renew(BansouUser user) {
        String token = store(user);
        audit.record(AuditEntry.of(user.associationId(), AuditType.SCHEDULE, AuditAction.UPDATE, "feed-" + user.id(),
                "iCalendar URL: " + user.displayName()).changing("URL: 旧", "URL: 再発行").by(user.actor()));
        return token;
    }

    @Transactional(readOnly = true)
    public Optional<FeedOwner> owner(String token) {
        return token == null || token.isBlank() ? Optional.empty() : tokens.owner(token);
    }

    /** Every event of the owner's association. */
    @Transactional(readOnly = true)
    public List<ScheduleEvent> associationEvents(FeedOwner owner) {
        return queries.all(owner.associationId());
    }

    /** The events the owner is responsible for, in person or through a group; none without a staff member. */
    @Transactional(readOnly = true)
    public List<ScheduleEvent> ownEvents(FeedOwner owner) {
        return owner.staffMemberId() == null ? List.of() : queries.of(owner.associationId(), owner.staffMemberId());
    }

    private String store(BansouUser user) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.replace(user.id(), token, LocalDateTime.now(ScheduleService.JAPAN));
        return token;
    }
}
