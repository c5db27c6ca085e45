package jp.bansou.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import jp.bansou.activity.ActivityImports;
import jp.bansou.activity.ActivityQueries;
import jp.bansou.activity.ImportResult;
import jp.bansou.actuals.ActualsService;
import jp.bansou.audit.AuditQueries;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.plan.ItemYearDetail;
import jp.bansou.plan.PlanQueries;
import jp.bansou.plan.TargetRow;
import jp.bansou.progress.CheckInQueries;
import jp.bansou.support.DemoUsers;
import jp.bansou.support.SeedItems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * 50 clients at once against one application, on H2 and PostgreSQL by the subclasses: 20 raise the
 * same item-year's target by one (half over the API's PUT, half through the item page's form, both
 * quoting the version they read, re-reading and retrying on a stale save), 10 raise ten other
 * item-years' targets, 10 post check-ins, 5 add activity records over the API and 5 import files of
 * records. Afterwards: every client finished (no deadlock), no request failed, no increment was lost
 * (target = start + successful saves = version − start version = new audit rows), and the counted
 * actuals equal a fresh recount from the records. Commits for real: the class has its own database.
 */
abstract class ConcurrencyContract {

    private static final int SAME_ITEM_CLIENTS = 20;
    private static final int OTHER_ITEMS = 10;
    private static final int CHECK_IN_CLIENTS = 10;
    private static final int RECORD_CLIENTS = 5;
    private static final int IMPORT_CLIENTS = 5;
    private static final int RECORDS_PER_FILE = 200;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;
    @Autowired PlanQueries plan;
    @Autowired OrganizationQueries organization;
    @Autowired CheckInQueries checkIns;
    @Autowired AuditQueries audit;
    @Autowired ActivityImports imports;
    @Autowired ActivityQueries activities;
    @Autowired ActualsService actuals;
    @Autowired TransactionTemplate transactions;
    @Autowired org.springframework.security.core.userdetails.UserDetailsService users;

    @TempDir Path dir;

    private final AtomicInteger failures = new AtomicInteger();
    private final List<String> failureTexts = new ArrayList<>();

    @Test
    void fiftyClientsLoseNoUpdateAndLeaveTotalsConsistent() throws Exception {
        SeedItems seed = new SeedItems(plan, organization);
        long association = seed.associationId();
        List<TargetRow> manual = plan.targetTable(association, SeedItems.FY2022).areas().stream()
                .flatMap(a -> a.rows().stream())
                .filter(r -> !r.actualCounted() && r.target() != null).toList();
        long survey = seed.row("小規模事業者数等調査実施回数", SeedItems.FY2022).itemYearId();
        List<TargetRow> edited = manual.stream().filter(r -> r.itemYearId() != survey).limit(OTHER_ITEMS + 1).toList();
        assertThat(edited).hasSize(OTHER_ITEMS + 1);
        ItemYearDetail same = detail(association, edited.get(0).itemYearId());
        int sameAuditBefore = audit.itemHistory(association, same.itemId()).size();
        int checkInsBefore = checkIns.history(association, survey).size();
        Map<Long, BigDecimal> othersBefore = edited.subList(1, edited.size()).stream().collect(Collectors.toMap(
                TargetRow::itemYearId, r -> detail(association, r.itemYearId()).target()));

        AtomicInteger sameSaves = new AtomicInteger();
        AtomicInteger staleAnswers = new AtomicInteger();
        Map<Long, Integer> otherSaves = new ConcurrentHashMap<>();
        AtomicInteger recordsStored = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Void>> clients = new ArrayList<>();
        for (int i = 0; i < SAME_ITEM_CLIENTS; i++) {
            boolean overApi = i % 2 == 0;
            clients.add(client(start, () -> {
                if (overApi ? incrementOverApi(same.itemYearId(), staleAnswers) : incrementByForm(association,
                        same.itemYearId(), staleAnswers)) {
                    sameSaves.incrementAndGet();
                }
            }));
        }
        for (TargetRow other : edited.subList(1, edited.size())) {
            clients.add(client(start, () -> {
                if (incrementByForm(association, other.itemYearId(), staleAnswers)) {
                    otherSaves.merge(other.itemYearId(), 1, Integer::sum);
                }
            }));
        }
        for (int i = 0; i < CHECK_IN_CLIENTS; i++) {
            int n = i;
            clients.add(client(start, () -> postCheckIn(survey, n)));
        }
        for (int i = 0; i < RECORD_CLIENTS; i++) {
            int n = i;
            clients.add(client(start, () -> addRecord(n, recordsStored)));
        }
        for (int i = 0; i < IMPORT_CLIENTS; i++) {
            Path file = recordsFile(i);
            clients.add(client(start, () -> recordsStored.addAndGet(importFile(association, file))));
        }
        assertThat(clients).hasSize(50);

        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        List<Future<Void>> running = clients.stream().map(pool::submit).toList();
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).as("every client finished (no deadlock)").isTrue();
        for (Future<Void> f : running) {
            f.get();
        }

        assertThat(failureTexts).as("requests that failed").isEmpty();
        assertThat(failures).hasValue(0);
        ItemYearDetail after = detail(association, same.itemYearId());
        assertThat(sameSaves.get()).isPositive();
        assertThat(after.target()).isEqualByComparingTo(same.target().add(BigDecimal.valueOf(sameSaves.get())));
        assertThat(after.version()).isEqualTo(same.version() + sameSaves.get());
        assertThat(audit.itemHistory(association, same.itemId())).hasSize(sameAuditBefore + sameSaves.get());
        othersBefore.forEach((id, target) -> {
            assertThat(otherSaves).containsEntry(id, 1);
            assertThat(detail(association, id).target()).isEqualByComparingTo(target.add(BigDecimal.ONE));
        });
        assertThat(checkIns.history(association, survey)).hasSize(checkInsBefore + CHECK_IN_CLIENTS);
        assertThat(recordsStored).hasValue(RECORD_CLIENTS + IMPORT_CLIENTS * RECORDS_PER_FILE);
        assertCountedActualsEqualARecount(association);
    }

    private Callable<Void> client(CountDownLatch start, ThrowingRunnable work) {
        return () -> {
            start.await();
            try {
                work.run();
            } catch (Throwable e) {
                failures.incrementAndGet();
                synchronized (failureTexts) {
                    failureTexts.add(e.toString());
                }
            }
            return null;
        };
    }

    /** GET, add one to the target, PUT quoting the version; on 409 read again and retry. */
    private boolean incrementOverApi(long itemYearId, AtomicInteger stale) throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            MvcResult read = mvc.perform(get("/api/v1/item-years/{id}", itemYearId).with(httpBasic("admin", "demo")))
                    .andReturn();
            expect(read, 200);
            ObjectNode body = (ObjectNode) JSON.readTree(read.getResponse().getContentAsString());
            body.put("target", body.get("target").decimalValue().add(BigDecimal.ONE));
            body.put("reason", "並行編集テスト");
            MvcResult saved = mvc.perform(put("/api/v1/item-years/{id}", itemYearId).with(httpBasic("admin", "demo"))
                    .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body))).andReturn();
            if (saved.getResponse().getStatus() == 200) {
                return true;
            }
            expect(saved, 409);
            stale.incrementAndGet();
        }
        return false;
    }

    /** The item page's form: the stored values with the target one higher; retried after a stale save. */
    private boolean incrementByForm(long association, long itemYearId, AtomicInteger stale) throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            ItemYearDetail item = detail(association, itemYearId);
            var request = post("/items/{id}", itemYearId).with(csrf()).with(new DemoUsers(users).as("admin"))
                    .param("target", item.target().add(BigDecimal.ONE).toPlainString())
                    .param("actual", item.actual() == null ? "" : item.actual().toPlainString())
                    .param("note", item.note() == null ? "" : item.note())
                    .param("reviewer", item.roles().reviewer().key()).param("lead", item.roles().lead().key())
                    .param("deputies", item.roles().deputies().stream().map(d -> d.key()).toArray(String[]::new))
                    .param("version", Integer.toString(item.version()))
                    .param("changeReason", "並行編集テスト");
            item.districtActuals().forEach((d, v) -> request.param("districtActuals[" + d + "]", v.toPlainString()));
            MvcResult saved = mvc.perform(request).andReturn();
            if (saved.getResponse().getStatus() == 302) {
                return true;
            }
            expect(saved, 200);
            if (saved.getModelAndView() == null || !Boolean.TRUE.equals(saved.getModelAndView().getModel().get("stale"))) {
                throw new AssertionError("the item form refused the save: " + saved.getResponse().getContentAsString());
            }
            stale.incrementAndGet();
        }
        return false;
    }

    private void postCheckIn(long itemYearId, int n) throws Exception {
        expect(mvc.perform(post("/items/{id}/check-ins", itemYearId).with(csrf())
                .with(new DemoUsers(users).as("kawamoto")).param("asOf", "2022-07-10")
                .param("figureToDate", "1").param("status", "ON_TRACK").param("comment", "並行投稿 " + n)).andReturn(), 302);
    }

    private void addRecord(int n, AtomicInteger stored) throws Exception {
        String json = """
                {"date": "2022-06-%02d", "kind": "巡回相談", "business": "並行テスト商店%d", "memberNumber": null,
                 "district": "音戸", "staff": ["河本"], "categories": ["財務分析"], "minutes": 60, "participants": null,
                 "deals": 0, "pressReleases": 0, "note": "並行テスト"}""".formatted(n + 1, n);
        expect(mvc.perform(post("/api/v1/activities").with(httpBasic("kawamoto", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(json)).andReturn(), 201);
        stored.incrementAndGet();
    }

    private int importFile(long association, Path file) {
        ImportResult result = imports.importFile(FaultFiles.request(association, file));
        if (!result.imported()) {
            throw new AssertionError("import refused: " + result.errors());
        }
        return result.stored();
    }

    /** The synthetic records with ids of their own (T{n}R1 …), so the files do not overlap. */
    private Path recordsFile(int n) throws IOException {
        Path file = dir.resolve("records-" + n + ".csv");
        FaultFiles.records(file, RECORDS_PER_FILE, 100 + n);
        Charset ms932 = Charset.forName("windows-31j");
        List<String> lines = Files.readAllLines(file, ms932);
        List<String> renamed = new ArrayList<>(List.of(lines.get(0)));
        lines.subList(1, lines.size()).forEach(l -> renamed.add("T" + n + l));
        Files.write(file, renamed, ms932);
        return file;
    }

    private void assertCountedActualsEqualARecount(long association) {
        Map<Long, BigDecimal> stored = countedActuals(association);
        assertThat(stored).isNotEmpty();
        transactions.executeWithoutResult(s -> {
            actuals.recount(association, Set.of(SeedItems.FY2022));
            assertThat(countedActuals(association)).as("counted actuals = a recount from the records")
                    .isEqualTo(stored);
            s.setRollbackOnly();
        });
    }

    private Map<Long, BigDecimal> countedActuals(long association) {
        return plan.targetTable(association, SeedItems.FY2022).areas().stream().flatMap(a -> a.rows().stream())
                .filter(TargetRow::actualCounted)
                .collect(Collectors.toMap(TargetRow::itemYearId, r -> r.actual() == null ? BigDecimal.ZERO
                        : r.actual().stripTrailingZeros()));
    }

    private ItemYearDetail detail(long association, long itemYearId) {
        return plan.itemYear(association, itemYearId).orElseThrow();
    }

    private static void expect(MvcResult result, int status) throws Exception {
        if (result.getResponse().getStatus() != status) {
            throw new AssertionError(result.getRequest().getMethod() + " " + result.getRequest().getRequestURI()
                    + " answered " + result.getResponse().getStatus() + " (expected " + status + "): "
                    + result.getResponse().getContentAsString());
        }
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
