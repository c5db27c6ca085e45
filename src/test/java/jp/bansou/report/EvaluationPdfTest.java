package jp.bansou.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.bansou.support.BansouSpringTest;
import jp.bansou.support.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code GET /evaluation/report.pdf}: the text extracted back holds the Japanese item names, the grade
 * counts' header, the opinions, improvements and members, with the fiscal year and page number on
 * every A4-landscape page. Skipped, saying so, where the IPAex Gothic font file is not installed.
 */
@BansouSpringTest
class EvaluationPdfTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    @Test
    void rendersTheCommitteeSheetOpinionsAndImprovementsInJapanese() throws Exception {
        assumeThat(Files.isReadable(Path.of(TargetTablePdf.DEFAULT_FONT)))
                .as("font %s missing (apt-get install fonts-ipaexfont-gothic): PDF test skipped", TargetTablePdf.DEFAULT_FONT)
                .isTrue();
        byte[] body = mvc.perform(get("/evaluation/report.pdf").param("fy", "2021").with(new DemoUsers(users).as("viewer")))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        PdfReader pdf = new PdfReader(body);
        PdfTextExtractor extractor = new PdfTextExtractor(pdf);
        StringBuilder all = new StringBuilder();
        int pages = pdf.getNumberOfPages();
        for (int page = 1; page <= pages; page++) {
            String text = extractor.getTextFromPage(page);
            assertThat(text.replaceAll("\\s+", " ")).contains("令和3年度 評価委員会 評価報告書", page + " / " + pages);
            all.append(text).append('\n');
        }
        String text = all.toString().replaceAll("\\s+", "");
        assertThat(text).contains("財務分析数", "記帳継続企業数", "評価A", "113.9%", "財務分析は目標を上回った",
                "分析結果の説明資料を統一し、巡回時に活用する", "山田一郎", "本所会議室", "委員長");
        var size = pdf.getPageSizeWithRotation(1);
        assertThat(size.getWidth()).isGreaterThan(size.getHeight());
    }
}
