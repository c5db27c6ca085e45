package jp.bansou.schedule.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import jp.bansou.schedule.EventStatus;
import jp.bansou.schedule.PlannedWhen;
import jp.bansou.schedule.ScheduleEvent;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The .ics text: RFC 5545 lines, folding, escaping and all-day dates, read back with ical4j. */
class IcsWriterTest {

    private static final String LONG_TITLE = "生産性向上セミナー「デジタル化で変わる小規模事業者の経営、販路開拓; 事業承継」第3回（本所・支所合同）";

    @Test
    void foldsLongLinesAt75OctetsWithoutSplittingACharacterAndEndsEveryLineWithCrlf() {
        String ics = IcsWriter.write("呉広域商工会 スケジュール", "bansou.test", List.of(held()), Instant.EPOCH);

        assertThat(ics).endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n", "\r");
        assertThat(Arrays.asList(ics.split("\r\n")))
                .allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(ics).contains("\r\n ");
        assertThat(ics.replace("\r\n ", "")).contains("SUMMARY:" + LONG_TITLE.replace(";", "\\;"));
    }

    @Test
    void parsesWithIcal4jKeepingTextAndAllDayDates() throws Exception {
        ScheduleEvent planned = new ScheduleEvent(8, PlannedWhen.month(YearMonth.of(2023, 1)).fiscalYear(), 1,
                "地域経済動向調査", 2, "景況調査", null, "景況調査, 第4四半期", PlannedWhen.month(YearMonth.of(2023, 1)),
                "本所\n2階", EventStatus.CANCELLED, null, "備考\\メモ", List.of(), List.of(), List.of(), List.of(),
                List.of());
        Calendar calendar = new CalendarBuilder().build(new StringReader(
                IcsWriter.write("予定", "bansou.test", List.of(held(), planned), Instant.EPOCH)));

        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(2);
        assertThat(value(events.get(0), Property.SUMMARY)).isEqualTo(LONG_TITLE);
        assertThat(value(events.get(0), Property.DTSTART)).isEqualTo("20220620");
        assertThat(value(events.get(0), Property.DTEND)).isEqualTo("20220621");
        assertThat(value(events.get(0), Property.DESCRIPTION)).contains("担当: 河本、各指導員");
        assertThat(value(events.get(1), Property.SUMMARY)).isEqualTo("景況調査, 第4四半期");
        assertThat(value(events.get(1), Property.LOCATION)).isEqualTo("本所\n2階");
        assertThat(value(events.get(1), Property.DTSTART)).isEqualTo("20230101");
        assertThat(value(events.get(1), Property.DTEND)).isEqualTo("20230201");
        assertThat(value(events.get(1), Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(events.get(1), Property.DESCRIPTION)).endsWith("備考\\メモ");
        assertThat(calendar.validate().getEntries()).filteredOn(e -> e.getSeverity() == net.fortuna.ical4j.validate.ValidationEntry.Severity.ERROR).isEmpty();
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(p -> ((Property) p).getValue()).orElseThrow();
    }

    private static ScheduleEvent held() {
        PlannedWhen june = PlannedWhen.month(YearMonth.of(2022, 6));
        return new ScheduleEvent(7, june.fiscalYear(), 1, "人材育成", 1, "セミナー", null, LONG_TITLE, june, "本所 会議室",
                EventStatus.DONE, LocalDate.of(2022, 6, 20), null, List.of("s1", "g1"), List.of("河本", "各指導員"),
                List.of(), List.of(), List.of(12L));
    }
}
