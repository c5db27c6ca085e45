package jp.bansou.activity.imports;

import jp.bansou.activity.ImportError;

/** The file cannot be read at all (encoding, broken .xlsx, missing sheet …): one error for the whole file. */
public class ImportFileException extends RuntimeException {

    private final transient ImportError error;

    public ImportFileException(ImportError error) {
        super(error.text());
        this.error = error;
    }

    public ImportFileException(String message) {
        this(ImportError.ofFile(message));
    }

    public ImportError error() {
        return error;
    }
}
