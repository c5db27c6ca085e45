package jp.bansou.period;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import jp.bansou.audit.AuditAction;
import jp.bansou.audit.AuditEntry;
import jp.bansou.audit.AuditTrail;
import jp.bansou.audit.AuditType;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.UserRole;
import jp.bansou.period.internal.LockStore;
import jp.bansou.shared.FiscalYear;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing and reopening periods (admins only, each recorded in the audit trail), and the checks
 * other modules make before they change figures of a date or a year: see {@link ChangeGate}.
 */
@Service
@Transactional
public class PeriodLocks {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final LockStore store;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    PeriodLocks(LockStore store, AuditTrail audit, ApplicationEventPublisher events) {
        this.store = store;
        this.audit = audit;
        this.events = events;
    }

    /** Closes the period; closing a fiscal year publishes {@link FiscalYearClosed}. False when it was closed. */
    public boolean close(BansouUser user, Period period) {
        requireAdmin(user);
        if (!store.insert(user.associationId(), period, user.displayName(),
                LocalDateTime.now(JAPAN).truncatedTo(ChronoUnit.SECONDS))) {
            return false;
        }
        audit.record(entry(user, period, AuditAction.CLOSE).changing("状態: 開", "状態: 締め"));
        if (period.kind() == PeriodKind.YEAR) {
            events.publishEvent(new FiscalYearClosed(user.associationId(), period.year(), user.displayName()));
        }
        return true;
    }

    /** Opens a closed period again; the reason is required and kept in the audit trail. */
    public void reopen(BansouUser user, Period period, String reason) {
        requireAdmin(user);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("締めを解除する理由を入力してください");
        }
        if (!store.delete(user.associationId(), period)) {
            throw new IllegalArgumentException(period.label() + "は締められていません");
        }
        audit.record(entry(user, period, AuditAction.REOPEN).changing("状態: 締め", "状態: 開").because(reason));
    }

    @Transactional(readOnly = true)
    public List<ClosedPeriod> closedPeriods(long associationId) {
        return store.all(associationId);
    }

    @Transactional(readOnly = true)
    public ClosedCalendar calendar(long associationId) {
        return new ClosedCalendar(store.all(associationId));
    }

    /** True when the fiscal year as a whole is closed. */
    @Transactional(readOnly = true)
    public boolean yearClosed(long associationId, FiscalYear year) {
        return store.all(associationId).stream()
                .anyMatch(c -> c.period().kind() == PeriodKind.YEAR && c.period().year().equals(year));
    }

    /**
     * Refuses ({@link PeriodClosedException}) a change of figures dated {@code date} when the date
     * falls in a closed period, unless the user is an admin giving a reason. No user: refused too.
     */
    @Transactional(readOnly = true)
    public void checkDate(BansouUser user, long associationId, LocalDate date, String reason) {
        check(calendar(associationId).containing(date).orElse(null), user, reason);
    }

    /** As {@link #checkDate}, for the figures of a whole fiscal year (an item's year): only a closed year counts. */
    @Transactional(readOnly = true)
    public void checkYear(BansouUser user, long associationId, FiscalYear year, String reason) {
        check(calendar(associationId).closed().stream()
                .filter(c -> c.period().kind() == PeriodKind.YEAR && c.period().year().equals(year))
                .findFirst().orElse(null), user, reason);
    }

    private static void check(ClosedPeriod closed, BansouUser user, String reason) {
        boolean admin = user != null && user.role() == UserRole.ADMIN;
        new ChangeGate(closed).refusal(admin, reason).ifPresent(message -> {
            throw new PeriodClosedException(closed, message);
        });
    }

    private static void requireAdmin(BansouUser user) {
        if (user.role() != UserRole.ADMIN) {
            throw new AccessDeniedException("締めと締めの解除は管理者だけができます");
        }
    }

    private static AuditEntry entry(BansouUser user, Period period, AuditAction action) {
        return AuditEntry.of(user.associationId(), AuditType.PERIOD_LOCK, action, key(period), period.label())
                .by(user.actor());
    }

    private static String key(Period period) {
        return period.year().startYear() + "-" + period.kind() + (period.month() == null ? "" : "-" + period.month());
    }
}
