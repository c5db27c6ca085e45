package jp.bansou.activity.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import jp.bansou.activity.ImportError;
import jp.bansou.activity.ImportProgress;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Reads a CSV file record by record (RFC 4180: quoted fields may hold commas and line breaks; CRLF
 * or LF), decoding strictly so a wrong encoding is an error, never silent replacement characters;
 * within {@link TableLimits} (record length, columns).
 */
final class CsvTable {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    private CsvTable() {
    }

    static void read(SourceFile file, RowHandler handler, ImportProgress progress) {
        var decoder = file.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        long line = 0;
        try (InputStream raw = new ProgressInputStream(Files.newInputStream(file.path()), progress);
             InputStream in = file.charset().equals(StandardCharsets.UTF_8)
                     ? BOMInputStream.builder().setInputStream(raw).get() : raw;
             TableLimits.RecordReader reader = new TableLimits.RecordReader(
                     new BufferedReader(new InputStreamReader(in, decoder)));
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            boolean more = true;
            var records = parser.iterator();
            while (more && records.hasNext()) {
                CSVRecord record = records.next();
                line = record.getRecordNumber();
                reader.recordRead();
                if (record.size() > TableLimits.MAX_COLUMNS) {
                    throw TableLimits.tooManyColumns(file.fileName(), (int) line, record.size());
                }
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                more = line == 1 ? handler.header(cells) : handler.row((int) line, cells);
            }
        } catch (UncheckedIOException e) {
            throw failure(file, line + 1, e.getCause());
        } catch (IOException e) {
            throw failure(file, line + 1, e);
        }
    }

    private static ImportFileException failure(SourceFile file, long line, IOException e) {
        if (e instanceof TableLimits.RecordReader.TooLong || e.getCause() instanceof TableLimits.RecordReader.TooLong) {
            return TableLimits.recordTooLong(file.fileName(), line);
        }
        if (isCodingError(e)) {
            return new ImportFileException(new ImportError((int) line, null, "ファイルを " + Encodings.label(file.charset())
                    + " として読めません（この行付近に " + Encodings.label(file.charset())
                    + " にない文字があります）。文字コードを確認してください: " + file.fileName()));
        }
        return new ImportFileException(new ImportError((int) line, null,
                "CSV として読めません（引用符の閉じ忘れなど）: " + file.fileName()));
    }

    private static boolean isCodingError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return true;
            }
        }
        return false;
    }
}
