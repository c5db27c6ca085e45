package jp.bansou.setup;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

@SpringBootTest
@TestPropertySource(properties = {
    "bansou.demo.enabled=false",
    "spring.datasource.url=jdbc:h2:mem:bansou-setup-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
})
class FirstSetupOnH2Test extends FirstSetupContract {
}
