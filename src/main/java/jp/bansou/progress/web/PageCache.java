package jp.bansou.progress.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import jp.bansou.activity.ActivitiesChanged;
import jp.bansou.audit.AuditRecorded;
import jp.bansou.organization.StaffChanged;
import jp.bansou.period.FiscalYearClosed;
import jp.bansou.progress.CheckInPosted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the most read pages (the target table, the dashboard) are built from, kept per association
 * and per what the page varies by (year, date, locale, role), so that reading a page costs no query.
 *
 * <p>Every change by a user is recorded in the audit trail ({@link AuditRecorded}); recounts,
 * staff changes, closed years and check-ins have their own events. Any of them drops everything
 * kept for the association. Each association has a generation, bumped by a change at once (so the
 * changing transaction reads its own writes) and again when that transaction ends: a page read
 * while the change was uncommitted was built from the old rows, carries the older generation and
 * is never served. Requests running inside a surrounding transaction (tests that roll back) neither
 * read nor fill the cache, as they may see rows no one else will. The time limit only bounds how
 * long a change made past the application (SQL by hand, a restore) stays unseen.
 */
@Component
class PageCache {

    private static final long LIMIT_NANOS = Duration.ofMinutes(5).toNanos();
    private static final int MAX_ENTRIES = 2_000;

    private record Key(long associationId, Object what) {
    }

    private record Entry(Object value, long generation, long madeAt) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final Map<Long, AtomicLong> generations = new ConcurrentHashMap<>();

    /** The value kept for the association and key, else {@code compute}'s (kept for the next read). */
    @SuppressWarnings("unchecked")
    <T> T get(long associationId, Object what, Supplier<T> compute) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return compute.get();
        }
        Key key = new Key(associationId, what);
        long generation = generation(associationId).get();
        Entry entry = entries.get(key);
        long now = System.nanoTime();
        if (entry != null && entry.generation() == generation && now - entry.madeAt() < LIMIT_NANOS) {
            return (T) entry.value();
        }
        T value = compute.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(value, generation, now));
        return value;
    }

    @EventListener
    void on(AuditRecorded event) {
        changed(event.associationId());
    }

    @EventListener
    void on(ActivitiesChanged event) {
        changed(event.associationId());
    }

    @EventListener
    void on(StaffChanged event) {
        changed(event.associationId());
    }

    @EventListener
    void on(FiscalYearClosed event) {
        changed(event.associationId());
    }

    @EventListener
    void on(CheckInPosted event) {
        changed(event.associationId());
    }

    private void changed(long associationId) {
        drop(associationId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    drop(associationId);
                }
            });
        }
    }

    private void drop(long associationId) {
        generation(associationId).incrementAndGet();
        entries.keySet().removeIf(k -> k.associationId() == associationId);
    }

    private AtomicLong generation(long associationId) {
        return generations.computeIfAbsent(associationId, a -> new AtomicLong());
    }
}
