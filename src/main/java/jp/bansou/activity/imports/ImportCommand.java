package jp.bansou.activity.imports;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.bansou.activity.ActivityImports;
import jp.bansou.activity.ImportError;
import jp.bansou.activity.ImportMapping;
import jp.bansou.activity.ImportRequest;
import jp.bansou.activity.ImportResult;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.shared.FiscalYear;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import without the web: {@code java -jar bansou.jar --bansou.import.file=相談記録.csv
 * --bansou.import.profile=経営カルテ} (optional: {@code mapping} a JSON file of the API's form instead
 * of a profile, {@code encoding}, {@code sheet}, {@code fy}, {@code association} by code, {@code user})
 * imports, prints the result or the errors, and exits:
 * 0 imported or imported before, 1 refused, 2 wrong arguments. Absent the property it does not exist.
 * It runs after the other runners (the demo data loads first into an empty database).
 */
@Component
@ConditionalOnProperty(ImportCommand.FILE)
@Order(Ordered.LOWEST_PRECEDENCE)
class ImportCommand implements ApplicationRunner {

    static final String FILE = "bansou.import.file";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ActivityImports imports;
    private final OrganizationQueries organization;
    private final Environment environment;
    private final ConfigurableApplicationContext context;

    ImportCommand(ActivityImports imports, OrganizationQueries organization, Environment environment,
                  ConfigurableApplicationContext context) {
        this.imports = imports;
        this.organization = organization;
        this.environment = environment;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        int code = execute(System.out, System.err);
        System.exit(SpringApplication.exit(context, () -> code));
    }

    int execute(PrintStream out, PrintStream err) {
        Path file = Path.of(environment.getRequiredProperty(FILE));
        if (!Files.isRegularFile(file)) {
            err.println("ファイルがありません: " + file);
            return 2;
        }
        Long association = association(err);
        FiscalYear year;
        try {
            String fy = property("fy");
            year = fy == null ? null : FiscalYear.parse(fy);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        if (association == null) {
            return 2;
        }
        ImportMapping mapping = null;
        if (property("mapping") != null) {
            List<String> problems = new ArrayList<>();
            mapping = mapping(Path.of(property("mapping")), problems);
            if (!problems.isEmpty()) {
                problems.forEach(err::println);
                return 2;
            }
        }
        String user = property("user") != null ? property("user") : "cli:" + System.getProperty("user.name");
        ImportResult result = imports.importFile(new ImportRequest(association, user, file,
                file.getFileName().toString(), property("encoding"), property("sheet"), year, property("profile"),
                mapping));
        return report(result, out, err);
    }

    /** A mapping from a JSON file in the API's form ({"相談日": "date", …}). */
    private static ImportMapping mapping(Path json, List<String> problems) {
        try {
            return MappingText.fromJson(JSON.readValue(Files.readString(json), Map.class), problems);
        } catch (IOException | JacksonException e) {
            problems.add("割り当てのファイルを読めません: " + json + "（" + e.getMessage() + "）");
            return null;
        }
    }

    private Long association(PrintStream err) {
        String code = property("association");
        if (code != null) {
            Long id = organization.associationIdByCode(code).orElse(null);
            if (id == null) {
                err.println("商工会「" + code + "」は登録されていません");
            }
            return id;
        }
        List<Long> ids = organization.associationIds();
        if (ids.size() != 1) {
            err.println("商工会を --bansou.import.association=コード で指定してください");
            return null;
        }
        return ids.get(0);
    }

    private static int report(ImportResult result, PrintStream out, PrintStream err) {
        switch (result.outcome()) {
            case IMPORTED -> out.println("取込番号 " + result.batchId() + ": " + result.stored() + "件を取り込みました（取込済みの "
                    + result.skipped() + "件はスキップ）");
            case ALREADY_IMPORTED -> out.println(result.errors().get(0).text());
            case REJECTED -> {
                err.println("取り込めませんでした。何も保存されていません（問題 " + result.errorCount() + "件）:");
                result.errors().stream().map(ImportError::text).forEach(text -> err.println("  " + text));
                if (result.errorCount() > result.errors().size()) {
                    err.println("  （ほか " + (result.errorCount() - result.errors().size()) + "件）");
                }
                return 1;
            }
        }
        return 0;
    }

    private String property(String name) {
        String value = environment.getProperty("bansou.import." + name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
