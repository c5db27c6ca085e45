package jp.bansou.activity;

import java.time.LocalDateTime;

/**
 * One imported file: how many records it stored and how many it skipped as already known; an
 * undone batch's records are deleted, the batch stays as a trace.
 */
public record ImportBatch(long id, String fileName, String sha256, String profileName, String encoding,
                          int recordCount, int skippedDuplicates, Status status, String createdBy,
                          LocalDateTime createdAt, String undoneBy, LocalDateTime undoneAt) {

    public enum Status {
        COMPLETED, UNDONE
    }

    public boolean undoable() {
        return status == Status.COMPLETED;
    }
}
