package jp.bansou.activity;

import java.util.List;

/**
 * What an import did: the batch, the records stored and those skipped as already known; or, when
 * the file was refused, the errors (nothing stored). {@code errorCount} counts every error found,
 * {@code errors} keeps the first few hundred. An import that skipped wrong rows (when the user chose
 * so) is imported with the errors of the rows it left out.
 */
public record ImportResult(Outcome outcome, Long batchId, int stored, int skipped, List<ImportError> errors,
                           int errorCount) {

    public enum Outcome {
        IMPORTED, REJECTED, ALREADY_IMPORTED
    }

    public ImportResult {
        errors = List.copyOf(errors);
    }

    /** Imported, leaving out the wrong rows the user chose to skip; {@code errors} says which and why. */
    public static ImportResult imported(long batchId, int stored, int skipped, List<ImportError> errors,
                                        int errorCount) {
        return new ImportResult(Outcome.IMPORTED, batchId, stored, skipped, errors, errorCount);
    }

    public static ImportResult rejected(List<ImportError> errors, int errorCount) {
        return new ImportResult(Outcome.REJECTED, null, 0, 0, errors, Math.max(errorCount, errors.size()));
    }

    public static ImportResult rejected(ImportError error) {
        return rejected(List.of(error), 1);
    }

    public static ImportResult alreadyImported(ImportBatch batch) {
        return new ImportResult(Outcome.ALREADY_IMPORTED, batch.id(), 0, 0, List.of(ImportError.ofFile(
                "このファイルはすでに取り込まれています（取込番号 " + batch.id() + "、" + batch.fileName() + "）")), 1);
    }

    public boolean imported() {
        return outcome == Outcome.IMPORTED;
    }
}
