package jp.bansou.activity.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The body of {@code POST /api/v1/activities}: everything by name, as people write it. The business
 * by name or member number; the district for an event without a business, or to place a new business.
 * {@code reason}: why an admin adds a record to a closed period (refused without one).
 */
record ActivityInput(String date, String kind, String business, String memberNumber, String district,
                     List<String> staff, List<String> categories, Integer minutes, Integer participants,
                     Integer deals, Integer pressReleases, String note, String reason) {

    LocalDate parsedDate(List<String> problems) {
        if (date == null || date.isBlank()) {
            problems.add("日付は必須です");
            return null;
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            problems.add("日付「" + date + "」が正しくありません（例: 2022-06-01）");
            return null;
        }
    }

    void checkCounts(List<String> problems) {
        nonNegative(minutes, "時間（分）", problems);
        nonNegative(participants, "参加者数", problems);
        nonNegative(deals, "商談成約数", problems);
        nonNegative(pressReleases, "プレスリリース数", problems);
        if (note != null && note.length() > 2000) {
            problems.add("備考は2000文字以内で入力してください");
        }
    }

    private static void nonNegative(Integer value, String label, List<String> problems) {
        if (value != null && value < 0) {
            problems.add(label + "は0以上で入力してください");
        }
    }
}
