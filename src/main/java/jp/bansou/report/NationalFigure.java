package jp.bansou.report;

/**
 * One figure of the national report: its message key ({@code national.figure.KEY}), the value, or
 * null when the line it comes from is not defined; a reference figure (advisors in post) is not
 * counted from records.
 */
public record NationalFigure(String key, Long value, boolean reference) {

    public boolean defined() {
        return value != null;
    }
}
