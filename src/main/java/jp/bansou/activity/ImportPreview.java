package jp.bansou.activity;

import java.util.List;

/**
 * The start of an uploaded file, for the mapping step: its headers, first rows, how it was read
 * (UTF-8, MS932 or xlsx, and the workbook's sheets), and the profile its headers match, if any.
 * When the file cannot be read, {@code errors} says why and the rest is empty.
 */
public record ImportPreview(List<String> headers, List<List<String>> rows, String encoding, List<String> sheets,
                            ImportProfile profile, List<ImportError> errors) {

    public ImportPreview {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
        sheets = List.copyOf(sheets);
        errors = List.copyOf(errors);
    }

    public static ImportPreview failed(ImportError error) {
        return new ImportPreview(List.of(), List.of(), null, List.of(), null, List.of(error));
    }

    public boolean readable() {
        return errors.isEmpty();
    }
}
