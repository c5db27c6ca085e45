package jp.bansou.datacheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The checks name their texts by key, and the page builds the title and description keys from each
 * check's code, which MessagesTest cannot see in the templates: every one of them exists in Japanese and English.
 */
class DataCheckMessagesTest {

    private static final Path CHECKS = Path.of("src", "main", "java", "jp", "bansou", "datacheck");
    private static final Pattern KEY = Pattern.compile("\"(datacheck\\.[\\w.]*\\w)\"");
    private static final Pattern CODE = Pattern.compile("String code\\(\\) \\{\\s*return \"(\\w+)\";");

    @Test
    void definesEveryProblemAndEveryChecksTitleAndDescription() throws IOException {
        Set<String> keys = new TreeSet<>();
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(CHECKS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                find(KEY, source, keys);
                find(CODE, source, codes);
            }
        }
        assertThat(codes).hasSize(9).contains("roles", "futureRecords");
        codes.forEach(code -> keys.addAll(Set.of("datacheck.check." + code, "datacheck.about." + code)));
        assertThat(keys).contains("datacheck.roles.noLead", "datacheck.targets.noRow");
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            assertThat(load(file).stringPropertyNames()).as(file).containsAll(keys);
        }
    }

    private static void find(Pattern pattern, String source, Set<String> into) {
        Matcher m = pattern.matcher(source);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src", "main", "resources", name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
