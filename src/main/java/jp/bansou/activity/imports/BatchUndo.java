package jp.bansou.activity.imports;

import java.util.Set;
import jp.bansou.activity.ActivityService;
import jp.bansou.activity.BatchAlreadyUndoneException;
import jp.bansou.activity.BatchNotFoundException;
import jp.bansou.activity.ImportBatch;
import jp.bansou.shared.FiscalYear;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Undoes a batch in one transaction: its records go (with their staff and categories), the batch is
 * marked undone, and the actuals of the years concerned are recounted. Businesses it registered stay.
 */
@Component
public class BatchUndo {

    private final BatchStore batches;
    private final ActivityService activities;

    BatchUndo(BatchStore batches, ActivityService activities) {
        this.batches = batches;
        this.activities = activities;
    }

    /** The number of records deleted; the batch must be the association's and not undone yet. */
    @Transactional(noRollbackFor = {BatchNotFoundException.class, BatchAlreadyUndoneException.class})
    public int undo(long associationId, long batchId, String user) {
        ImportBatch batch = batches.find(associationId, batchId).orElseThrow(() -> new BatchNotFoundException(batchId));
        if (!batch.undoable()) {
            throw new BatchAlreadyUndoneException(batchId);
        }
        Set<FiscalYear> years = batches.yearsOf(batchId);
        int deleted = batches.undo(associationId, batchId, user);
        activities.changed(associationId, years);
        return deleted;
    }
}
