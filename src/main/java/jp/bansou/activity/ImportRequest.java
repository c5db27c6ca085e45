package jp.bansou.activity;

import java.nio.file.Path;
import jp.bansou.shared.FiscalYear;

/**
 * A file to import for an association. The columns come from {@code mapping} when given, else from
 * the profile named, else from the profile whose header signature matches the file's headers.
 *
 * @param encoding  UTF-8 or MS932 to override detection; null or "auto" to detect
 * @param sheet     the .xlsx sheet by name; null for the first
 * @param year      when given, every date must fall in this fiscal year
 * @param skipBadRows the user chose to store the good rows of a file with wrong rows (listed, not stored);
 *                  by default one wrong row refuses the whole file
 */
public record ImportRequest(long associationId, String user, Path file, String fileName, String encoding,
                            String sheet, FiscalYear year, String profileName, ImportMapping mapping,
                            boolean skipBadRows) {

    /** An all-or-nothing import. */
    public ImportRequest(long associationId, String user, Path file, String fileName, String encoding, String sheet,
                         FiscalYear year, String profileName, ImportMapping mapping) {
        this(associationId, user, file, fileName, encoding, sheet, year, profileName, mapping, false);
    }

    public ImportRequest {
        if (file == null) {
            throw new IllegalArgumentException("ファイルは必須です");
        }
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("取り込む人は必須です");
        }
        fileName = fileName == null || fileName.isBlank() ? file.getFileName().toString() : fileName.strip();
        profileName = profileName == null || profileName.isBlank() ? null : profileName.strip();
    }

    public ImportRequest withMapping(ImportMapping chosen, String profile) {
        return new ImportRequest(associationId, user, file, fileName, encoding, sheet, year, profile, chosen,
                skipBadRows);
    }

    public ImportRequest skippingBadRows(boolean skip) {
        return new ImportRequest(associationId, user, file, fileName, encoding, sheet, year, profileName, mapping, skip);
    }
}
