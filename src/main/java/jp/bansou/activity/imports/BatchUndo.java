package jp.bansou.activity.imports;

import java.util.Set;
import jp.bansou.activity.ActivityService;
import jp.bansou.activity.BatchAlreadyUndoneException;
import jp.bansou.activity.BatchNotFoundException;
import jp.bansou.activity.ImportBatch;
import jp.bansou.audit.AuditAction;
import jp.bansou.audit.AuditEntry;
import jp.bansou.audit.AuditTrail;
import jp.bansou.audit.AuditType;
import jp.bansou.period.ClosedCalendar;
import jp.bansou.period.PeriodClosedException;
import jp.bansou.period.PeriodLocks;
import jp.bansou.shared.FiscalYear;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Undoes a batch in one transaction: its records go (with their staff and categories), the batch is
 * marked undone, and the actuals of the years concerned are recounted. Businesses it registered stay.
 * A batch with records in a closed period is refused (the period must be reopened first); the undo
 * is one row of the audit trail.
 */
@Component
public class BatchUndo {

    private final BatchStore batches;
    private final ActivityService activities;
    private final PeriodLocks locks;
    private final AuditTrail audit;

    BatchUndo(BatchStore batches, ActivityService activities, PeriodLocks locks, AuditTrail audit) {
        this.batches = batches;
        this.activities = activities;
        this.locks = locks;
        this.audit = audit;
    }

    /** The number of records deleted; the batch must be the association's and not undone yet. */
    @Transactional(noRollbackFor = {BatchNotFoundException.class, BatchAlreadyUndoneException.class,
        PeriodClosedException.class})
    public int undo(long associationId, long batchId, String user) {
        ImportBatch batch = batches.find(associationId, batchId).orElseThrow(() -> new BatchNotFoundException(batchId));
        if (!batch.undoable()) {
            throw new BatchAlreadyUndoneException(batchId);
        }
        ClosedCalendar closed = locks.calendar(associationId);
        batches.datesOf(batchId).stream().map(closed::containing).flatMap(java.util.Optional::stream).findFirst()
                .ifPresent(c -> {
                    throw new PeriodClosedException(c, c.period().label() + "の記録を含むため取り消せません"
                            + "（管理者が締めを解除してから取り消してください）");
                });
        Set<FiscalYear> years = batches.yearsOf(batchId);
        int deleted = batches.undo(associationId, batchId, user);
        activities.changed(associationId, years);
        audit.record(AuditEntry.of(associationId, AuditType.IMPORT, AuditAction.UNDO, batchId, batch.fileName())
                .changing("取込番号 " + batchId + ": " + batch.fileName(), "取消: " + deleted + "件を削除")
                .by(AuditTrail.currentActorOr(user)));
        return deleted;
    }
}
