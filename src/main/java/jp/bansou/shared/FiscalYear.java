package jp.bansou.shared;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Japanese fiscal year, April to March, named by the calendar year in which it starts
 * (FY2022 = 2022-04-01 .. 2023-03-31 = 令和4年度).
 *
 * <p>The era label follows the usage of public bodies: the era is the one in force at the end of
 * the starting calendar year, so FY2019 (which begins in 平成31) is 令和元年度. The first year of
 * an era is written 元年.
 */
public record FiscalYear(int startYear) implements Comparable<FiscalYear> {

    private static final Pattern ERA_LABEL = Pattern.compile("(令和|平成|昭和)(元|\\d{1,3})年度");

    public FiscalYear {
        if (startYear < 1989 || startYear > 2200) {
            throw new IllegalArgumentException("年度が範囲外です: " + startYear);
        }
    }

    public static FiscalYear of(int startYear) {
        return new FiscalYear(startYear);
    }

    /** The fiscal year a date falls in: January to March belong to the year that began the April before. */
    public static FiscalYear containing(LocalDate date) {
        return new FiscalYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
    }

    /**
     * The year a page asks for ({@code ?fy=2022}); without one, the newest of {@code available}
     * (any order), or the year {@code today} falls in when none is available. An impossible year is
     * refused with {@link IllegalArgumentException} (the web layer answers 400).
     */
    public static FiscalYear requestedOrLatest(Integer startYear, java.util.Collection<FiscalYear> available,
                                               LocalDate today) {
        if (startYear != null) {
            return new FiscalYear(startYear);
        }
        return available.stream().max(FiscalYear::compareTo).orElseGet(() -> containing(today));
    }

    /** Parses 令和4年度, 令和元年度, 平成30年度, 2022年度, FY2022 or 2022. */
    public static FiscalYear parse(String text) {
        String s = text.strip();
        Matcher era = ERA_LABEL.matcher(s);
        if (era.matches()) {
            int yearOfEra = era.group(2).equals("元") ? 1 : Integer.parseInt(era.group(2));
            if (yearOfEra == 0) {
                throw new IllegalArgumentException("年度として読めません: " + text);
            }
            int eraStart = switch (era.group(1)) {
                case "令和" -> 2019;
                case "平成" -> 1989;
                default -> 1926;
            };
            return new FiscalYear(eraStart + yearOfEra - 1);
        }
        String digits = s.replaceFirst("^(?i)FY", "").replaceFirst("年度$", "");
        if (digits.matches("\\d{4}")) {
            return new FiscalYear(Integer.parseInt(digits));
        }
        throw new IllegalArgumentException("年度として読めません: " + text);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, 4, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, 3, 31);
    }

    /** The first day of 下期 (the second half, October to March); 上期 is April to September. */
    public LocalDate secondHalfFirstDay() {
        return LocalDate.of(startYear, 10, 1);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    public FiscalYear previous() {
        return new FiscalYear(startYear - 1);
    }

    public FiscalYear next() {
        return new FiscalYear(startYear + 1);
    }

    /** 令和4年度; 令和元年度 for FY2019. */
    public String japaneseLabel() {
        JapaneseDate endOfStartYear = JapaneseDate.from(LocalDate.of(startYear, 12, 31));
        JapaneseEra era = endOfStartYear.getEra();
        int yearOfEra = endOfStartYear.get(ChronoField.YEAR_OF_ERA);
        String eraName = era.getDisplayName(java.time.format.TextStyle.FULL, Locale.JAPAN);
        return eraName + (yearOfEra == 1 ? "元" : Integer.toString(yearOfEra)) + "年度";
    }

    /** 2022年度. */
    public String westernLabel() {
        return startYear + "年度";
    }

    /** FY2022. */
    public String englishLabel() {
        return "FY" + startYear;
    }

    /** The label for the user's language: 令和4年度 in Japanese, FY2022 otherwise. */
    public String label(Locale locale) {
        return Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? japaneseLabel() : englishLabel();
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return englishLabel();
    }
}
