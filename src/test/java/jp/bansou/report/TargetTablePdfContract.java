package jp.bansou.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.bansou.support.DemoUsers;
import jp.bansou.support.Html;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code GET /target-table.pdf} on H2 and PostgreSQL (the subclasses): the text extracted back from
 * the PDF holds the Japanese title, fiscal year, headers and item names, on A4-landscape pages with
 * page numbers. Skipped, saying so, where the IPAex Gothic font file is not installed.
 */
abstract class TargetTablePdfContract {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    PdfReader pdf;

    @BeforeEach
    void download() throws Exception {
        assumeThat(Files.isReadable(Path.of(TargetTablePdf.DEFAULT_FONT)))
                .as("font %s missing (apt-get install fonts-ipaexfont-gothic): PDF test skipped", TargetTablePdf.DEFAULT_FONT)
                .isTrue();
        byte[] body = mvc.perform(get("/target-table.pdf").param("fy", "2021").with(new DemoUsers(users).as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        pdf = new PdfReader(body);
    }

    @Test
    void rendersTheJapaneseItemNamesAndHeaders() throws IOException {
        String text = allText();
        assertThat(text).contains("小規模事業者数等調査実施回数", "財務分析数", "記帳継続企業数", "金融相談企業数");
        assertThat(text).contains("項目別事項", "達成状況", "確認者", "主担当", "副担当", "音戸", "安芸灘");
    }

    @Test
    void putsTheFiscalYearAndPageNumberOnEveryPage() throws IOException {
        int pages = pdf.getNumberOfPages();
        assertThat(pages).isGreaterThan(1);
        PdfTextExtractor extractor = new PdfTextExtractor(pdf);
        for (int page = 1; page <= pages; page++) {
            String text = extractor.getTextFromPage(page).replaceAll("\\s+", " ");
            assertThat(text).contains("令和3年度 経営発達支援計画に係る目標管理表【役割分担】", page + " / " + pages);
        }
    }

    @Test
    void printsOnA4Landscape() {
        var size = pdf.getPageSizeWithRotation(1);
        assertThat(size.getWidth()).isGreaterThan(size.getHeight());
        assertThat(Math.round(size.getWidth())).isEqualTo(842);
    }

    @Test
    void isLinkedFromTheTargetTablePage() throws Exception {
        var page = Html.parse(mvc.perform(get("/target-table").param("fy", "2021").with(new DemoUsers(users).as("viewer")))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select("#target-table a.download-pdf").attr("href")).isEqualTo("/target-table.pdf?fy=2021");
    }

    private String allText() throws IOException {
        PdfTextExtractor extractor = new PdfTextExtractor(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }
}
