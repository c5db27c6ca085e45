package jp.bansou.report;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.List;
import jp.bansou.organization.District;
import jp.bansou.plan.AreaBlock;
import jp.bansou.plan.Target;
import jp.bansou.plan.TargetRow;
import jp.bansou.plan.TargetTable;

/**
 * The target table as a PDF table in the sheet's layout (the same columns as the Excel export); the
 * two header rows repeat on every page and each area's cell spans its items.
 */
final class PdfTableBuilder {

    private static final Color HEADER_GREY = new Color(0xDD, 0xDD, 0xDD);

    private final Font font;
    private final SheetLabels labels;

    PdfTableBuilder(BaseFont base, SheetLabels labels) {
        this.font = new Font(base, 7);
        this.labels = labels;
    }

    PdfPTable build(TargetTable table) {
        List<District> districts = table.districts();
        SheetColumns columns = new SheetColumns(districts.size());
        PdfPTable pdf = new PdfPTable(widths(columns));
        pdf.setWidthPercentage(100);
        pdf.setHeaderRows(2);
        header(pdf, districts);
        for (AreaBlock area : table.areas()) {
            area(pdf, area, districts);
        }
        return pdf;
    }

    private static float[] widths(SheetColumns columns) {
        float[] widths = new float[columns.count()];
        float[] leading = {14, 30, 10, 6, 8};
        System.arraycopy(leading, 0, widths, 0, leading.length);
        for (int d = 0; d < columns.districtCount(); d++) {
            widths[columns.district(d)] = 6;
        }
        widths[columns.reviewer()] = 7;
        widths[columns.lead()] = 7;
        widths[columns.deputies()] = 10;
        widths[columns.note()] = 20;
        return widths;
    }

    private void header(PdfPTable pdf, List<District> districts) {
        for (String label : List.of(labels.area(), labels.item(), labels.target(), labels.grade(), labels.actual())) {
            pdf.addCell(header(label, 1, 2));
        }
        pdf.addCell(header(labels.byDistrict(), Math.max(1, districts.size()), 1));
        for (String label : List.of(labels.reviewer(), labels.lead(), labels.deputies(), labels.note())) {
            pdf.addCell(header(label, 1, 2));
        }
        districts.forEach(d -> pdf.addCell(header(d.name(), 1, 1)));
    }

    private PdfPCell header(String text, int colspan, int rowspan) {
        PdfPCell cell = cell(text, Element.ALIGN_CENTER);
        cell.setColspan(colspan);
        cell.setRowspan(rowspan);
        cell.setBackgroundColor(HEADER_GREY);
        return cell;
    }

    private void area(PdfPTable pdf, AreaBlock area, List<District> districts) {
        boolean first = true;
        for (TargetRow row : area.rows()) {
            if (first) {
                PdfPCell cell = cell(SheetLine.areaText(area), Element.ALIGN_LEFT);
                cell.setRowspan(area.rows().size());
                pdf.addCell(cell);
                first = false;
            }
            item(pdf, SheetLine.of(row, labels.ofWhich()), districts);
        }
    }

    private void item(PdfPTable pdf, SheetLine line, List<District> districts) {
        TargetRow row = line.row();
        Target target = row.target();
        pdf.addCell(cell(line.name(), Element.ALIGN_LEFT));
        pdf.addCell(cell(target == null ? "" : target.format(), Element.ALIGN_RIGHT));
        pdf.addCell(cell(row.grade(), Element.ALIGN_CENTER));
        pdf.addCell(cell(row.actualText(), Element.ALIGN_RIGHT));
        if (line.spanningNote() != null) {
            PdfPCell note = cell(line.spanningNote(), Element.ALIGN_LEFT);
            note.setColspan(Math.max(1, districts.size()));
            pdf.addCell(note);
        } else {
            districts.forEach(d -> pdf.addCell(cell(row.districtText(d.id()), Element.ALIGN_RIGHT)));
        }
        pdf.addCell(cell(row.reviewer(), Element.ALIGN_LEFT));
        pdf.addCell(cell(row.lead(), Element.ALIGN_LEFT));
        pdf.addCell(cell(line.deputies(), Element.ALIGN_LEFT));
        pdf.addCell(cell(line.remarks(), Element.ALIGN_LEFT));
    }

    private PdfPCell cell(String text, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(2);
        return cell;
    }
}
