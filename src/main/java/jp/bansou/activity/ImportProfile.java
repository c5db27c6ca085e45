package jp.bansou.activity;

import java.time.LocalDateTime;

/**
 * A named, saved mapping (経営カルテ …); {@code headerSignature} identifies the headers of the file
 * it was made for, so a file with the same headers gets it chosen automatically.
 */
public record ImportProfile(long id, String name, String headerSignature, ImportMapping mapping, String updatedBy,
                            LocalDateTime updatedAt) {
}
