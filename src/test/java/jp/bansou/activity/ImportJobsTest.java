package jp.bansou.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import jp.bansou.activity.imports.TestFiles;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.support.BansouSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** Imports and checks as background jobs: waiting, done with their result, kept per association, refused when full. */
@BansouSpringTest
@Transactional
class ImportJobsTest {

    @Autowired ActivityImports imports;
    @Autowired OrganizationQueries organization;
    @TempDir Path dir;

    final HeldTasks held = new HeldTasks();
    long association;
    Path file;

    @BeforeEach
    void profileAndFile() {
        association = organization.associationIdByCode("kure-koiki").orElseThrow();
        imports.saveProfile(association, ImportFixtures.PROFILE, ImportMapping.of(ImportFixtures.karteColumns()),
                ImportFixtures.karteHeaders(), "admin");
        file = TestFiles.csv(dir, "karte.csv", StandardCharsets.UTF_8, false, ImportFixtures.karteCsv());
    }

    ImportRequest request() {
        return new ImportRequest(association, "kawamoto", file, "karte.csv", null, null, null, ImportFixtures.PROFILE,
                null);
    }

    @Test
    void anImportWaitsForItsTurnThenShowsWhatItStored() {
        ImportJobs jobs = new ImportJobs(imports, held);
        ImportJob job = jobs.startImport(request(), "token-1");
        assertThat(job.finished()).isFalse();
        assertThat(job.progress().phase()).isEqualTo(ImportProgress.Phase.WAITING);
        assertThat(job.progress().percent()).isEqualTo(-1);

        held.runAll();

        assertThat(job.finished()).isTrue();
        assertThat(job.progress().phase()).isEqualTo(ImportProgress.Phase.DONE);
        assertThat(job.progress().rows()).isEqualTo(4);
        assertThat(job.result().orElseThrow().stored()).isEqualTo(4);
        assertThat(job.reference()).isEqualTo("token-1");
        assertThat(jobs.job(association, job.id())).containsSame(job);
        assertThat(jobs.job(association + 1, job.id())).isEmpty();
        assertThat(imports.batches(association)).extracting(ImportBatch::fileName).contains("karte.csv");
    }

    @Test
    void aCheckStoresNothing() {
        ImportJobs jobs = new ImportJobs(imports, held);
        ImportJob job = jobs.startCheck(request(), null);
        held.runAll();
        assertThat(job.check().orElseThrow().rows()).isEqualTo(4);
        assertThat(job.check().orElseThrow().ok()).isTrue();
        assertThat(job.result()).isEmpty();
        assertThat(imports.batches(association)).isEmpty();
    }

    @Test
    void aJobThatFailsSaysSoAndStoresNothing() throws Exception {
        ImportJobs jobs = new ImportJobs(imports, held);
        ImportJob job = jobs.startImport(request(), null);
        Files.delete(file);
        held.runAll();
        assertThat(job.finished()).isTrue();
        assertThat(job.failure()).hasValueSatisfying(m -> assertThat(m).contains("何も保存されていません").contains("karte.csv"));
        assertThat(imports.batches(association)).isEmpty();
    }

    @Test
    void refusesANewJobWhenTheQueueIsFull() {
        held.full = true;
        ImportJobs jobs = new ImportJobs(imports, held);
        assertThatThrownBy(() -> jobs.startImport(request(), null)).isInstanceOf(ImportsBusyException.class)
                .hasMessageContaining("しばらくしてから");
    }

    /** Holds the tasks until the test runs them, in the test's thread and transaction. */
    static final class HeldTasks extends AbstractExecutorService {
        final Deque<Runnable> tasks = new ArrayDeque<>();
        boolean full;

        void runAll() {
            while (!tasks.isEmpty()) {
                tasks.poll().run();
            }
        }

        @Override
        public void execute(Runnable task) {
            if (full) {
                throw new RejectedExecutionException("full");
            }
            tasks.add(task);
        }

        @Override
        public void shutdown() {
        }

        @Override
        public List<Runnable> shutdownNow() {
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return false;
        }

        @Override
        public boolean isTerminated() {
            return false;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }
}
