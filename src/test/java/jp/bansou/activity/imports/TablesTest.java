package jp.bansou.activity.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TablesTest {

    @TempDir
    Path dir;

    private final List<String> header = new ArrayList<>();
    private final List<String> rows = new ArrayList<>();

    private final RowHandler collect = new RowHandler() {
        @Override
        public boolean header(List<String> names) {
            header.addAll(names);
            return true;
        }

        @Override
        public boolean row(int line, List<String> cells) {
            rows.add(line + ":" + String.join("|", cells));
            return true;
        }
    };

    private void read(Path file, String encoding, String sheet) {
        Tables.read(SourceFile.of(file, file.getFileName().toString(), FileFacts.of(file), Encodings.parse(encoding),
                sheet), collect);
    }

    @Test
    void readsUtf8WithBomAndStripsTheBom() {
        read(TestFiles.csv(dir, "a.csv", StandardCharsets.UTF_8, true, "記録ID,日付\r\n1,2022/5/1\r\n"), null, null);
        assertThat(header).containsExactly("記録ID", "日付");
        assertThat(rows).containsExactly("2:1|2022/5/1");
    }

    @Test
    void detectsMs932AndReadsCharactersShiftJisLacks() {
        Path file = TestFiles.csv(dir, "a.csv", Encodings.MS932, false, "事業所名,備考\r\n㈱髙橋商店,①件目～\r\n");
        FileFacts facts = FileFacts.of(file);
        assertThat(facts.validUtf8()).isFalse();
        assertThat(SourceFile.of(file, null, facts, null, null).encodingLabel()).isEqualTo("MS932");
        read(file, null, null);
        assertThat(rows).containsExactly("2:㈱髙橋商店|①件目～");
    }

    @Test
    void readsQuotedCommasLineBreaksAndTrailingEmptyColumns() {
        read(TestFiles.csv(dir, "a.csv", StandardCharsets.UTF_8, false,
                "日付,備考,,\r\n2022/5/1,\"売上, 原価\r\n資金繰り\",,\r\n2022/5/2,\"\"\"引用\"\"\",,\r\n"), null, null);
        assertThat(header).containsExactly("日付", "備考", "", "");
        assertThat(rows).containsExactly("2:2022/5/1|売上, 原価\r\n資金繰り||", "3:2022/5/2|\"引用\"||");
    }

    @Test
    void refusesUtf8OverrideOnMs932BytesNamingTheLine() {
        Path file = TestFiles.csv(dir, "a.csv", Encodings.MS932, false, "日付,備考\r\n2022/5/1,ok\r\n2022/5/2,相談\r\n");
        assertThatThrownBy(() -> read(file, "UTF-8", null)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining("ファイルを UTF-8 として読めません").hasMessageContaining("a.csv");
    }

    @Test
    void refusesAnUnknownEncodingName() {
        assertThatThrownBy(() -> Encodings.parse("EUC-JP")).hasMessageContaining("文字コード「EUC-JP」には対応していません");
        assertThat(Encodings.parse("Shift_JIS")).isEqualTo(Encodings.MS932);
    }

    @Test
    void readsTheChosenSheetOfAWorkbookWithEraDates() {
        Path file = TestFiles.xlsx(dir, "a.xlsx", List.of("表紙", "相談記録"), List.of(
                List.of("日付", "時間", "備考"),
                List.of(LocalDate.of(2022, 5, 1), 90, "=1+1"),
                List.of("2022/5/2", 30.5)));
        read(file, null, "相談記録");
        assertThat(header).containsExactly("日付", "時間", "備考");
        assertThat(rows).containsExactly("2:2022-05-01|90|=1+1", "3:2022/5/2|30.5");
    }

    @Test
    void passesTheHandlersOwnFailuresThroughUntouched() {
        Path file = TestFiles.xlsx(dir, "a.xlsx", List.of("相談記録"), List.of(List.of("日付"), List.of("2022/5/1")));
        RowHandler failing = new RowHandler() {
            @Override
            public boolean header(List<String> names) {
                return true;
            }

            @Override
            public boolean row(int line, List<String> cells) {
                throw new IllegalStateException("boom");
            }
        };
        assertThatThrownBy(() -> Tables.read(SourceFile.of(file, "a.xlsx", FileFacts.of(file), null, null), failing))
                .isInstanceOf(IllegalStateException.class).hasMessage("boom");
    }

    @Test
    void keepsPoisZipBombLimits() throws Exception {
        Path plain = TestFiles.xlsx(dir, "plain.xlsx", List.of("相談記録"), List.of(List.of("日付"), List.of("2022/5/1")));
        Path bomb = dir.resolve("bomb.xlsx");
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(plain));
             var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(bomb))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    content = new String(content, StandardCharsets.UTF_8)
                            .replace("<sheetData>", "<sheetData>" + " ".repeat(20_000_000)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        assertThat(Files.size(bomb)).isLessThan(100_000);
        assertThatThrownBy(() -> read(bomb, null, null)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining("Excel ファイルを展開すると大きすぎるため読めません");
    }

    @Test
    void namesTheSheetsWhenTheChosenOneIsMissing() {
        Path file = TestFiles.xlsx(dir, "a.xlsx", List.of("相談記録"), List.of(List.of("日付")));
        assertThatThrownBy(() -> read(file, null, "Sheet9"))
                .hasMessageContaining("シート「Sheet9」がありません（このファイルのシート: 相談記録）");
    }

    @Test
    void refusesABrokenWorkbookClearly() throws Exception {
        Path file = dir.resolve("broken.xlsx");
        Files.write(file, new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8});
        assertThatThrownBy(() -> read(file, null, null)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining("Excel ファイル（.xlsx）として読めません").hasMessageContaining("broken.xlsx");
        Path text = Files.writeString(dir.resolve("text.xlsx"), "日付,備考");
        assertThatThrownBy(() -> read(text, null, null)).hasMessageContaining("として読めません");
    }
}
