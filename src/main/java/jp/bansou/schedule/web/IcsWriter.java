package jp.bansou.schedule.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import jp.bansou.schedule.EventStatus;
import jp.bansou.schedule.ScheduleEvent;

/**
 * Writes events as an RFC 5545 iCalendar: CRLF line ends, lines folded at 75 octets (never inside a
 * UTF-8 character), TEXT values escaped, all-day DATE values (no time zone needed): a held event on
 * its actual date, else its planned days, DTEND being the day after the last (exclusive).
 */
final class IcsWriter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int LIMIT = 75;

    private final StringBuilder out = new StringBuilder();

    static String write(String calendarName, String host, List<ScheduleEvent> events, Instant now) {
        IcsWriter ics = new IcsWriter();
        ics.line("BEGIN:VCALENDAR").line("VERSION:2.0").line("PRODID:-//Bansou//Schedule//JA")
                .line("CALSCALE:GREGORIAN").line("X-WR-CALNAME:" + text(calendarName))
                .line("X-WR-TIMEZONE:Asia/Tokyo");
        events.forEach(e -> ics.event(e, host, STAMP.format(now)));
        return ics.line("END:VCALENDAR").out.toString();
    }

    private void event(ScheduleEvent e, String host, String stamp) {
        LocalDate start = e.actualDate() != null ? e.actualDate() : e.when().from();
        LocalDate end = e.actualDate() != null ? e.actualDate() : e.when().to();
        line("BEGIN:VEVENT").line("UID:schedule-event-" + e.id() + "@" + host).line("DTSTAMP:" + stamp)
                .line("DTSTART;VALUE=DATE:" + DATE.format(start)).line("DTEND;VALUE=DATE:" + DATE.format(end.plusDays(1)))
                .line("SUMMARY:" + text(e.title())).line("STATUS:" + status(e.status()))
                .line("CATEGORIES:" + text(e.kindName()));
        if (e.place() != null) {
            line("LOCATION:" + text(e.place()));
        }
        line("DESCRIPTION:" + text(description(e))).line("END:VEVENT");
    }

    private static String description(ScheduleEvent e) {
        return e.areaName() + "\n" + e.kindName() + " / " + e.status().label()
                + (e.holderNames().isEmpty() ? "" : "\n担当: " + String.join("、", e.holderNames()))
                + (e.itemNames().isEmpty() ? "" : "\n関連項目: " + String.join("、", e.itemNames()))
                + (e.note() == null ? "" : "\n" + e.note());
    }

    private static String status(EventStatus status) {
        return switch (status) {
            case CANCELLED -> "CANCELLED";
            case POSTPONED -> "TENTATIVE";
            default -> "CONFIRMED";
        };
    }

    /**
     * Escapes a TEXT value: backslash, semicolon, comma and line breaks; other control characters,
     * which RFC 5545 does not allow in a content line (tab aside), are dropped.
     */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")
                .replaceAll("[\\x00-\\x08\\x0B-\\x1F\\x7F]", "");
    }

    /** Appends one content line, folded so that no physical line exceeds 75 octets. */
    private IcsWriter line(String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > LIMIT) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
        return this;
    }
}
