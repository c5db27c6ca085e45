package jp.bansou.report;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Locale;
import jp.bansou.shared.FiscalYear;
import org.junit.jupiter.api.Test;

class TargetTablePdfFontTest {

    @Test
    void refusesNamingTheFontWhereItIsMissing() {
        Path missing = Path.of("/nonexistent/ipaexg.ttf");
        TargetTablePdf pdf = new TargetTablePdf(null, null, missing);
        assertThatThrownBy(() -> pdf.write(1, FiscalYear.of(2022), Locale.JAPANESE, new ByteArrayOutputStream()))
                .isInstanceOf(PdfFontMissingException.class)
                .hasMessageContaining("/nonexistent/ipaexg.ttf").hasMessageContaining("日本語フォント");
    }
}
