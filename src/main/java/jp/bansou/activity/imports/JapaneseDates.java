package jp.bansou.activity.imports;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates consultation systems write: 2022/5/1, 2022-05-01, 2022年5月1日, 令和4年5月1日
 * (元年 for the first year), R4.5.1 or R4/5/1; a time after the date is ignored. An era year counts
 * from the era's first calendar year (令和1 = 2019) without checking the era's first day, as forms
 * printed before a change of era still say 平成31年5月. Impossible dates (令和元年13月1日) are errors.
 */
public final class JapaneseDates {

    private static final Pattern WESTERN = Pattern.compile("(\\d{4})(?:[/.\\-]|年)(\\d{1,2})(?:[/.\\-]|月)(\\d{1,2})日?");
    private static final Pattern ERA = Pattern.compile(
            "(令和|平成|昭和|[RHSrhs])\\.?(元|\\d{1,2})(?:年|[/.\\-])(\\d{1,2})(?:月|[/.\\-])(\\d{1,2})日?");
    private static final Pattern TIME = Pattern.compile("(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)$");
    private static final Map<String, Integer> ERA_START = Map.of("令和", 2019, "R", 2019, "平成", 1989, "H", 1989,
            "昭和", 1926, "S", 1926);

    private JapaneseDates() {
    }

    /** The date, or empty when the text is no date. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = TIME.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).strip()).replaceFirst("").strip();
        try {
            Matcher western = WESTERN.matcher(s);
            if (western.matches()) {
                return Optional.of(date(Integer.parseInt(western.group(1)), western.group(2), western.group(3)));
            }
            Matcher era = ERA.matcher(s);
            if (era.matches()) {
                int yearOfEra = era.group(2).equals("元") ? 1 : Integer.parseInt(era.group(2));
                if (yearOfEra < 1) {
                    return Optional.empty();
                }
                int start = ERA_START.get(era.group(1).toUpperCase(java.util.Locale.ROOT));
                return Optional.of(date(start + yearOfEra - 1, era.group(3), era.group(4)));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static LocalDate date(int year, String month, String day) {
        return LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
    }
}
