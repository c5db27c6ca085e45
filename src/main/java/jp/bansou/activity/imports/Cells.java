package jp.bansou.activity.imports;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Small readings of cell text: several names in one cell, whole numbers with a unit. */
public final class Cells {

    private static final Pattern SEPARATORS = Pattern.compile("[・、,;]");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("(\\d+)(?:\\.0+)?(?:分|人|名)?");

    private Cells() {
    }

    /** 佐々木・河本, 佐々木、河本, 佐々木,河本 or 佐々木;河本 (full width too) as the names in it. */
    public static List<String> split(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        String folded = Normalizer.normalize(cell, Normalizer.Form.NFKC);
        return Arrays.stream(SEPARATORS.split(folded)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** 90, ９０, 90分, 12人, 1,200 or 90.0; empty when the text is no whole number of at least 0. */
    public static Optional<Integer> wholeNumber(String cell) {
        String s = Normalizer.normalize(cell, Normalizer.Form.NFKC).strip().replace(",", "");
        var m = WHOLE_NUMBER.matcher(s);
        if (!m.matches() || m.group(1).length() > 9) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(m.group(1)));
    }
}
