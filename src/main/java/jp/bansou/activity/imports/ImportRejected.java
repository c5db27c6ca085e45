package jp.bansou.activity.imports;

/** Ends a pass whose errors refuse the file; thrown inside the write transaction, it rolls everything back. */
public class ImportRejected extends RuntimeException {

    private final transient ImportErrors errors;

    public ImportRejected(ImportErrors errors) {
        super(errors.count() + " errors", null, false, false);
        this.errors = errors;
    }

    public ImportErrors errors() {
        return errors;
    }
}
