package jp.bansou.publication;

import jp.bansou.progress.YearSnapshot;
import jp.bansou.shared.FiscalYear;

/**
 * A fiscal year on the admin page: its snapshot (null when the year was never closed) and its
 * publication (null when not published); {@code live} when the public page shows it.
 */
public record PublishableYear(FiscalYear year, YearSnapshot snapshot, Publication publication) {

    public boolean live() {
        return publication != null && publication.shows(java.util.Optional.ofNullable(snapshot));
    }

    /** Published, but the year was closed again since: the new snapshot waits to be published. */
    public boolean stale() {
        return publication != null && !live();
    }
}
