package jp.bansou.report;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The Japanese TrueType font the PDFs embed (as a subset, IDENTITY_H); refused where the file is missing. */
final class PdfFont {

    private PdfFont() {
    }

    static BaseFont load(Path font) throws IOException {
        if (!Files.isReadable(font)) {
            throw new PdfFontMissingException(font);
        }
        return BaseFont.createFont(font.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    }
}
