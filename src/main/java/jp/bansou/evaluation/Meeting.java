package jp.bansou.evaluation;

import java.time.LocalDate;
import java.util.List;
import jp.bansou.shared.FiscalYear;

/**
 * A committee meeting of a fiscal year. A year-end meeting is held once the year is over (on its last
 * day at the earliest); a half-year meeting in the second half of the year, when the first half's
 * figures exist. Attendees are members of the year's committee; others are named in free text.
 */
public record Meeting(Long id, FiscalYear year, MeetingKind kind, LocalDate heldOn, String place,
                      List<Long> attendeeIds, String otherAttendees, String minutes) {

    public Meeting {
        if (year == null || kind == null || heldOn == null) {
            throw new IllegalArgumentException("年度、種類と開催日は必須です");
        }
        if (kind == MeetingKind.YEAR_END && heldOn.isBefore(year.lastDay())) {
            throw new IllegalArgumentException("年度末の委員会の開催日は" + year.lastDay() + "以降にしてください");
        }
        if (kind == MeetingKind.HALF_YEAR
                && (heldOn.isBefore(year.secondHalfFirstDay()) || heldOn.isAfter(year.lastDay()))) {
            throw new IllegalArgumentException("上期の委員会の開催日は" + year.secondHalfFirstDay() + "から"
                    + year.lastDay() + "までにしてください");
        }
        attendeeIds = attendeeIds == null ? List.of() : List.copyOf(attendeeIds);
        place = Texts.optional(place, 200, "場所");
        otherAttendees = Texts.optional(otherAttendees, 500, "その他の出席者");
        minutes = Texts.optional(minutes, 10000, "議事録");
    }

    public Meeting withId(long newId) {
        return new Meeting(newId, year, kind, heldOn, place, attendeeIds, otherAttendees, minutes);
    }
}
