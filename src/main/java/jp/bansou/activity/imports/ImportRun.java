package jp.bansou.activity.imports;

import java.util.Optional;
import jp.bansou.activity.ActivityService;
import jp.bansou.activity.BulkImportResult;
import jp.bansou.activity.DuplicateImportRowsException;
import jp.bansou.activity.ImportField;
import jp.bansou.activity.ImportCheck;
import jp.bansou.activity.ImportRequest;
import jp.bansou.activity.ImportResult;
import jp.bansou.activity.internal.ActivityStore;
import jp.bansou.audit.AuditAction;
import jp.bansou.audit.AuditEntry;
import jp.bansou.audit.AuditTrail;
import jp.bansou.audit.AuditType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One import: prepare, refuse a file already imported, check every row (nothing written while any
 * row is wrong), then write all rows in one transaction and tell the actuals once.
 */
@Component
public class ImportRun {

    private final ImportPreparation preparation;
    private final ActivityService activities;
    private final ActivityStore store;
    private final BatchStore batches;
    private final TransactionTemplate transaction;
    private final AuditTrail audit;

    ImportRun(ImportPreparation preparation, ActivityService activities, ActivityStore store, BatchStore batches,
              PlatformTransactionManager transactions, AuditTrail audit) {
        this.audit = audit;
        this.preparation = preparation;
        this.activities = activities;
        this.store = store;
        this.batches = batches;
        this.transaction = new TransactionTemplate(transactions);
        // On its own the batch is one transaction; inside a caller's, a savepoint, so a refused batch leaves no trace.
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    public ImportResult run(ImportRequest request) {
        try {
            Prepared prepared = preparation.prepare(request);
            var done = batches.completedWithSha(request.associationId(), prepared.sha256());
            if (done.isPresent()) {
                return ImportResult.alreadyImported(done.get());
            }
            ImportErrors errors = validate(request, prepared).finish();
            if (errors.any()) {
                return ImportResult.rejected(errors.list(), errors.count());
            }
            return transaction.execute(status -> write(request, prepared));
        } catch (ImportFileException e) {
            return ImportResult.rejected(e.error());
        } catch (ImportRejected e) {
            return ImportResult.rejected(e.errors().list(), e.errors().count());
        }
    }

    /** Checks the file as {@link #run} would, writing nothing. */
    public ImportCheck check(ImportRequest request) {
        try {
            Prepared prepared = preparation.prepare(request);
            ValidationPass pass = validate(request, prepared);
            ImportErrors errors = pass.finish();
            return new ImportCheck(pass.rows(), errors.list(), errors.count(), errors.unknownStaffNames(),
                    errors.unknownDistrictNames());
        } catch (ImportFileException e) {
            return new ImportCheck(0, java.util.List.of(e.error()), 1, java.util.List.of(), java.util.List.of());
        } catch (ImportRejected e) {
            ImportErrors errors = e.errors();
            return new ImportCheck(0, errors.list(), errors.count(), java.util.List.of(), java.util.List.of());
        }
    }

    private ValidationPass validate(ImportRequest request, Prepared prepared) {
        ValidationPass pass = new ValidationPass(prepared.mapping(), prepared.lookups(), request.year(),
                memberNumbers(request.associationId()),
                prepared.source().fileName());
        Tables.read(prepared.source(), pass);
        return pass;
    }

    /** Member number → business, asked once per number however many rows repeat it. */
    private java.util.function.Function<String, Optional<Long>> memberNumbers(long associationId) {
        java.util.Map<String, Optional<Long>> seen = new java.util.HashMap<>();
        return number -> seen.computeIfAbsent(number, n -> store.findBusinessByMemberNumber(associationId, n));
    }

    private ImportResult write(ImportRequest request, Prepared prepared) {
        long association = request.associationId();
        long batchId = batches.insert(association, prepared.source().fileName(), prepared.sha256(),
                prepared.profileId(), prepared.source().encodingLabel(), request.user());
        try {
            BulkImportResult result = activities.recordAll(association, batchId, sink -> {
                // The validation pass found every member number; the connection is busy streaming the stage now.
                BulkWritePass pass = new BulkWritePass(sink, prepared.mapping(), prepared.lookups(), request.year(),
                        prepared.source().fileName(), number -> Optional.of(0L));
                Tables.read(prepared.source(), pass);
                if (pass.errors().any()) {
                    throw new ImportRejected(pass.errors());
                }
            });
            batches.finish(batchId, (int) result.stored(), (int) result.skipped());
            audit.record(AuditEntry.of(association, AuditType.IMPORT, AuditAction.IMPORT, batchId,
                    prepared.source().fileName()).changing(null, "取込番号 " + batchId + ": " + result.stored()
                    + "件を登録、" + result.skipped() + "件は登録済みのためスキップ")
                    .by(AuditTrail.currentActorOr(request.user())));
            return ImportResult.imported(batchId, (int) result.stored(), (int) result.skipped());
        } catch (DuplicateImportRowsException e) {
            ImportErrors errors = new ImportErrors();
            String column = prepared.mapping().headerOf(ImportField.RECORD_ID).orElse(null);
            e.repeats().forEach(r -> errors.add((int) r.line(), column,
                    "このファイルの" + r.firstLine() + "行目と同じ記録です（重複行）"));
            throw new ImportRejected(errors);
        }
    }
}
