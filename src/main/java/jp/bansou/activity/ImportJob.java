package jp.bansou.activity;

import java.time.Instant;
import java.util.Optional;

/**
 * One import or check running in the background for a user of an association: its progress while
 * it runs, then its result (or, where it failed unexpectedly, the message; nothing is stored then).
 */
public final class ImportJob {

    /** An import stores the file's records; a check only reads them. */
    public enum Kind { IMPORT, CHECK }

    private final String id;
    private final long associationId;
    private final String user;
    private final String fileName;
    private final Kind kind;
    private final String reference;
    private final ImportProgress progress;
    private final Instant started = Instant.now();
    private volatile ImportResult result;
    private volatile ImportCheck check;
    private volatile String failure;

    ImportJob(String id, ImportRequest request, Kind kind, String reference, ImportProgress progress) {
        this.id = id;
        this.associationId = request.associationId();
        this.user = request.user();
        this.fileName = request.fileName();
        this.kind = kind;
        this.reference = reference;
        this.progress = progress;
    }

    void imported(ImportResult done) {
        result = done;
        progress.enter(ImportProgress.Phase.DONE);
    }

    void checked(ImportCheck done) {
        check = done;
        progress.enter(ImportProgress.Phase.DONE);
    }

    void failed(String message) {
        failure = message;
        progress.enter(ImportProgress.Phase.DONE);
    }

    public boolean finished() {
        return result != null || check != null || failure != null;
    }

    public String id() {
        return id;
    }

    public long associationId() {
        return associationId;
    }

    public String user() {
        return user;
    }

    public String fileName() {
        return fileName;
    }

    public Kind kind() {
        return kind;
    }

    /** What the caller started the job for (the web flow: its pending upload), handed back unchanged. */
    public String reference() {
        return reference;
    }

    public Instant started() {
        return started;
    }

    ImportProgress tracker() {
        return progress;
    }

    public ImportProgress.Snapshot progress() {
        return progress.snapshot();
    }

    public Optional<ImportResult> result() {
        return Optional.ofNullable(result);
    }

    public Optional<ImportCheck> check() {
        return Optional.ofNullable(check);
    }

    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }
}
