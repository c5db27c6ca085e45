package jp.bansou.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Each page's header (the title with the fiscal year, at the top right) and footer (page N / total,
 * centred); the total is written into a template once the document closes.
 */
final class PdfPageDecoration extends PdfPageEventHelper {

    private static final float SIZE = 8;

    private final BaseFont font;
    private final String header;
    private PdfTemplate total;

    PdfPageDecoration(BaseFont font, String header) {
        this.font = font;
        this.header = header;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(30, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(header, new Font(font, SIZE)),
                document.right(), document.top() + 12, 0);
        String page = writer.getPageNumber() + " / ";
        float width = font.getWidthPoint(page, SIZE);
        float x = (document.left() + document.right()) / 2 - width / 2;
        float y = document.bottom() - 18;
        canvas.beginText();
        canvas.setFontAndSize(font, SIZE);
        canvas.setTextMatrix(x, y);
        canvas.showText(page);
        canvas.endText();
        canvas.addTemplate(total, x + width, y);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(font, SIZE);
        total.setTextMatrix(0, 0);
        total.showText(String.valueOf(writer.getPageNumber() - 1));
        total.endText();
    }
}
