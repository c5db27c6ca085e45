package jp.bansou.activity.imports;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The encodings a file may come in. Japanese Windows writes MS932, which Java calls
 * {@code windows-31j}; {@code Shift_JIS} is never used to decode (it fails on ① ㈱ 髙), even when asked for.
 */
public final class Encodings {

    public static final Charset MS932 = Charset.forName("windows-31j");

    private Encodings() {
    }

    /** The override a user chose: null for automatic detection. */
    public static Charset parse(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String key = name.strip().toLowerCase(Locale.ROOT).replace("_", "-");
        return switch (key) {
            case "auto", "自動" -> null;
            case "utf-8", "utf8", "utf-8-bom" -> StandardCharsets.UTF_8;
            case "ms932", "windows-31j", "cp932", "shift-jis", "sjis", "shiftjis" -> MS932;
            default -> throw new ImportFileException("文字コード「" + name + "」には対応していません（UTF-8 か MS932 を指定してください）");
        };
    }

    /** UTF-8 or MS932, as pages and batches show it. */
    public static String label(Charset charset) {
        return charset == null ? null : charset.equals(MS932) ? "MS932" : "UTF-8";
    }
}
