package jp.bansou.evaluation;

/** Checks of free texts entered on the committee's pages: trimmed, blank as null, within a column's size. */
final class Texts {

    private Texts() {
    }

    static String required(String text, int limit, String field) {
        String value = optional(text, limit, field);
        if (value == null) {
            throw new IllegalArgumentException(field + "を入力してください");
        }
        return value;
    }

    static String optional(String text, int limit, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.length() > limit) {
            throw new IllegalArgumentException(field + "は" + limit + "文字以内で入力してください");
        }
        return value;
    }
}
