package jp.bansou.activity.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeSet;
import jp.bansou.activity.BusinessName;
import jp.bansou.activity.ImportedRecord;

/**
 * A checked row as the bulk writer stores it. A row without a record id is keyed by a digest of its
 * fields, so the same row imported again is skipped.
 */
final class BulkRecords {

    private BulkRecords() {
    }

    /** A business row needs its name and district to be found or registered; else its member number finds it. */
    static ImportedRecord record(ResolvedRow row) {
        boolean named = row.businessName() != null && row.districtId() != null;
        boolean business = named || row.memberNumber() != null;
        String key = row.naturalKey() != null ? row.naturalKey() : digest(row);
        return new ImportedRecord(row.line(), key, row.date(), row.kind().id(), named ? row.businessName() : null,
                row.memberNumber(), named ? row.districtId() : null, business ? null : row.districtId(),
                row.staffIds(), row.categoryIds(), row.minutes(), row.participants(), null, null, row.note());
    }

    /** The fields that make two rows the same record: date, kind, business, district, staff, categories, counts, note. */
    static String digest(ResolvedRow row) {
        String text = String.join("|", row.date().toString(), Long.toString(row.kind().id()),
                BusinessName.normalize(row.businessName()), String.valueOf(row.memberNumber()),
                String.valueOf(row.districtId()), new TreeSet<>(row.staffIds()).toString(),
                new TreeSet<>(row.categoryIds()).toString(), String.valueOf(row.minutes()),
                String.valueOf(row.participants()), String.valueOf(row.note()));
        try {
            return "fields:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 56);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
