package jp.bansou.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every template escapes what it renders: no {@code th:utext}, {@code data-th-utext} or unescaped
 * inline {@code [(…)]}, which would put user text into the page as HTML. An exception would have to
 * be listed here with its reason; there is none.
 */
class TemplatesEscapeTest {

    private static final Pattern UNESCAPED = Pattern.compile("(?:data-)?th:utext|\\[\\(");
    /** template → why its unescaped output holds no user text (none so far). */
    private static final Map<String, String> JUSTIFIED = Map.of(
            "progress/target-table.html", "the table's HTML, rendered (and escaped) by target-table-section.html, from the page cache",
            "progress/target-table-section.html", "its cached fragment puts back the HTML the same template rendered and escaped");

    @Test
    void noTemplateRendersTextUnescaped() throws IOException {
        List<String> found = new ArrayList<>();
        Path root = Path.of("src/main/resources/templates");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String template = root.relativize(file).toString();
                    if (UNESCAPED.matcher(lines.get(i)).find() && !JUSTIFIED.containsKey(template)) {
                        found.add(template + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(found).as("unescaped output in templates").isEmpty();
        assertThat(root).isDirectoryContaining(p -> p.toString().endsWith("layout.html") || Files.isDirectory(p));
    }
}
