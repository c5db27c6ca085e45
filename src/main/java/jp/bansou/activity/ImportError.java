package jp.bansou.activity;

/**
 * One reason a file cannot be imported. {@code line} is the row as a spreadsheet shows it (the
 * header row is 1), null for the whole file; {@code column} is the file's header, null for the whole row.
 */
public record ImportError(Integer line, String column, String message) {

    public ImportError {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("エラーの内容は必須です");
        }
    }

    public static ImportError ofFile(String message) {
        return new ImportError(null, null, message);
    }

    /** 3行目「日付」: 日付として読めません: 2022/13/01 */
    public String text() {
        StringBuilder text = new StringBuilder();
        if (line != null) {
            text.append(line).append("行目");
        }
        if (column != null) {
            text.append("「").append(column).append("」");
        }
        return text.isEmpty() ? message : text.append(": ").append(message).toString();
    }
}
