package jp.bansou.progress;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import jp.bansou.period.FiscalYearClosed;
import jp.bansou.progress.internal.SnapshotStore;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Freezes the target table when a fiscal year is closed, in the closing transaction: target,
 * actual, grade, half years and district split of every item. Closing again (after reopening)
 * replaces the snapshot with the table as it is then.
 */
@Service
@Transactional
public class SnapshotService {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final SnapshotStore store;

    SnapshotService(SnapshotStore store) {
        this.store = store;
    }

    @EventListener
    public void onFiscalYearClosed(FiscalYearClosed event) {
        store.take(event.associationId(), event.year(), event.closedBy(), LocalDateTime.now(JAPAN));
    }
}
