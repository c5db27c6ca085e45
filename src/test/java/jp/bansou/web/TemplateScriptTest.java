package jp.bansou.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The CSP allows scripts only from files: no template may carry an inline script or an event attribute. */
class TemplateScriptTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HANDLER = Pattern.compile("<[^>]*\\s(?:th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern JS_URL = Pattern.compile("(?:href|src|action)\\s*=\\s*\"\\s*javascript:",
            Pattern.CASE_INSENSITIVE);

    @Test
    void noTemplateHasAnInlineScriptOrAnEventHandlerAttribute() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file);
                Matcher script = SCRIPT.matcher(html);
                while (script.find()) {
                    if (!script.group(1).matches("(?is).*\\b(?:th:)?src\\s*=.*")) {
                        found.add(file + ": inline <script" + script.group(1) + ">");
                    }
                }
                HANDLER.matcher(html).results().forEach(m -> found.add(file + ": " + m.group()));
                JS_URL.matcher(html).results().forEach(m -> found.add(file + ": " + m.group()));
            }
        }

        assertThat(found).isEmpty();
    }

    @Test
    void theScanSeesAnInlineScript() {
        assertThat(SCRIPT.matcher("<script>alert(1)</script>").find()).isTrue();
        assertThat(HANDLER.matcher("<button onclick=\"x()\">").find()).isTrue();
    }
}
