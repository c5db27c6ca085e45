package jp.bansou.activity.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes small import files for tests: CSV in a given encoding, and .xlsx workbooks made with POI. */
public final class TestFiles {

    private TestFiles() {
    }

    public static Path csv(Path dir, String name, Charset charset, boolean bom, String text) {
        try {
            Path file = dir.resolve(name);
            try (OutputStream out = Files.newOutputStream(file)) {
                if (bom) {
                    out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                }
                out.write(text.getBytes(charset));
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A workbook with one sheet per name, each holding the rows; a {@link LocalDate} becomes a date
     * cell shown in the era format (令和4年5月1日), a number a numeric cell, anything else text.
     */
    public static Path xlsx(Path dir, String name, List<String> sheetNames, List<List<Object>> rows) {
        Path file = dir.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle era = workbook.createCellStyle();
            era.setDataFormat(workbook.createDataFormat().getFormat("[$-ja-JP]ggge\"年\"m\"月\"d\"日\""));
            for (String sheetName : sheetNames) {
                Sheet sheet = workbook.createSheet(sheetName);
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    List<Object> values = rows.get(r);
                    for (int c = 0; c < values.size(); c++) {
                        Object value = values.get(c);
                        if (value instanceof LocalDate date) {
                            row.createCell(c).setCellValue(date);
                            row.getCell(c).setCellStyle(era);
                        } else if (value instanceof Number number) {
                            row.createCell(c).setCellValue(number.doubleValue());
                        } else if (value != null) {
                            row.createCell(c).setCellValue(value.toString());
                        }
                    }
                }
            }
            workbook.write(out);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
