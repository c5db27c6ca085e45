package jp.bansou.activity.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of importing: a file larger than {@code bansou.import.max-bytes} (default 50 MB) is
 * refused before it is read.
 */
@ConfigurationProperties("bansou.import")
public record ImportProperties(@DefaultValue("50MB") DataSize maxBytes) {
}
