package jp.bansou.schedule.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import jp.bansou.schedule.EventStatus;
import jp.bansou.schedule.PlannedWhen;
import jp.bansou.schedule.ScheduleEvent;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property-based: whatever a user types as an event's title or place (commas, semicolons,
 * backslashes, line breaks, control characters, Japanese), the feed stays valid RFC 5545 (lines
 * of at most 75 octets, CRLF) ical4j parses it, and the text reads back as typed, control characters aside.
 */
class IcsEscapingPropertiesTest {

    @Property(tries = 100)
    void hostileTitlesAndPlacesRoundTrip(@ForAll("texts") String title, @ForAll("texts") String place) throws Exception {
        PlannedWhen june = PlannedWhen.month(YearMonth.of(2022, 6));
        ScheduleEvent event = new ScheduleEvent(7, june.fiscalYear(), 1, "人材育成", 1, "セミナー", null, title, june,
                place, EventStatus.PLANNED, null, null, List.of(), List.of(), List.of(), List.of(), List.of());
        String ics = IcsWriter.write("予定", "bansou.test", List.of(event), Instant.EPOCH);

        assertThat(ics.replace("\r\n", "")).doesNotContain("\n", "\r");
        assertThat(Arrays.asList(ics.split("\r\n")))
                .allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.<VEvent>getComponents(Component.VEVENT)).hasSize(1);
        List<String> lines = Arrays.asList(ics.replace("\r\n ", "").split("\r\n"));
        assertThat(unescaped(lines, "SUMMARY:")).isEqualTo(typed(title));
        assertThat(unescaped(lines, "LOCATION:")).isEqualTo(typed(place));
    }

    /** The text as a calendar shows it: line breaks as \n, other control characters gone. */
    private static String typed(String text) {
        return text.replace("\r\n", "\n").replace("\r", "\n").replaceAll("[\\x00-\\x08\\x0B-\\x1F\\x7F]", "");
    }

    /**
     * The value of the property, unescaped left to right as RFC 5545 reads TEXT (ical4j's own
     * unescaping takes \\ followed by n for a line break, so it cannot judge this).
     */
    private static String unescaped(List<String> lines, String property) {
        String value = lines.stream().filter(l -> l.startsWith(property)).findFirst().orElseThrow()
                .substring(property.length());
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                text.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                assertThat(c).as("unescaped separator in " + value).isNotIn(';', ',');
                text.append(c);
            }
        }
        return text.toString();
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of(",", ";", ":", "\\", "\\n", "\r\n", "\n", "\r", "\t", "\"", "BEGIN:VEVENT", "END:VCALENDAR",
                        "セミナー", "𠮷", "呉広域商工会", " "),
                Arbitraries.chars().range('\u0000', '\u001f').map(String::valueOf),
                Arbitraries.strings().alpha().numeric().ofMaxLength(10));
        return pieces.list().ofMinSize(1).ofMaxSize(40).map(l -> String.join("", l)).filter(t -> !typed(t).isBlank());
    }
}
