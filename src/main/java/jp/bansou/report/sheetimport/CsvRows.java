package jp.bansou.report.sheetimport;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The CSV template as rows: UTF-8 (with or without BOM) or, where that does not decode, Windows
 * Japanese (windows-31j, as Excel saves "CSV"); a record's line is its record number, which is the
 * row number a spreadsheet shows. A leading ' that the template put before = + - @ is taken off.
 */
final class CsvRows {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    private CsvRows() {
    }

    static List<RawRow> read(byte[] bytes, String fileName, int maxRows) {
        String text = decode(bytes, fileName);
        List<RawRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            for (CSVRecord record : parser) {
                if (rows.size() >= maxRows) {
                    throw new SheetImportException("「" + fileName + "」", "行が多すぎます（" + maxRows + "行まで）");
                }
                for (int c = 0; c < record.size(); c++) {
                    UploadLimits.check("「" + fileName + "」", (int) record.getRecordNumber(), c, record.get(c));
                }
                rows.add(new RawRow((int) record.getRecordNumber(), record.stream().map(CsvRows::unquote).toList()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new SheetImportException("「" + fileName + "」", "CSVとして読めません（引用符の閉じ忘れなど）: " + e.getMessage());
        }
        return rows;
    }

    private static String decode(byte[] bytes, String fileName) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            return strict(StandardCharsets.UTF_8, ByteBuffer.wrap(bytes, 3, bytes.length - 3), fileName);
        }
        try {
            return strict(StandardCharsets.UTF_8, ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            return strict(Charset.forName("windows-31j"), ByteBuffer.wrap(bytes), fileName);
        }
    }

    private static String strict(Charset charset, ByteBuffer bytes, String fileName) {
        try {
            return strict(charset, bytes);
        } catch (CharacterCodingException e) {
            throw new SheetImportException("「" + fileName + "」", "文字コードが読めません（UTF-8 かシフトJISで保存してください）");
        }
    }

    private static String strict(Charset charset, ByteBuffer bytes) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
    }

    static String unquote(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1) : cell;
    }
}
