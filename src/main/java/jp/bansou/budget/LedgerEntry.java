package jp.bansou.budget;

import java.time.LocalDate;
import jp.bansou.shared.Yen;

/**
 * One row of the spending ledger. A reversal has a negative amount and names the entry it reverses;
 * an entry reversed later says so ({@code reversedBy}). The planned event's title is null when the
 * entry names none or the event no longer exists.
 */
public record LedgerEntry(long id, LocalDate date, long lineId, String area, String category, Yen amount,
                          String payee, String purpose, String voucherNo, Long activityRecordId, Long eventId,
                          String eventTitle, Long reversesId, Long reversedBy, String reason, String createdBy) {

    public boolean isReversal() {
        return reversesId != null;
    }

    /** An ordinary entry not yet reversed: the only kind that may be reversed. */
    public boolean reversible() {
        return reversesId == null && reversedBy == null;
    }

    public String line() {
        return area + " / " + category;
    }
}
