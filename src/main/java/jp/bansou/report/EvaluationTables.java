package jp.bansou.report;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.bansou.evaluation.AreaOpinion;
import jp.bansou.evaluation.CommitteeMember;
import jp.bansou.evaluation.CommitteeSheet;
import jp.bansou.evaluation.ImprovementRow;
import jp.bansou.evaluation.Meeting;
import jp.bansou.evaluation.SheetLine;

/** The evaluation report's tables: header rows grey and repeated on each page, texts from the messages. */
final class EvaluationTables {

    private static final Color HEADER_GREY = new Color(0xDD, 0xDD, 0xDD);

    private final Font font;
    private final Function<String, String> messages;

    EvaluationTables(BaseFont base, Function<String, String> messages) {
        this.font = new Font(base, 7);
        this.messages = messages;
    }

    String text(String key) {
        return messages.apply(key);
    }

    String meetingTitle(Meeting m) {
        return text("evaluation.kind." + m.kind()) + " " + m.heldOn();
    }

    PdfPTable sheet(CommitteeSheet sheet) {
        List<String> header = new ArrayList<>(List.of(text("evaluation.area"), text("evaluation.item"),
                text("evaluation.target"), text("evaluation.actual"), text("evaluation.rate"), text("evaluation.decided")));
        sheet.gradeCodes().forEach(g -> header.add(text("evaluation.grade") + " " + g));
        header.add(text("evaluation.comments"));
        float[] widths = new float[header.size()];
        float[] leading = {14, 26, 8, 7, 6, 5};
        for (int i = 0; i < widths.length; i++) {
            widths[i] = i < leading.length ? leading[i] : 4;
        }
        widths[widths.length - 1] = 30;
        PdfPTable table = table(widths, header);
        for (SheetLine l : sheet.lines()) {
            add(table, l.areaName(), Element.ALIGN_LEFT);
            add(table, (l.subItem() ? "　" : "") + l.itemName(), Element.ALIGN_LEFT);
            add(table, l.target(), Element.ALIGN_RIGHT);
            add(table, l.actual(), Element.ALIGN_RIGHT);
            add(table, l.rate(), Element.ALIGN_RIGHT);
            add(table, l.decidedGrade(), Element.ALIGN_CENTER);
            sheet.gradeCodes().forEach(g -> add(table, String.valueOf(l.count(g)), Element.ALIGN_CENTER));
            add(table, l.comments().stream().map(c -> c.memberName() + "（" + c.grade() + "）" + c.comment())
                    .collect(Collectors.joining("\n")), Element.ALIGN_LEFT);
        }
        return table;
    }

    PdfPTable opinions(List<AreaOpinion> opinions) {
        PdfPTable table = table(new float[] {20, 80}, List.of(text("evaluation.area"), text("evaluation.opinion")));
        opinions.stream().filter(o -> o.opinion() != null).forEach(o -> {
            add(table, o.areaName(), Element.ALIGN_LEFT);
            add(table, o.opinion(), Element.ALIGN_LEFT);
        });
        return table;
    }

    PdfPTable improvements(List<ImprovementRow> rows) {
        PdfPTable table = table(new float[] {22, 40, 12, 10, 16}, List.of(text("evaluation.subject"),
                text("evaluation.improvement"), text("evaluation.responsible"), text("evaluation.dueOn"),
                text("evaluation.status")));
        rows.forEach(r -> {
            add(table, r.subject(), Element.ALIGN_LEFT);
            add(table, r.improvement().text(), Element.ALIGN_LEFT);
            add(table, r.responsibleName(), Element.ALIGN_LEFT);
            add(table, Objects.toString(r.improvement().dueOn(), ""), Element.ALIGN_CENTER);
            add(table, r.improvement().done() ? r.improvement().doneOn() + " " + r.improvement().doneBy()
                    : text("evaluation.open"), Element.ALIGN_LEFT);
        });
        return table;
    }

    PdfPTable meetings(List<Meeting> meetings, List<CommitteeMember> members) {
        PdfPTable table = table(new float[] {10, 8, 16, 26, 40}, List.of(text("evaluation.heldOn"),
                text("evaluation.kind"), text("evaluation.place"), text("evaluation.attendees"), text("evaluation.minutes")));
        meetings.forEach(m -> {
            add(table, m.heldOn().toString(), Element.ALIGN_CENTER);
            add(table, text("evaluation.kind." + m.kind()), Element.ALIGN_CENTER);
            add(table, m.place(), Element.ALIGN_LEFT);
            String names = members.stream().filter(p -> m.attendeeIds().contains(p.id())).map(CommitteeMember::name)
                    .collect(Collectors.joining("、"));
            add(table, m.otherAttendees() == null ? names : names + "、" + m.otherAttendees(), Element.ALIGN_LEFT);
            add(table, m.minutes(), Element.ALIGN_LEFT);
        });
        return table;
    }

    PdfPTable members(List<CommitteeMember> members) {
        PdfPTable table = table(new float[] {12, 20, 40, 28}, List.of(text("evaluation.role"), text("evaluation.name"),
                text("evaluation.affiliation"), text("evaluation.memberTitle")));
        members.forEach(m -> {
            add(table, text("evaluation.role." + m.role()), Element.ALIGN_LEFT);
            add(table, m.name(), Element.ALIGN_LEFT);
            add(table, m.affiliation(), Element.ALIGN_LEFT);
            add(table, m.title(), Element.ALIGN_LEFT);
        });
        return table;
    }

    private PdfPTable table(float[] widths, List<String> header) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        header.forEach(h -> {
            PdfPCell cell = cell(h, Element.ALIGN_CENTER);
            cell.setBackgroundColor(HEADER_GREY);
            table.addCell(cell);
        });
        return table;
    }

    private void add(PdfPTable table, String text, int alignment) {
        table.addCell(cell(text, alignment));
    }

    private PdfPCell cell(String text, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(2);
        return cell;
    }
}
