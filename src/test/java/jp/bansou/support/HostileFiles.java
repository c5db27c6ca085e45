package jp.bansou.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.util.CellReference;

/**
 * The crafted files too big or too binary to keep under {@code src/test/resources/hostile/}: 1 MB
 * cells, 10,000 columns, a zip bomb and XML bombs dressed as .xlsx, formula cells in a workbook.
 * Each workbook is a real minimal .xlsx (content types, workbook, one sheet) with one part replaced.
 */
public final class HostileFiles {

    /** What a zip bomb's sheet expands to: 2 GiB from about 2 MB (deflate's limit is about 1:1000). */
    public static final long BOMB_BYTES = 2L << 30;

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private HostileFiles() {
    }

    /** A CSV whose header is {@code header} and whose one data row has a cell of {@code megabytes} MB of あ. */
    public static Path csvWithHugeCell(Path dir, String name, String header, int megabytes) {
        String huge = "あ".repeat(megabytes * 1024 * 1024 / 3);
        return write(dir, name, (header + "\r\n" + "K-9," + huge + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    /** A CSV of a header and one row of {@code columns} columns each. */
    public static Path csvWithColumns(Path dir, String name, int columns) {
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < 2; row++) {
            for (int c = 0; c < columns; c++) {
                text.append(c == 0 ? "" : ",").append(row == 0 ? "見出し" + c : "値" + c);
            }
            text.append("\r\n");
        }
        return write(dir, name, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A workbook whose sheet, after a header row of {@code header}, inflates to {@link #BOMB_BYTES} bytes of rows. */
    public static Path zipBomb(Path dir, String name, List<String> header) {
        Path file = dir.resolve(name);
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file.toFile())) {
            for (Map.Entry<String, String> part : parts(sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row>")).entrySet()) {
                if (part.getKey().equals("xl/worksheets/sheet1.xml")) {
                    bombEntry(zip, part.getKey(), header);
                } else {
                    ZipArchiveEntry entry = new ZipArchiveEntry(part.getKey());
                    zip.putArchiveEntry(entry);
                    zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                    zip.closeArchiveEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Text of {@code length} kanji in no pattern a compressor could exploit much (a seeded random). */
    public static String kanji(int length) {
        java.util.Random random = new java.util.Random(length);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) (0x4E00 + random.nextInt(0x5000)));
        }
        return text.toString();
    }

    /**
     * A workbook with billion-laughs entities (10^9 "lol"s, 3 GB once expanded) declared in
     * {@code part}: the sheet, the shared strings, the workbook or the content types.
     */
    public static Path xmlBomb(Path dir, String name, String part) {
        String doctype = billionLaughs(part.equals("[Content_Types].xml") ? "Types"
                : part.endsWith("sheet1.xml") ? "worksheet" : part.endsWith("sharedStrings.xml") ? "sst" : "workbook");
        Map<String, String> parts = parts(sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"));
        String xml = parts.get(part);
        int afterDeclaration = xml.indexOf("?>") + 2;
        String bombed = xml.substring(0, afterDeclaration) + doctype + xml.substring(afterDeclaration);
        if (part.endsWith("sheet1.xml")) {
            bombed = bombed.replace("<v>0</v>", "<v>&lol9;</v>");
        } else if (part.endsWith("sharedStrings.xml")) {
            bombed = bombed.replace("<t>見出し</t>", "<t>&lol9;</t>");
        }
        parts.put(part, bombed);
        return zip(dir, name, parts);
    }

    /** A workbook whose cells are formulas (cmd|' /C calc'!A0, +, -, @) with the given cached text values. */
    public static Path formulaWorkbook(Path dir, String name, List<List<String>> rows) {
        StringBuilder data = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            data.append("<row r=\"").append(r + 1).append("\">");
            for (int c = 0; c < rows.get(r).size(); c++) {
                String value = rows.get(r).get(c);
                String ref = CellReference.convertNumToColString(c) + (r + 1);
                if (r > 0 && value.length() > 1 && "=+-@".indexOf(value.charAt(0)) >= 0) {
                    data.append("<c r=\"").append(ref).append("\" t=\"str\"><f>").append(escape(value.substring(1)))
                            .append("</f><v>").append(escape(value)).append("</v></c>");
                } else {
                    data.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>").append(escape(value))
                            .append("</t></is></c>");
                }
            }
            data.append("</row>");
        }
        return zip(dir, name, parts(sheet(data.toString())));
    }

    /** A well-formed minimal workbook whose sheet holds {@code rows} of inline text. */
    public static Path workbook(Path dir, String name, List<List<String>> rows) {
        return formulaWorkbook(dir, name, rows.stream().map(r -> r.stream().map(c -> c.replaceFirst("^[=+\\-@]", "'$0")).toList()).toList());
    }

    public static Path write(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of src/test/resources/hostile/ copied into {@code dir}. */
    public static Path resource(Path dir, String name) {
        try (InputStream in = HostileFiles.class.getResourceAsStream("/hostile/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource hostile/" + name);
            }
            return write(dir, name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String billionLaughs(String root) {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE ").append(root).append(" [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            String previous = i == 1 ? "&lol;" : "&lol" + (i - 1) + ";";
            doctype.append("<!ENTITY lol").append(i).append(" \"").append(previous.repeat(10)).append("\">");
        }
        return doctype.append("]>").toString();
    }

    private static String sheet(String rows) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"" + MAIN
                + "\"><sheetData>" + rows + "</sheetData></worksheet>";
    }

    private static Map<String, String> parts(String sheet) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                + "</Types>");
        parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        parts.put("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheets>"
                + "<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + REL + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                + "</Relationships>");
        parts.put("xl/worksheets/sheet1.xml", sheet);
        parts.put("xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<sst xmlns=\"" + MAIN + "\" count=\"1\" uniqueCount=\"1\"><si><t>見出し</t></si></sst>");
        return parts;
    }

    private static Path zip(Path dir, String name, Map<String, String> parts) {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * The sheet entry of the bomb, deflated once: a 16 MB block (a row, then blanks XML skips) compressed with a full flush
     * is self-contained, so the same compressed bytes repeated make a valid deflate stream of
     * {@link #BOMB_BYTES}; the CRC is computed honestly over what it expands to.
     */
    private static void bombEntry(ZipArchiveOutputStream zip, String name, List<String> header) throws IOException {
        StringBuilder first = new StringBuilder("<row r=\"1\">");
        header.forEach(h -> first.append("<c t=\"inlineStr\"><is><t>").append(escape(h)).append("</t></is></c>"));
        byte[] head = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>"
                + first + "</row>").getBytes(StandardCharsets.UTF_8);
        String row = "<row><c t=\"inlineStr\"><is><t>bomb</t></is></c></row>";
        byte[] block = (row + " ".repeat(16 * 1024 * 1024 - row.length())).getBytes(StandardCharsets.UTF_8);
        long blocks = (BOMB_BYTES - head.length) / block.length;
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        byte[] headDeflated = deflate(deflater, head, Deflater.FULL_FLUSH);
        byte[] blockDeflated = deflate(deflater, block, Deflater.FULL_FLUSH);
        deflater.finish();
        byte[] end = deflate(deflater, new byte[0], Deflater.FULL_FLUSH);
        deflater.end();
        CRC32 crc = new CRC32();
        crc.update(head);
        for (long i = 0; i < blocks; i++) {
            crc.update(block);
        }
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        raw.write(headDeflated);
        for (long i = 0; i < blocks; i++) {
            raw.write(blockDeflated);
        }
        raw.write(end);
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setMethod(ZipEntry.DEFLATED);
        entry.setSize(head.length + blocks * block.length);
        entry.setCompressedSize(raw.size());
        entry.setCrc(crc.getValue());
        zip.addRawArchiveEntry(entry, new java.io.ByteArrayInputStream(raw.toByteArray()));
    }

    private static byte[] deflate(Deflater deflater, byte[] input, int flush) {
        deflater.setInput(input);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, flush);
            out.write(buffer, 0, n);
        } while (n == buffer.length || !deflater.needsInput() && !deflater.finished());
        return out.toByteArray();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
