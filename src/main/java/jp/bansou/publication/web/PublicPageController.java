package jp.bansou.publication.web;

import jp.bansou.publication.PublicCsv;
import jp.bansou.publication.PublicPage;
import jp.bansou.publication.PublicationQueries;
import jp.bansou.shared.FiscalYear;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public page of a published year, without login: {@code /public/{association code}/{fy}} and its
 * CSV at {@code …/csv}. 404 when the association is unknown or the year is not (or no longer) published.
 */
@Controller
class PublicPageController {

    private final PublicationQueries queries;

    PublicPageController(PublicationQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/public/{code}/{fy}")
    String page(@PathVariable String code, @PathVariable int fy, Model model) {
        model.addAttribute("page", published(code, fy));
        return "publication/public";
    }

    @GetMapping("/public/{code}/{fy}/csv")
    ResponseEntity<byte[]> csv(@PathVariable String code, @PathVariable int fy) {
        PublicPage page = published(code, fy);
        String name = code + "-" + fy + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(PublicCsv.of(page.rows(), page.opinions(), page.improvements()));
    }

    private PublicPage published(String code, int fy) {
        return queries.publicPage(code, FiscalYear.of(fy)).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "公開されていない年度です"));
    }
}
