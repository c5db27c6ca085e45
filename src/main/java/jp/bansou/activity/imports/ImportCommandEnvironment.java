package jp.bansou.activity.imports;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With {@code bansou.import.file} set, the application runs as a command: no web server (so it can
 * run beside the server on the same port), no banner, only warnings logged (each can be set
 * otherwise on the command line). Without it, nothing changes.
 */
public class ImportCommandEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(ImportCommand.FILE)) {
            environment.getPropertySources().addLast(new MapPropertySource("bansou-import-command", Map.of(
                    "spring.main.web-application-type", "none",
                    "spring.main.banner-mode", "off",
                    "logging.level.root", "WARN")));
        }
    }
}
