package jp.bansou.report.sheetimport;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 備考 cell read back. The export writes there, one per line, the note (where the district
 * columns hold a split), how the target follows from a headcount (各指導員9名×400件 = 3,600件) and the
 * five-year progress (5年累計 69 / 40 = 173%). The progress is computed, so it is dropped; a
 * derivation is kept apart; every other line is the note.
 */
record Remarks(String note, Derivation derivation) implements Serializable {

    private static final String NUMBER = "([\\d,]+(?:\\.\\d+)?)";
    private static final Pattern DERIVATION = Pattern.compile("^(.+?)\\d+名×" + NUMBER + "[^\\d+=\\s]*"
            + "(?:\\+" + NUMBER + "[^\\d=\\s]*)? = " + NUMBER + "[^（]*(?:（(.*)）)?$");
    private static final Pattern FIVE_YEAR = Pattern.compile("^(5年累計|毎年) " + NUMBER + " / " + NUMBER + "( = .*%)?$");

    /** A target derived from a group's headcount, by the group's name. */
    record Derivation(String groupName, BigDecimal perHead, BigDecimal addend, String remark) implements Serializable {
    }

    static Remarks parse(String text) {
        List<String> note = new ArrayList<>();
        Derivation derivation = null;
        for (String line : (text == null ? "" : text).strip().lines().toList()) {
            Matcher d = DERIVATION.matcher(line.strip());
            if (derivation == null && d.matches()) {
                derivation = new Derivation(d.group(1).strip(), SheetNumber.parse(d.group(2)),
                        d.group(3) == null ? null : SheetNumber.parse(d.group(3)), d.group(5));
            } else if (!FIVE_YEAR.matcher(line.strip()).matches()) {
                note.add(line);
            }
        }
        String joined = String.join("\n", note).strip();
        return new Remarks(joined.isEmpty() ? null : joined, derivation);
    }

    /** The spanning note of the district columns, then what else the 備考 cell says. */
    Remarks after(String spanningNote) {
        if (spanningNote == null || spanningNote.isBlank()) {
            return this;
        }
        return new Remarks(note == null ? spanningNote.strip() : spanningNote.strip() + "\n" + note, derivation);
    }
}
