package jp.bansou.web;

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

/** Japanese (the default) and English messages stay in step with each other and with the templates. */
class MessagesTest {

    private static final Path RESOURCES = Path.of("src", "main", "resources");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([\\w.-]+)[}(]");
    private static final Pattern VALIDATION_KEY = Pattern.compile("message\\s*=\\s*\"\\{([\\w.-]+)}\"");

    private final Properties japanese = load("messages.properties");
    private final Properties english = load("messages_en.properties");

    @Test
    void definesTheSameKeysInJapaneseAndEnglish() {
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(japanese.stringPropertyNames());
    }

    @Test
    void definesEveryKeyTheTemplatesUse() throws IOException {
        Set<String> used = keysIn(RESOURCES.resolve("templates"), ".html", TEMPLATE_KEY);
        assertThat(used).contains("nav.targetTable", "item.derivation");
        assertThat(japanese.stringPropertyNames()).containsAll(used);
        assertThat(english.stringPropertyNames()).containsAll(used);
    }

    @Test
    void definesEveryKeyTheValidationMessagesUse() throws IOException {
        Set<String> used = keysIn(Path.of("src", "main", "java"), ".java", VALIDATION_KEY);
        assertThat(used).contains("validation.nonNegative");
        assertThat(japanese.stringPropertyNames()).containsAll(used);
        assertThat(english.stringPropertyNames()).containsAll(used);
    }

    @Test
    void leavesNoMessageEmpty() {
        for (Properties messages : new Properties[] {japanese, english}) {
            assertThat(messages.stringPropertyNames()).isNotEmpty()
                    .allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
        }
    }

    private static Set<String> keysIn(Path root, String suffix, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
