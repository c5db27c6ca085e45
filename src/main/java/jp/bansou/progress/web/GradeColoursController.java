package jp.bansou.progress.web;

import jp.bansou.organization.BansouUser;
import jp.bansou.progress.GradeStep;
import jp.bansou.progress.GradingQueries;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The colours of the user's grading scale as a style sheet ({@code [data-grade="A"] { color: … }}),
 * so pages colour grades from data without inline styles, which the content security policy forbids.
 * Codes and colours are validated by {@link GradeStep}, so nothing else can reach the CSS.
 */
@RestController
class GradeColoursController {

    private static final MediaType CSS = MediaType.parseMediaType("text/css;charset=UTF-8");

    private final GradingQueries queries;

    GradeColoursController(GradingQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/grading-scale.css")
    ResponseEntity<String> colours(@AuthenticationPrincipal BansouUser user) {
        StringBuilder css = new StringBuilder();
        for (GradeStep step : queries.scale(user.associationId()).steps()) {
            css.append("[data-grade=\"").append(step.code()).append("\"] { color: ").append(step.colour())
                    .append("; border-color: ").append(step.colour()).append("; }\n");
        }
        return ResponseEntity.ok().contentType(CSS).cacheControl(CacheControl.noCache()).body(css.toString());
    }
}
