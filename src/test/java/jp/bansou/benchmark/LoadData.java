package jp.bansou.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.bansou.BansouApplication;
import jp.bansou.activity.ActivityImports;
import jp.bansou.activity.ImportField;
import jp.bansou.activity.ImportMapping;
import jp.bansou.activity.ImportRequest;
import jp.bansou.activity.ImportResult;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.shared.FiscalYear;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Fills the database named by the arguments (after the demo data loads) with N synthetic FY2022
 * records through Bansō's import, for bench/load.sh: {@code LoadData <jdbc-url> <user> <records>}.
 */
public final class LoadData {

    private LoadData() {
    }

    public static void main(String[] args) throws Exception {
        int records = Integer.parseInt(args[2]);
        Path csv = Files.createDirectories(Path.of("target", "benchmark")).resolve("records-" + records + ".csv");
        if (!Files.exists(csv)) {
            SyntheticRecords.write(csv, records, 2022, 1, 2022);
        }
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(BansouApplication.class)
                .web(WebApplicationType.NONE).run("--spring.datasource.url=" + args[0],
                        "--spring.datasource.username=" + args[1], "--spring.datasource.password=",
                        "--logging.level.root=WARN", "--bansou.import.max-bytes=4000000000",
                        "--spring.main.banner-mode=off")) {
            long association = app.getBean(OrganizationQueries.class).associationIdByCode("kure-koiki").orElseThrow();
            Map<String, ImportField> columns = new LinkedHashMap<>();
            List<ImportField> fields = List.of(ImportField.RECORD_ID, ImportField.DATE, ImportField.KIND,
                    ImportField.BUSINESS, ImportField.MEMBER_NUMBER, ImportField.DISTRICT, ImportField.STAFF,
                    ImportField.CATEGORIES, ImportField.MINUTES, ImportField.PARTICIPANTS, ImportField.NOTE);
            for (int i = 0; i < fields.size(); i++) {
                columns.put(SyntheticRecords.HEADERS.get(i), fields.get(i));
            }
            ImportResult result = app.getBean(ActivityImports.class).importFile(new ImportRequest(association,
                    "benchmark", csv, csv.getFileName().toString(), "MS932", null, FiscalYear.of(2022), null,
                    ImportMapping.of(columns)));
            System.out.printf("imported %,d records (%s)%n", result.stored(), result.imported() ? "ok" : result.errors());
        }
    }
}
