package jp.bansou.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on the PostgreSQL server named by {@code BANSOU_TEST_POSTGRES_URL}, in a
 * fresh schema dropped afterwards; skipped, saying so, where the variable is unset. {@code .ci/run}
 * sets it, so CI always runs these.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@EnabledIfEnvironmentVariable(named = PostgresSchema.URL_VARIABLE, matches = ".+",
        disabledReason = "BANSOU_TEST_POSTGRES_URL is not set: PostgreSQL tests skipped (.ci/run sets it)")
@ContextConfiguration(initializers = PostgresSchema.class)
public @interface PostgresTest {
}
