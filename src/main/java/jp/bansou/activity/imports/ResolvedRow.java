package jp.bansou.activity.imports;

import java.time.LocalDate;
import java.util.Set;
import jp.bansou.activity.ActivityKind;

/**
 * A row whose names were all found: what the write pass needs to find or register the business and
 * store the record. {@code naturalKey} comes from the file's record id, null when it has none.
 */
public record ResolvedRow(int line, LocalDate date, ActivityKind kind, String businessName, String memberNumber,
                          Long districtId, Set<Long> staffIds, Set<Long> categoryIds, Integer minutes,
                          Integer participants, String note, String naturalKey) {
}
