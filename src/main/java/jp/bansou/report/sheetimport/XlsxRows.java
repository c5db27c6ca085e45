package jp.bansou.report.sheetimport;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an .xlsx as rows of displayed text (a target cell formatted 3,600"件以上" reads
 * as 3,600件以上, which is how the sheet states unit and comparator), streamed with SAX so the heap
 * stays small whatever the file; POI's zip-bomb limits as {@link UploadLimits} sets them; at most {@code maxRows} rows.
 */
final class XlsxRows {

    private XlsxRows() {
    }

    /** The rows and the sheet's name; {@link SheetImportException} when the file is no readable .xlsx or too long. */
    static Sheet read(File file, String fileName, int maxRows) {
        UploadLimits.guardZip();
        try (OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new SheetImportException("「" + fileName + "」", "シートがありません");
            }
            try (InputStream sheet = sheets.next()) {
                String name = sheets.getSheetName();
                Collector rows = new Collector("「" + fileName + "」シート「" + name + "」", maxRows);
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
                        new ReadOnlySharedStringsTable(pkg, false), rows, new DataFormatter(Locale.ROOT), false));
                parser.parse(new InputSource(sheet));
                if (rows.tooMany) {
                    throw new SheetImportException("「" + fileName + "」シート「" + name + "」",
                            "行が多すぎます（" + maxRows + "行まで）");
                }
                return new Sheet(name, rows.rows);
            }
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                 | POIXMLException | OpenXML4JRuntimeException | IllegalArgumentException
                 | IllegalStateException e) {
            throw new SheetImportException("「" + fileName + "」", reason(e));
        }
    }

    record Sheet(String name, List<RawRow> rows) {
    }

    private static String reason(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                return "Excel ファイルを展開すると大きすぎるため読めません（圧縮率が異常です）";
            }
        }
        return "Excel ファイル（.xlsx）として読めません。ファイルが壊れているか、別の形式です";
    }

    /** Collects rows until the limit; a row's line is its row number in the sheet. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String source;
        private final int maxRows;
        private final List<RawRow> rows = new ArrayList<>();
        private List<String> cells = new ArrayList<>();
        private boolean tooMany;
        private int line;

        Collector(String source, int maxRows) {
            this.source = source;
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
            line = rowNum + 1;
        }

        @Override
        public void endRow(int rowNum) {
            if (rows.size() >= maxRows) {
                tooMany = true;
                return;
            }
            rows.add(new RawRow(rowNum + 1, List.copyOf(cells)));
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            UploadLimits.check(source, line, column, value == null ? "" : value);
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }
    }
}
