package jp.bansou.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import jp.bansou.evaluation.EvaluationQueries;
import jp.bansou.evaluation.EvaluationReport;
import jp.bansou.shared.FiscalYear;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The evaluation report of a fiscal year as an A4-landscape PDF with the Japanese font embedded, the
 * title with the fiscal year on every page and page numbers: the committee sheet of the main meeting
 * (items, target, actual, rate, decided grade, how many members gave each grade), the opinions per
 * area, the improvements, the meetings and the members.
 */
@Component
public class EvaluationPdf {

    private final EvaluationQueries evaluation;
    private final MessageSource messages;
    private final Path font;

    EvaluationPdf(EvaluationQueries evaluation, MessageSource messages,
                  @Value("${bansou.report.pdf-font:" + TargetTablePdf.DEFAULT_FONT + "}") Path font) {
        this.evaluation = evaluation;
        this.messages = messages;
        this.font = font;
    }

    public void write(long associationId, FiscalYear year, Locale locale, OutputStream out) throws IOException {
        BaseFont base = PdfFont.load(font);
        EvaluationReport report = evaluation.report(associationId, year);
        EvaluationTables tables = new EvaluationTables(base, key -> messages.getMessage(key, null, locale));
        String title = messages.getMessage("evaluation.report.title", new Object[] {year.label(locale)}, locale);
        Document document = new Document(PageSize.A4.rotate(), 24, 24, 36, 36);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PdfPageDecoration(base, title));
        document.addTitle(title);
        document.open();
        document.add(new Paragraph(title, new Font(base, 12)));
        heading(document, base, tables.text("evaluation.sheet"));
        if (report.sheet() == null) {
            document.add(new Paragraph(tables.text("evaluation.report.noSheet"), new Font(base, 8)));
        } else {
            document.add(new Paragraph(tables.meetingTitle(report.sheet().meeting()) + "　"
                    + tables.text("evaluation.material." + report.sheet().material()), new Font(base, 8)));
            document.add(tables.sheet(report.sheet()));
        }
        section(document, base, tables.text("evaluation.opinions"), tables.opinions(report.opinions()));
        section(document, base, tables.text("evaluation.improvements"), tables.improvements(report.improvements()));
        section(document, base, tables.text("evaluation.meetings"), tables.meetings(report.meetings(), report.members()));
        section(document, base, tables.text("evaluation.members"), tables.members(report.members()));
        document.close();
    }

    private static void section(Document document, BaseFont base, String title, PdfPTable table) {
        heading(document, base, title);
        document.add(table);
    }

    private static void heading(Document document, BaseFont base, String title) {
        Paragraph heading = new Paragraph(title, new Font(base, 10));
        heading.setSpacingBefore(8);
        heading.setSpacingAfter(4);
        heading.setAlignment(Element.ALIGN_LEFT);
        document.add(heading);
    }
}
