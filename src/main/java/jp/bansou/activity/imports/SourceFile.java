package jp.bansou.activity.imports;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A file to read: where it lies, the name the user gave it, and how to read it: as .xlsx (which
 * sheet; the first when none is named) or as CSV in {@code charset}.
 */
public record SourceFile(Path path, String fileName, boolean excel, Charset charset, String sheet) {

    /**
     * Decides how to read a file: a zip or a name ending in .xlsx is a workbook; anything else is CSV
     * in the chosen encoding, or else UTF-8 when it has a BOM or decodes as UTF-8, else MS932.
     */
    public static SourceFile of(Path path, String fileName, FileFacts facts, Charset override, String sheet) {
        String name = fileName == null || fileName.isBlank() ? path.getFileName().toString() : fileName;
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xls")) {
            throw new ImportFileException("Excel 97-2003 形式（.xls）には対応していません。.xlsx か CSV で保存し直してください: " + name);
        }
        if (facts.zip() || lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
            return new SourceFile(path, name, true, null, sheet == null || sheet.isBlank() ? null : sheet.strip());
        }
        Charset charset = override != null ? override
                : facts.utf8Bom() || facts.validUtf8() ? StandardCharsets.UTF_8 : Encodings.MS932;
        return new SourceFile(path, name, false, charset, null);
    }

    /** UTF-8, MS932 or xlsx, as batches record it. */
    public String encodingLabel() {
        return excel ? "xlsx" : Encodings.label(charset);
    }
}
