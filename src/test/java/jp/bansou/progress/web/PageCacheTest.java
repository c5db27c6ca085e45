package jp.bansou.progress.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import jp.bansou.activity.ActivitiesChanged;
import jp.bansou.audit.AuditRecorded;
import jp.bansou.audit.AuditType;
import jp.bansou.organization.StaffChanged;
import jp.bansou.period.FiscalYearClosed;
import jp.bansou.progress.CheckInPosted;
import jp.bansou.shared.FiscalYear;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** What the page cache keeps, and each change that makes it build the page again. */
class PageCacheTest {

    private static final long ASSOCIATION = 1;
    private static final long OTHER = 2;

    private final PageCache cache = new PageCache();
    private final AtomicInteger builds = new AtomicInteger();

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
        TransactionSynchronizationManager.setActualTransactionActive(false);
    }

    static Stream<Consumer<PageCache>> changes() {
        return Stream.of(
                c -> c.on(new AuditRecorded(ASSOCIATION, AuditType.ITEM_YEAR)),
                c -> c.on(new ActivitiesChanged(ASSOCIATION, Set.of(FiscalYear.of(2022)))),
                c -> c.on(new StaffChanged(ASSOCIATION)),
                c -> c.on(new FiscalYearClosed(ASSOCIATION, FiscalYear.of(2022), "管理者")),
                c -> c.on(new CheckInPosted(ASSOCIATION, 7, LocalDate.of(2022, 6, 30), BigDecimal.TEN, "ON_TRACK", 1,
                        Instant.EPOCH)));
    }

    @Test
    void buildsAPageOnceUntilSomethingChanges() {
        assertThat(read(ASSOCIATION, "a")).isEqualTo("page 1");
        assertThat(read(ASSOCIATION, "a")).isEqualTo("page 1");
        assertThat(read(ASSOCIATION, "b")).isEqualTo("page 2");
        assertThat(builds).hasValue(2);
    }

    @ParameterizedTest
    @MethodSource("changes")
    void buildsThePageAgainAfterEachKindOfChange(Consumer<PageCache> change) {
        read(ASSOCIATION, "a");
        read(OTHER, "a");
        change.accept(cache);
        assertThat(read(ASSOCIATION, "a")).isEqualTo("page 3");
        assertThat(read(OTHER, "a")).as("another association's page stays").isEqualTo("page 2");
    }

    @Test
    void neverServesAPageBuiltWhileAChangeWasUncommitted() {
        read(ASSOCIATION, "a");
        TransactionSynchronizationManager.initSynchronization();
        cache.on(new AuditRecorded(ASSOCIATION, AuditType.ITEM_YEAR));
        // another request, outside the changing transaction, reads the rows as they were
        assertThat(read(ASSOCIATION, "a")).isEqualTo("page 2");
        TransactionSynchronizationManager.getSynchronizations().forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        TransactionSynchronizationManager.clearSynchronization();
        assertThat(read(ASSOCIATION, "a")).isEqualTo("page 3");
    }

    @Test
    void leavesRequestsInsideATransactionUncached() {
        TransactionSynchronizationManager.setActualTransactionActive(true);
        read(ASSOCIATION, "a");
        TransactionSynchronizationManager.setActualTransactionActive(false);
        assertThat(read(ASSOCIATION, "a")).isEqualTo("page 2");
        assertThat(read(ASSOCIATION, "a")).isEqualTo("page 2");
    }

    private String read(long association, String key) {
        return cache.get(association, key, () -> "page " + builds.incrementAndGet());
    }
}
