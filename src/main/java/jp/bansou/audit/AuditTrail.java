package jp.bansou.audit;

import java.time.LocalDateTime;
import java.time.ZoneId;
import jp.bansou.audit.internal.AuditStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records changes, synchronously, inside the transaction that makes them: a change rolled back
 * leaves no row, and a row cannot be written without its change. Nothing here updates or deletes.
 */
@Service
@Transactional
public class AuditTrail {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final AuditStore store;
    private final ApplicationEventPublisher events;

    AuditTrail(AuditStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    /**
     * Stores the entry, by the actor it names, else by the logged-in user of the current request,
     * else by the system.
     */
    public void record(AuditEntry entry) {
        Actor actor = entry.actor() != null ? entry.actor() : currentActor();
        store.insert(entry.by(actor), LocalDateTime.now(JAPAN));
        events.publishEvent(new AuditRecorded(entry.associationId(), entry.type()));
    }

    /** The logged-in user, or the one named (a command run's user) outside a request. */
    public static Actor currentActorOr(String name) {
        Actor current = currentActor();
        return current == Actor.SYSTEM && name != null && !name.isBlank() ? Actor.named(name) : current;
    }

    /** The logged-in user, or {@link Actor#SYSTEM} outside a request (set-up, a command run). */
    public static Actor currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AuditActor user) {
            return user.actor();
        }
        return Actor.SYSTEM;
    }
}
