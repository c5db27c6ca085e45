package jp.bansou.evaluation.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates typed into the committee's forms (yyyy-mm-dd, as date inputs send them). */
final class Dates {

    private Dates() {
    }

    static LocalDate parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + "「" + text + "」は日付（例 2022-05-20）で入力してください");
        }
    }

    static LocalDate required(String text, String field) {
        LocalDate date = parse(text, field);
        if (date == null) {
            throw new IllegalArgumentException(field + "を入力してください");
        }
        return date;
    }
}
