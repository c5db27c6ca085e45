package jp.bansou.report;

import java.nio.file.Path;

/** The Japanese font the PDF embeds is not installed where {@code bansou.report.pdf-font} points. */
public class PdfFontMissingException extends RuntimeException {

    public PdfFontMissingException(Path font) {
        super("PDF用の日本語フォントが見つかりません: " + font
                + "（fonts-ipaexfont-gothic を入れるか bansou.report.pdf-font で指定してください）");
    }
}
