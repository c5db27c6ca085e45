package jp.bansou.plan;

/**
 * An achievement grade as the reviewer decided it: a code of the association's grading scale, one
 * capital letter, optionally followed by + or - (A, B, E, S, A+).
 */
public record Grade(String code) {

    public Grade {
        if (code == null || !code.matches("[A-Z][+-]?")) {
            throw new IllegalArgumentException("達成状況の記号は英大文字1文字（A+ のように + か - を付けても可）です");
        }
    }

    /** A grade from a form or the database; blank means not graded yet. */
    public static Grade ofNullable(String code) {
        return code == null || code.isBlank() ? null : new Grade(code.strip());
    }
}
