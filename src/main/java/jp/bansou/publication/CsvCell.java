package jp.bansou.publication;

import java.util.regex.Pattern;

/**
 * One CSV cell, safe to open in a spreadsheet: text starting with =, +, -, @, a tab or a carriage
 * return (which Excel and LibreOffice would read as a formula) gets a leading {@code '}, and is then
 * quoted; a plain number such as -12.5 stays a number. Cells holding a comma, a quote or a line
 * break are quoted, quotes doubled (RFC 4180).
 */
public record CsvCell(String value) {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final String FORMULA_STARTS = "=+-@\t\r";

    public CsvCell {
        value = value == null ? "" : value;
    }

    /** True when a spreadsheet could take the cell for a formula. */
    public boolean dangerous() {
        return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0
                && !PLAIN_NUMBER.matcher(value).matches();
    }

    /** The cell as written to the file. */
    public String text() {
        String safe = dangerous() ? "'" + value : value;
        boolean quote = dangerous() || safe.contains(",") || safe.contains("\"") || safe.contains("\n")
                || safe.contains("\r");
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
