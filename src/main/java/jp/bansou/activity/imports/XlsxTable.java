package jp.bansou.activity.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads one sheet of an .xlsx workbook as a stream of rows (SAX over the sheet's XML, about 10 MB
 * of heap whatever the file's size) within POI's zip-bomb limits as {@link TableLimits} sets them; formulas are never
 * evaluated: a formula cell gives the value Excel saved with it.
 */
final class XlsxTable {

    private XlsxTable() {
    }

    static void read(SourceFile file, RowHandler handler) {
        TableLimits.guardZip();
        try (OPCPackage pkg = OPCPackage.open(file.path().toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<String> names = new ArrayList<>();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    names.add(sheets.getSheetName());
                    if (file.sheet() == null || file.sheet().equals(sheets.getSheetName())) {
                        parse(sheet, new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                                new SheetRows(handler, file.fileName()), new CellFormatter(), false));
                        return;
                    }
                }
            }
            throw new ImportFileException("シート「" + file.sheet() + "」がありません（このファイルのシート: "
                    + String.join("、", names) + "）: " + file.fileName());
        } catch (SheetRows.HandlerFailure e) {
            throw e.unwrap();
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                 | POIXMLException | OpenXML4JRuntimeException | IllegalArgumentException
                 | IllegalStateException e) {
            throw new ImportFileException(reason(file, e));
        }
    }

    /** The names of the workbook's sheets, in order. */
    static List<String> sheetNames(SourceFile file) {
        TableLimits.guardZip();
        try (OPCPackage pkg = OPCPackage.open(file.path().toFile(), PackageAccess.READ)) {
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
            List<String> names = new ArrayList<>();
            while (sheets.hasNext()) {
                sheets.next().close();
                names.add(sheets.getSheetName());
            }
            return names;
        } catch (IOException | OpenXML4JException | POIXMLException | OpenXML4JRuntimeException
                 | IllegalArgumentException | IllegalStateException e) {
            throw new ImportFileException(reason(file, e));
        }
    }

    private static void parse(InputStream sheet, XSSFSheetXMLHandler contents)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(contents);
        try {
            parser.parse(new InputSource(sheet));
        } catch (SheetRows.Stop stop) {
            // the handler has read enough
        }
    }

    private static String reason(SourceFile file, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                return "Excel ファイルを展開すると大きすぎるため読めません（圧縮率が異常です）: " + file.fileName();
            }
        }
        return "Excel ファイル（.xlsx）として読めません。ファイルが壊れているか、別の形式です: " + file.fileName();
    }
}
