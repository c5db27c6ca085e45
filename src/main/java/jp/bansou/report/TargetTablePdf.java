package jp.bansou.report;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import jp.bansou.plan.PlanQueries;
import jp.bansou.shared.FiscalYear;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The target table of a fiscal year as an A4-landscape PDF with a Japanese font embedded (IPAex
 * Gothic from Debian's {@code fonts-ipaexfont-gothic} unless {@code bansou.report.pdf-font} names
 * another TrueType file), the title with the fiscal year on every page and page numbers.
 */
@Component
public class TargetTablePdf {

    static final String DEFAULT_FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf";

    private final PlanQueries plan;
    private final MessageSource messages;
    private final Path font;

    TargetTablePdf(PlanQueries plan, MessageSource messages,
                   @Value("${bansou.report.pdf-font:" + DEFAULT_FONT + "}") Path font) {
        this.plan = plan;
        this.messages = messages;
        this.font = font;
    }

    /** Writes the association's table of {@code year} to {@code out}; refuses where the font is missing. */
    public void write(long associationId, FiscalYear year, Locale locale, OutputStream out) throws IOException {
        BaseFont base = PdfFont.load(font);
        SheetLabels labels = SheetLabels.from(messages, locale);
        String title = labels.title(year.label(locale));
        Document document = new Document(PageSize.A4.rotate(), 24, 24, 36, 36);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PdfPageDecoration(base, title));
        document.addTitle(title);
        document.open();
        document.add(new Paragraph(title, new Font(base, 12)));
        document.add(new PdfTableBuilder(base, labels).build(plan.targetTable(associationId, year)));
        document.close();
    }
}
