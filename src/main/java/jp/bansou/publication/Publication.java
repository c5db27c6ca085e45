package jp.bansou.publication;

import java.time.LocalDateTime;
import java.util.Optional;
import jp.bansou.progress.YearSnapshot;
import jp.bansou.shared.FiscalYear;

/**
 * A fiscal year's snapshot as published: which snapshot (when it was taken), when and by whom.
 * Closing the year again replaces the snapshot; the new one is public only once published again.
 */
public record Publication(FiscalYear year, LocalDateTime snapshotTakenAt, LocalDateTime publishedAt,
                          String publishedBy) {

    public Publication {
        if (year == null || snapshotTakenAt == null || publishedAt == null) {
            throw new IllegalArgumentException("公開する年度とスナップショットは必須です");
        }
    }

    /** True when the year's snapshot now is the one published (false without a snapshot). */
    public boolean shows(Optional<YearSnapshot> current) {
        return current.map(s -> s.takenAt().equals(snapshotTakenAt)).orElse(false);
    }
}
