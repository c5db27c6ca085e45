package jp.bansou.activity;

import java.time.LocalDate;
import java.util.Set;

/**
 * An activity record to store. A record about a business counts to the business's district; an
 * event without a business counts to {@code districtId}, or to the head office when that is empty.
 *
 * @param naturalKey identifies the record across imports (the source system's id, or a digest of
 *                   its fields); null for a record typed in, which never collides
 */
public record NewActivity(LocalDate date, long kindId, Long businessId, Long districtId, Set<Long> staffIds,
                          Set<Long> categoryIds, Integer minutes, Integer participants, Integer deals,
                          Integer pressReleases, String note, String naturalKey) {

    public NewActivity {
        if (date == null) {
            throw new IllegalArgumentException("日付は必須です");
        }
        staffIds = staffIds == null ? Set.of() : Set.copyOf(staffIds);
        categoryIds = categoryIds == null ? Set.of() : Set.copyOf(categoryIds);
        for (Integer count : new Integer[] {minutes, participants, deals, pressReleases}) {
            if (count != null && count < 0) {
                throw new IllegalArgumentException("時間・人数・件数は0以上で入力してください");
            }
        }
        note = note == null || note.isBlank() ? null : note.strip();
    }

    /** The same record about the given business (one just registered, say). */
    public NewActivity withBusiness(long business) {
        return new NewActivity(date, kindId, business, districtId, staffIds, categoryIds, minutes, participants, deals,
                pressReleases, note, naturalKey);
    }
}
