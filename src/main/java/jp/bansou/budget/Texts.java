package jp.bansou.budget;

/** Checks of the budget's free texts, naming the field in the message. */
final class Texts {

    private Texts() {
    }

    static String required(String text, int max, String field) {
        String value = optional(text, max, field);
        if (value == null) {
            throw new IllegalArgumentException(field + "を入力してください");
        }
        return value;
    }

    static String optional(String text, int max, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new IllegalArgumentException(field + "は" + max + "文字以内で入力してください");
        }
        return stripped;
    }
}
