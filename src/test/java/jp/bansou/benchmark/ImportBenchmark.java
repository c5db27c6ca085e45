package jp.bansou.benchmark;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import jp.bansou.BansouApplication;
import jp.bansou.activity.ActivityImports;
import jp.bansou.activity.ImportField;
import jp.bansou.activity.ImportMapping;
import jp.bansou.activity.ImportRequest;
import jp.bansou.activity.ImportResult;
import jp.bansou.actuals.ActualsService;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.plan.PlanQueries;
import jp.bansou.shared.FiscalYear;
import org.postgresql.PGConnection;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The import and target-table benchmark of the actuals issue, run by {@code ./mvnw -Pbenchmark verify}
 * (in a 512 MB heap): N synthetic records as an MS932 CSV, imported through Bansō's import path into
 * PostgreSQL, next to PostgreSQL's own COPY of the same file into a plain table; the same import into
 * H2; then the target table over those records next to the raw GROUP BY queries that count the same.
 * Prints figures and ratios; asserts nothing.
 */
public final class ImportBenchmark {

    private static final FiscalYear FY2022 = FiscalYear.of(2022);

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Files.createDirectories(Path.of("target", "benchmark"));
        Path csv = dir.resolve("records-" + records + ".csv");
        if (!Files.exists(csv)) {
            SyntheticRecords.write(csv, records, 2022, 1, 2022);
        }
        System.out.printf("records: %,d  file: %s (%,d bytes, MS932)  heap max: %,d MB%n", records, csv,
                Files.size(csv), Runtime.getRuntime().maxMemory() >> 20);
        String pgUrl = System.getenv().getOrDefault("BANSOU_BENCH_POSTGRES_URL",
                System.getenv().getOrDefault("BANSOU_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test"));
        String schema = "bansou_bench_" + System.currentTimeMillis();
        execute(pgUrl, "CREATE SCHEMA " + schema);
        try {
            String url = pgUrl + (pgUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
            double importRate;
            double copyRate;
            try (ConfigurableApplicationContext app = start(url)) {
                importRate = timedImport(app, csv, records, "PostgreSQL");
                copyRate = copy(url, csv, records);
                tableTimes(app);
            }
            System.out.printf("import / COPY: %.2f (target >= 0.5)%n", importRate / copyRate);
        } finally {
            execute(pgUrl, "DROP SCHEMA " + schema + " CASCADE");
        }
        Path h2 = dir.resolve("h2-" + System.currentTimeMillis());
        try (ConfigurableApplicationContext app = start("jdbc:h2:file:" + h2.toAbsolutePath()
                + "/bansou;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")) {
            timedImport(app, csv, records, "H2");
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        // arguments, not default properties: those would lose to application.properties
        return new SpringApplicationBuilder(BansouApplication.class).web(WebApplicationType.NONE)
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=" + user(url),
                        "--spring.datasource.password=", "--logging.level.root=WARN",
                        "--logging.level.jp.bansou.activity.imports.ImportRun=DEBUG",
                        "--logging.level.jp.bansou.activity.internal.BulkRecordWriter=DEBUG",
                        "--logging.level.jp.bansou.actuals.ActualsService=DEBUG",
                        "--bansou.import.max-bytes=4000000000", "--spring.main.banner-mode=off");
    }

    private static String user(String url) {
        return url.startsWith("jdbc:postgresql") ? System.getenv().getOrDefault("BANSOU_TEST_POSTGRES_USER", "postgres")
                : "sa";
    }

    private static double timedImport(ConfigurableApplicationContext app, Path csv, int records, String database) {
        long association = app.getBean(OrganizationQueries.class).associationIdByCode("kure-koiki").orElseThrow();
        ImportRequest request = new ImportRequest(association, "benchmark", csv, csv.getFileName().toString(), "MS932",
                null, FY2022, null, mapping());
        long start = System.nanoTime();
        ImportResult result = app.getBean(ActivityImports.class).importFile(request);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!result.imported()) {
            throw new IllegalStateException("import refused, " + result.errorCount() + " errors, first: " + result.errors().get(0));
        }
        double rate = result.stored() / seconds;
        System.out.printf("%s import through Bansō: %,d stored in %.2f s = %,.0f rows/s (heap used %,d MB)%n",
                database, result.stored(), seconds, rate,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        return rate;
    }

    private static double copy(String url, Path csv, int records) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user(url), "")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE bench_copy (record_id TEXT, day TEXT, kind TEXT, business TEXT, member_number TEXT,"
                        + " district TEXT, staff TEXT, categories TEXT, minutes TEXT, participants TEXT, note TEXT)");
            }
            long start = System.nanoTime();
            try (InputStream in = Files.newInputStream(csv)) {
                c.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("COPY bench_copy FROM STDIN (FORMAT csv, HEADER true, ENCODING 'SJIS')", in);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double rate = records / seconds;
            System.out.printf("PostgreSQL COPY into a plain table: %,d rows in %.2f s = %,.0f rows/s%n", records, seconds, rate);
            return rate;
        }
    }

    private static void tableTimes(ConfigurableApplicationContext app) {
        long association = app.getBean(OrganizationQueries.class).associationIdByCode("kure-koiki").orElseThrow();
        PlanQueries plan = app.getBean(PlanQueries.class);
        ActualsService actuals = app.getBean(ActualsService.class);
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        double table = median(() -> plan.targetTable(association, FY2022));
        double recount = median(() -> {
            actuals.recount(association, java.util.Set.of(FY2022));
            return null;
        });
        double raw = median(() -> jdbc.sql("""
                SELECT r.kind_id, COALESCE(b.district_id, r.district_id) AS district_id, COUNT(*) AS records,
                       COUNT(DISTINCT r.business_id) AS businesses, SUM(r.participants) AS participants
                FROM activity_record r LEFT JOIN business b ON b.id = r.business_id
                WHERE r.association_id = ? AND r.activity_date BETWEEN ? AND ?
                GROUP BY r.kind_id, COALESCE(b.district_id, r.district_id)""")
                .params(association, FY2022.firstDay(), FY2022.lastDay()).query().listOfRows());
        System.out.printf("target table with district split (counted actuals kept up to date): %.1f ms%n", table);
        System.out.printf("raw SQL GROUP BY over the records (kind x district): %.1f ms%n", raw);
        System.out.printf("target table / raw GROUP BY: %.2f (target <= 1.2, and under 100 ms)%n", table / raw);
        System.out.printf("full recount of every rule from the records (after an import or a rule change): %.1f ms%n",
                recount);
    }

    private static double median(Supplier<Object> work) {
        for (int i = 0; i < 2; i++) {
            work.get();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            long start = System.nanoTime();
            work.get();
            times.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }

    private static ImportMapping mapping() {
        Map<String, ImportField> columns = new LinkedHashMap<>();
        List<ImportField> fields = List.of(ImportField.RECORD_ID, ImportField.DATE, ImportField.KIND,
                ImportField.BUSINESS, ImportField.MEMBER_NUMBER, ImportField.DISTRICT, ImportField.STAFF,
                ImportField.CATEGORIES, ImportField.MINUTES, ImportField.PARTICIPANTS, ImportField.NOTE);
        for (int i = 0; i < fields.size(); i++) {
            columns.put(SyntheticRecords.HEADERS.get(i), fields.get(i));
        }
        return ImportMapping.of(columns);
    }

    private static void execute(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user(url), ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
