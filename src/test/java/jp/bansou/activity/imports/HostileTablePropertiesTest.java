package jp.bansou.activity.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Property-based: whatever bytes arrive under whatever name, reading them as a table either gives
 * rows within the limits or refuses the file with one Japanese message naming it; never another
 * exception. And the cell readings (dates, whole numbers) never throw, whatever the text.
 */
class HostileTablePropertiesTest {

    /** A month of 13 or more, or a 30th or 31st of February, written with 年月日. */
    private static final java.util.regex.Pattern IMPOSSIBLE = java.util.regex.Pattern.compile(
            "(?<![0-9])(1[3-9]|[2-9][0-9])月|(?<![0-9])0?2月3[01]日");

    private static Path dir;

    @BeforeContainer
    static void makeDirectory() throws IOException {
        dir = Files.createTempDirectory("hostile-tables");
    }

    @AfterContainer
    static void removeDirectory() throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 100)
    void randomBytesAreReadOrRefusedNamingTheFile(@ForAll("bytes") byte[] content, @ForAll("names") String name) {
        assertReadOrRefused(write(name, content), name);
    }

    @Property(tries = 100)
    void csvIshTextInAnyEncodingIsReadOrRefusedNamingTheFile(@ForAll("csvIsh") String text,
                                                             @ForAll("encodings") Charset charset,
                                                             @ForAll boolean bom) {
        byte[] bytes = text.getBytes(charset);
        if (bom) {
            byte[] mark = "\uFEFF".getBytes(charset);
            byte[] both = new byte[mark.length + bytes.length];
            System.arraycopy(mark, 0, both, 0, mark.length);
            System.arraycopy(bytes, 0, both, mark.length, bytes.length);
            bytes = both;
        }
        assertReadOrRefused(write("hostile.csv", bytes), "hostile.csv");
    }

    @Property(tries = 100)
    void datesNeverThrowAndImpossibleDatesAreNoDates(@ForAll("dateTexts") String text) {
        Optional<java.time.LocalDate> date = JapaneseDates.parse(text);
        if (IMPOSSIBLE.matcher(text).find()) {
            assertThat(date).as(text).isEmpty();
        }
    }

    @Property(tries = 100)
    void wholeNumbersAreNeverNegativeNorOverflow(@ForAll("numberTexts") String text) {
        Cells.wholeNumber(text).ifPresent(n -> assertThat(n).as(text).isBetween(0, 999_999_999));
    }

    private static void assertReadOrRefused(Path file, String name) {
        List<List<String>> rows = new ArrayList<>();
        try {
            Tables.read(SourceFile.of(file, name, FileFacts.of(file), null, null), new RowHandler() {
                @Override
                public boolean header(List<String> names) {
                    rows.add(names);
                    return true;
                }

                @Override
                public boolean row(int line, List<String> cells) {
                    rows.add(cells);
                    return true;
                }
            });
            assertThat(rows).allSatisfy(cells -> assertThat(cells).hasSizeLessThanOrEqualTo(TableLimits.MAX_COLUMNS));
        } catch (ImportFileException e) {
            assertThat(e.error().text()).contains(name).matches(t -> t.codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA));
        }
    }

    private static Path write(String name, byte[] content) {
        try {
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(4096);
        Arbitrary<byte[]> zipLike = random.map(b -> {
            byte[] zip = new byte[b.length + 4];
            zip[0] = 'P';
            zip[1] = 'K';
            zip[2] = 3;
            zip[3] = 4;
            System.arraycopy(b, 0, zip, 4, b.length);
            return zip;
        });
        return Arbitraries.oneOf(random, zipLike);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("a.csv", "a.xlsx", "a.xlsm", "a.txt", "名前なし", "a.CSV");
    }

    @Provide
    Arbitrary<Charset> encodings() {
        return Arbitraries.of(StandardCharsets.UTF_8, Encodings.MS932, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
                StandardCharsets.ISO_8859_1);
    }

    /** Text made of what breaks CSV: quotes (unbalanced too), separators, line ends, control characters, Japanese. */
    @Provide
    Arbitrary<String> csvIsh() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("\"", ",", "\r\n", "\n", "\r", "\"\"", ",\"", "\",", "=", "+", "-", "@", "\t"),
                Arbitraries.chars().range('\u0000', '\u001f').map(String::valueOf),
                Arbitraries.of("記録ID", "相談日", "令和元年13月1日", "2023-02-30", "①㈱髙", "𠮷", "\uFEFF", "\uFFFD", "\uD800"),
                Arbitraries.strings().ofMaxLength(8),
                Arbitraries.longs().map(String::valueOf));
        return pieces.list().ofMaxSize(200).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> dateTexts() {
        Arbitrary<String> era = Arbitraries.of("令和", "平成", "昭和", "R", "H", "S", "r", "明治", "");
        Arbitrary<String> year = Arbitraries.oneOf(Arbitraries.of("元", "0", "00", "-1", "99", "2023", "99999999999"),
                Arbitraries.integers().between(-5, 3000).map(String::valueOf));
        Arbitrary<String> month = Arbitraries.oneOf(Arbitraries.of("13", "0", "-1", "2", "１２"),
                Arbitraries.integers().between(-1, 99).map(String::valueOf));
        Arbitrary<String> day = Arbitraries.oneOf(Arbitraries.of("30", "31", "0", "29", "99999999999"),
                Arbitraries.integers().between(-1, 99).map(String::valueOf));
        Arbitrary<String> separators = Arbitraries.of("年|月|日", "/|/|", "-|-|", ".|.|", "年|/|日");
        Arbitrary<String> composed = Combinators.combine(era, year, month, day, separators).as((e, y, m, d, s) -> {
            String[] sep = s.split("\\|", -1);
            return e + y + sep[0] + m + sep[1] + d + sep[2];
        });
        return Arbitraries.oneOf(composed, Arbitraries.of("令和元年13月1日", "2023-02-30", "2022/0/1", "平成31年2月30日"),
                Arbitraries.strings().ofMaxLength(30));
    }

    @Provide
    Arbitrary<String> numberTexts() {
        return Arbitraries.oneOf(Arbitraries.longs().map(String::valueOf),
                Arbitraries.bigIntegers().between(java.math.BigInteger.TEN.pow(30).negate(), java.math.BigInteger.TEN.pow(30))
                        .map(String::valueOf),
                Arbitraries.doubles().map(String::valueOf),
                Arbitraries.of("NaN", "Infinity", "-0", "1e10", "0x10", "１２３", "1,000,000,000,000", "60分", "-5人"),
                Arbitraries.strings().ofMaxLength(12));
    }
}
