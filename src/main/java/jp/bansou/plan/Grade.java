package jp.bansou.plan;

/** An achievement grade as the reviewer decided it: A to E (the seed association uses A, B, C). */
public record Grade(String code) {

    public Grade {
        if (code == null || !code.matches("[A-E]")) {
            throw new IllegalArgumentException("達成状況はAからEで入力してください");
        }
    }

    /** A grade from a form or the database; blank means not graded yet. */
    public static Grade ofNullable(String code) {
        return code == null || code.isBlank() ? null : new Grade(code.strip());
    }
}
