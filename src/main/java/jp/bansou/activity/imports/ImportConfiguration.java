package jp.bansou.activity.imports;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the import's properties ({@code bansou.import.*}). */
@Configuration
@EnableConfigurationProperties(ImportProperties.class)
class ImportConfiguration {
}
