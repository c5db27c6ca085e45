package jp.bansou.report.sheetimport;

import java.io.Serializable;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 事業 cell read back: the area's name, the guideline it serves ((指針③) on its own line, as the
 * export writes it, or after the name, as the seed sheet does) and a sub-heading on the line below.
 */
record AreaText(String name, Integer guideline, String subHeading) implements Serializable {

    private static final Pattern GUIDELINE = Pattern.compile("\\s*[(（]指針([①②③④1-4])[)）]\\s*");

    static AreaText parse(String text) {
        List<String> lines = text.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        String name = lines.get(0);
        Integer guideline = null;
        Matcher inName = GUIDELINE.matcher(name);
        if (inName.find() && inName.end() == name.length()) {
            guideline = number(inName.group(1));
            name = name.substring(0, inName.start()).strip();
        }
        StringBuilder sub = new StringBuilder();
        for (String line : lines.subList(1, lines.size())) {
            Matcher own = GUIDELINE.matcher(line);
            if (guideline == null && own.matches()) {
                guideline = number(own.group(1));
            } else {
                sub.append(sub.isEmpty() ? "" : " ").append(line);
            }
        }
        return new AreaText(name, guideline, sub.isEmpty() ? null : sub.toString());
    }

    private static int number(String mark) {
        int circled = "①②③④".indexOf(mark);
        return circled >= 0 ? circled + 1 : Integer.parseInt(mark);
    }
}
