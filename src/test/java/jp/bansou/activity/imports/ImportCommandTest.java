package jp.bansou.activity.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import jp.bansou.activity.ActivityImports;
import jp.bansou.activity.ImportField;
import jp.bansou.activity.ImportMapping;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.support.BansouSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.annotation.Transactional;

@BansouSpringTest
@Transactional
class ImportCommandTest {

    @Autowired ActivityImports imports;
    @Autowired OrganizationQueries organization;
    @Autowired ConfigurableApplicationContext context;

    @TempDir Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void saveProfile() {
        long association = organization.associationIdByCode("kure-koiki").orElseThrow();
        imports.saveProfile(association, "コマンド", ImportMapping.of(Map.of("日付", ImportField.DATE,
                "種別", ImportField.KIND, "事業所", ImportField.BUSINESS, "地区", ImportField.DISTRICT)), null, "admin");
    }

    int run(Path file, String... more) {
        MockEnvironment environment = new MockEnvironment().withProperty("bansou.import.file", file.toString())
                .withProperty("bansou.import.profile", "コマンド");
        for (int i = 0; i + 1 < more.length; i += 2) {
            environment.setProperty(more[i], more[i + 1]);
        }
        return new ImportCommand(imports, organization, environment, context).execute(
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void importsAndPrintsTheResult() {
        Path file = TestFiles.csv(dir, "cli.csv", StandardCharsets.UTF_8, false,
                "日付,種別,事業所,地区\r\n2022/7/1,巡回相談,コマンド商店,安浦\r\n");
        assertThat(run(file, "bansou.import.fy", "2022", "bansou.import.user", "admin")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).matches("取込番号 \\d+: 1件を取り込みました（取込済みの 0件はスキップ）\\R");
        assertThat(run(file)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("すでに取り込まれています");
    }

    @Test
    void takesTheMappingFromAJsonFile() throws Exception {
        Path mapping = java.nio.file.Files.writeString(dir.resolve("map.json"),
                "{\"相談日\": \"date\", \"区分\": \"kind\", \"事業所名\": \"business\", \"支所\": \"district\","
                        + " \"districts\": {\"安浦支所\": \"安浦\"}}");
        Path file = TestFiles.csv(dir, "cli.csv", StandardCharsets.UTF_8, false,
                "相談日,区分,事業所名,支所\r\n2022/7/1,巡回相談,コマンド商店,安浦支所\r\n");
        assertThat(run(file, "bansou.import.mapping", mapping.toString(), "bansou.import.profile", "")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("1件を取り込みました");
    }

    @Test
    void printsTheErrorsAndExitsWithOne() {
        Path file = TestFiles.csv(dir, "cli.csv", StandardCharsets.UTF_8, false,
                "日付,種別,事業所,地区\r\n令和元年13月1日,巡回相談,コマンド商店,安浦\r\n");
        assertThat(run(file)).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("取り込めませんでした。何も保存されていません（問題 1件）")
                .contains("2行目「日付」: 日付として読めません: 令和元年13月1日");
    }

    @Test
    void exitsWithTwoOnWrongArguments() {
        assertThat(run(dir.resolve("none.csv"))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("ファイルがありません");
        Path file = TestFiles.csv(dir, "cli.csv", StandardCharsets.UTF_8, false, "日付\r\n");
        assertThat(run(file, "bansou.import.association", "nowhere")).isEqualTo(2);
        assertThat(run(file, "bansou.import.fy", "来年度")).isEqualTo(2);
    }

    @Test
    void existsOnlyWhenAFileIsGiven() {
        assertThat(context.getBeansOfType(ImportCommand.class)).isEmpty();
        StandardEnvironment environment = new StandardEnvironment();
        new ImportCommandEnvironment().postProcessEnvironment(environment, null);
        assertThat(environment.getProperty("spring.main.web-application-type")).isNull();
        environment.getPropertySources().addFirst(new org.springframework.core.env.MapPropertySource("args",
                Map.of("bansou.import.file", "x.csv")));
        new ImportCommandEnvironment().postProcessEnvironment(environment, null);
        assertThat(environment.getProperty("spring.main.web-application-type")).isEqualTo("none");
    }
}
