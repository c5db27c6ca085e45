package jp.bansou.report.sheetimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Property-based: whatever an upload holds, reading it as a target table gives a table or refuses
 * it with Japanese messages naming the file; never another exception. Rows under the template's
 * header carry huge, negative and non-numbers, formulas, control characters and impossible dates.
 */
class HostileSheetPropertiesTest {

    private static final String HEADER = "事業,項目別事項,目標,達成状況,実績,本所,確認者,主担当,副担当,備考\r\n";

    private final SheetImportService service = new SheetImportService(null, null, null, null, null, null, null,
            messages());

    @Property(tries = 100)
    void randomBytesAreReadOrRefusedNamingTheFile(@ForAll("bytes") byte[] content, @ForAll("names") String name) {
        assertReadOrRefused(name, content);
    }

    @Property(tries = 100)
    void hostileTemplateRowsAreReadOrRefusedNamingTheFile(@ForAll("rows") List<List<String>> rows,
                                                          @ForAll("encodings") Charset charset) {
        StringBuilder csv = new StringBuilder(HEADER);
        rows.forEach(r -> csv.append(String.join(",", r)).append("\r\n"));
        assertReadOrRefused("目標管理表.csv", csv.toString().getBytes(charset));
    }

    private void assertReadOrRefused(String name, byte[] content) {
        try {
            SheetTable table = service.read(name, content.length, new ByteArrayInputStream(content));
            assertThat(table.fileName()).isEqualTo(name);
        } catch (SheetImportException e) {
            assertThat(e.errors()).isNotEmpty().allSatisfy(error -> assertThat(error.message()).contains("「" + name + "」")
                    .matches(m -> m.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                            || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA)));
        }
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(4096);
        return Arbitraries.oneOf(random, random.map(b -> {
            byte[] zip = new byte[b.length + 4];
            System.arraycopy(new byte[] {'P', 'K', 3, 4}, 0, zip, 0, 4);
            System.arraycopy(b, 0, zip, 4, b.length);
            return zip;
        }));
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("表.csv", "表.xlsx", "表.xls", "表", "表.CSV");
    }

    @Provide
    Arbitrary<Charset> encodings() {
        return Arbitraries.of(StandardCharsets.UTF_8, Charset.forName("windows-31j"), StandardCharsets.UTF_16LE);
    }

    @Provide
    Arbitrary<List<List<String>>> rows() {
        Arbitrary<String> cell = Arbitraries.oneOf(
                Arbitraries.of("", "経営状況分析", "うち新規", "財務分析数", "108件", "108件以上", "A", "佐々木", "各指導員",
                        "河本、藤本", "99999999999999999999999999999", "-5", "1e308", "NaN", "１２３", "12.345678901234567890",
                        "=cmd|' /C calc'!A0", "'=1+1", "+1", "@SUM(A1)", "\"", "\"\"", "令和元年13月", "2023-02-30",
                        "\u0000", "\u0007", "\t", "\r", "\n", "𠮷", "\uFEFF"),
                Arbitraries.strings().ofMaxLength(20),
                Arbitraries.bigIntegers().between(java.math.BigInteger.TEN.pow(40).negate(), java.math.BigInteger.TEN.pow(40))
                        .map(String::valueOf));
        return cell.list().ofMinSize(1).ofMaxSize(14).list().ofMaxSize(20);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
