package jp.bansou.activity.imports;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import jp.bansou.activity.ActivityService;
import jp.bansou.activity.BulkImportResult;
import jp.bansou.activity.DuplicateImportRowsException;
import jp.bansou.activity.ImportCheck;
import jp.bansou.activity.ImportError;
import jp.bansou.activity.ImportField;
import jp.bansou.activity.ImportProgress;
import jp.bansou.activity.ImportRequest;
import jp.bansou.activity.ImportResult;
import jp.bansou.activity.ImportedRecord;
import jp.bansou.activity.internal.ActivityStore;
import jp.bansou.audit.AuditAction;
import jp.bansou.audit.AuditEntry;
import jp.bansou.audit.AuditTrail;
import jp.bansou.audit.AuditType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One import: prepare, refuse a file already imported, then in one transaction read the file once,
 * checking every row and staging the good ones, store them with set-based statements and tell the
 * actuals once. A wrong row rolls the whole transaction back (nothing stored) unless the user chose
 * to skip bad rows.
 */
@Component
public class ImportRun {

    private static final Logger log = LoggerFactory.getLogger(ImportRun.class);

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

    public ImportResult run(ImportRequest request, ImportProgress progress) {
        try {
            Prepared prepared = preparation.prepare(request);
            var done = batches.completedWithSha(request.associationId(), prepared.sha256());
            if (done.isPresent()) {
                return ImportResult.alreadyImported(done.get());
            }
            return transaction.execute(status -> write(request, prepared, progress));
        } catch (ImportFileException e) {
            return ImportResult.rejected(e.error());
        } catch (ImportRejected e) {
            return ImportResult.rejected(e.errors().list(), e.errors().count());
        } catch (RuntimeException e) {
            if (DatabaseGone.causes(e)) {
                log.warn("import of {} stopped: the database connection was lost", request.fileName(), e);
                return ImportResult.rejected(ImportError.ofFile("データベースとの接続が切れたため、「"
                        + request.fileName() + "」の取込を中止しました。何も登録されていません。"
                        + "データベースが戻ってから、もう一度取り込んでください"));
            }
            throw e;
        }
    }

    /** Checks the file as {@link #run} would, writing nothing. */
    public ImportCheck check(ImportRequest request, ImportProgress progress) {
        try {
            Prepared prepared = preparation.prepare(request);
            ImportPass pass = read(request, prepared, store.memberNumbers(request.associationId()), null, progress);
            ImportErrors errors = pass.finish();
            return new ImportCheck(pass.rows(), errors.list(), errors.count(), errors.unknownStaffNames(),
                    errors.unknownDistrictNames());
        } catch (ImportFileException e) {
            return new ImportCheck(0, List.of(e.error()), 1, List.of(), List.of());
        } catch (ImportRejected e) {
            ImportErrors errors = e.errors();
            return new ImportCheck(0, errors.list(), errors.count(), List.of(), List.of());
        }
    }

    private ImportPass read(ImportRequest request, Prepared prepared, Set<String> memberNumbers,
                            Consumer<ImportedRecord> sink, ImportProgress progress) {
        ImportPass pass = new ImportPass(prepared.mapping(), prepared.lookups(), request.year(), memberNumbers,
                prepared.source().fileName(), sink, request.skipBadRows(), progress);
        progress.enter(ImportProgress.Phase.READING);
        long start = System.nanoTime();
        Tables.read(prepared.source(), pass, progress);
        log.debug("import: {} rows read and checked in {} ms", pass.rows(), (System.nanoTime() - start) / 1_000_000);
        return pass;
    }

    private ImportResult write(ImportRequest request, Prepared prepared, ImportProgress progress) {
        long association = request.associationId();
        long batchId = batches.insert(association, prepared.source().fileName(), prepared.sha256(),
                prepared.profileId(), prepared.source().encodingLabel(), request.user());
        ImportErrors[] found = new ImportErrors[1];
        // read before the rows stream: the connection is busy with the stage while they do
        Set<String> memberNumbers = store.memberNumbers(association);
        try {
            BulkImportResult result = activities.recordAll(association, batchId, sink -> {
                ImportPass pass = read(request, prepared, memberNumbers, sink, progress);
                found[0] = pass.finish();
                if (pass.refused()) {
                    throw new ImportRejected(found[0]);
                }
                progress.enter(ImportProgress.Phase.STORING);
            });
            batches.finish(batchId, (int) result.stored(), (int) result.skipped());
            audit.record(AuditEntry.of(association, AuditType.IMPORT, AuditAction.IMPORT, batchId,
                    prepared.source().fileName()).changing(null, "取込番号 " + batchId + ": " + result.stored()
                    + "件を登録、" + result.skipped() + "件は登録済みのためスキップ"
                    + (found[0].any() ? "、誤りのある行を除外（" + found[0].count() + "件の誤り）" : ""))
                    .by(AuditTrail.currentActorOr(request.user())));
            return ImportResult.imported(batchId, (int) result.stored(), (int) result.skipped(), found[0].list(),
                    found[0].count());
        } catch (DuplicateImportRowsException e) {
            ImportErrors errors = new ImportErrors();
            String column = prepared.mapping().headerOf(ImportField.RECORD_ID).orElse(null);
            e.repeats().forEach(r -> errors.add((int) r.line(), column,
                    "このファイルの" + r.firstLine() + "行目と同じ記録です（重複行）"));
            throw new ImportRejected(errors);
        }
    }
}
