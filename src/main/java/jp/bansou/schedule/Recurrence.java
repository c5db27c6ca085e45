package jp.bansou.schedule;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.bansou.shared.FiscalYear;

/**
 * How a recurring plan repeats within a fiscal year: the calendar months it falls in, kept in
 * fiscal order (April first). Read from {@code monthly} / {@code 毎月}, or a list of months such as
 * {@code quarterly: 4,7,10,1月}, {@code 四半期: 4、7、10、1月} or {@code 5,11月}. Expanding into a
 * fiscal year puts January to March in the calendar year after the April that began it.
 */
public record Recurrence(List<Integer> months) {

    private static final Pattern MONTHLY = Pattern.compile("(?i)\\s*(monthly|毎月)\\s*");
    private static final Pattern LIST = Pattern.compile(
            "(?i)\\s*(?:(?:quarterly|四半期|months|毎年)\\s*[:：]?)?\\s*([0-9０-９][0-9０-９,，、\\s]*)月?\\s*");

    public Recurrence {
        if (months == null || months.isEmpty()) {
            throw new IllegalArgumentException("繰り返しの月を指定してください");
        }
        Set<Integer> distinct = new LinkedHashSet<>();
        for (Integer m : months) {
            if (m == null || m < 1 || m > 12) {
                throw new IllegalArgumentException("繰り返しの月は1〜12で指定してください: " + m);
            }
            distinct.add(m);
        }
        months = distinct.stream().sorted((a, b) -> Integer.compare(fiscalOrder(a), fiscalOrder(b))).toList();
    }

    public static Recurrence monthly() {
        return new Recurrence(List.of(4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3));
    }

    /** Reads the texts above; anything else is refused with a message naming the field 繰り返し. */
    public static Recurrence parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("繰り返しを入力してください（例: monthly、quarterly: 4,7,10,1月）");
        }
        if (MONTHLY.matcher(text).matches()) {
            return monthly();
        }
        Matcher list = LIST.matcher(text.toLowerCase(Locale.ROOT));
        if (!list.matches()) {
            throw new IllegalArgumentException("繰り返しが読めません: " + text.strip()
                    + "（例: monthly、quarterly: 4,7,10,1月）");
        }
        List<Integer> months = new ArrayList<>();
        for (String part : toAscii(list.group(1)).split("[,，、\\s]+")) {
            if (!part.isBlank()) {
                months.add(Integer.parseInt(part));
            }
        }
        return new Recurrence(months);
    }

    /** The months of the fiscal year, April first: January–March fall in {@code year.startYear() + 1}. */
    public List<YearMonth> expand(FiscalYear year) {
        return months.stream()
                .map(m -> YearMonth.of(m >= 4 ? year.startYear() : year.startYear() + 1, m))
                .toList();
    }

    /** monthly, or quarterly-style {@code 4,7,10,1月}: the text the plan is stored as. */
    public String text() {
        return months.size() == 12 ? "monthly"
                : String.join(",", months.stream().map(String::valueOf).toList()) + "月";
    }

    private static int fiscalOrder(int month) {
        return (month + 8) % 12;
    }

    private static String toAscii(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : (char) c));
        return out.toString();
    }
}
