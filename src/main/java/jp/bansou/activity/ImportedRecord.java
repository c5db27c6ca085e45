package jp.bansou.activity;

import java.time.LocalDate;
import java.util.Set;

/**
 * A row of an import file after validation, names resolved to ids, ready to be stored in bulk.
 *
 * @param naturalKey       the source system's record id, or a digest of the row: a record already
 *                         stored under the same key is skipped, so a file imported twice counts once
 * @param businessName     null for events; a business not yet registered is registered (matched by
 *                         member number, else by normalised name within {@code businessDistrictId})
 * @param districtId       where an event without a business counts (null: the head office)
 */
public record ImportedRecord(long line, String naturalKey, LocalDate date, long kindId, String businessName,
                             String memberNumber, Long businessDistrictId, Long districtId, Set<Long> staffIds,
                             Set<Long> categoryIds, Integer minutes, Integer participants, Integer deals,
                             Integer pressReleases, String note) {

    public ImportedRecord {
        if (naturalKey == null || naturalKey.isBlank() || date == null) {
            throw new IllegalArgumentException("natural key and date are required");
        }
        if (businessName != null && businessDistrictId == null) {
            throw new IllegalArgumentException("a business needs its district");
        }
        staffIds = staffIds == null ? Set.of() : Set.copyOf(staffIds);
        categoryIds = categoryIds == null ? Set.of() : Set.copyOf(categoryIds);
    }
}
