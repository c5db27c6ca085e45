package jp.bansou.activity;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Runs imports and checks on two background threads, so a large file holds neither a request
 * thread nor the browser: the page polls the job's progress. At most {@value #QUEUED} jobs wait;
 * beyond that a new one is refused. Finished jobs are forgotten after two hours (what they stored
 * stays, in the batches).
 */
@Service
public class ImportJobs {

    static final int QUEUED = 8;
    private static final Duration KEPT = Duration.ofHours(2);
    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final ActivityImports imports;
    private final ExecutorService executor;
    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

    /** {@code bansou.import.in-background=false} runs each job in the caller's thread (tests inside a transaction). */
    @Autowired
    ImportJobs(ActivityImports imports, @Value("${bansou.import.in-background:true}") boolean inBackground) {
        this(imports, inBackground ? new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(QUEUED), runnable -> {
                    Thread thread = new Thread(runnable, "import");
                    thread.setDaemon(true);
                    return thread;
                }) : new InCallerExecutor());
    }

    ImportJobs(ActivityImports imports, ExecutorService executor) {
        this.imports = imports;
        this.executor = executor;
    }

    /** Starts importing the file; {@code reference} is handed back with the job. */
    public ImportJob startImport(ImportRequest request, String reference) {
        ImportJob job = register(request, ImportJob.Kind.IMPORT, reference);
        return submit(job, () -> job.imported(imports.importFile(request, job.tracker())));
    }

    /** Starts checking the file as an import would, storing nothing. */
    public ImportJob startCheck(ImportRequest request, String reference) {
        ImportJob job = register(request, ImportJob.Kind.CHECK, reference);
        return submit(job, () -> job.checked(imports.check(request, job.tracker())));
    }

    /** The association's job, while it is kept. */
    public Optional<ImportJob> job(long associationId, String id) {
        return Optional.ofNullable(id == null ? null : jobs.get(id)).filter(j -> j.associationId() == associationId);
    }

    private ImportJob register(ImportRequest request, ImportJob.Kind kind, String reference) {
        forgetOldJobs();
        String id = UUID.randomUUID().toString();
        ImportJob job = new ImportJob(id, request, kind, reference, new ImportProgress(size(request)));
        jobs.put(id, job);
        return job;
    }

    private ImportJob submit(ImportJob job, Runnable work) {
        try {
            executor.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    log.error("import job {} ({}) failed", job.id(), job.fileName(), e);
                    job.failed("取込中に予期しないエラーが発生しました。何も保存されていません: " + job.fileName());
                }
            });
            return job;
        } catch (RejectedExecutionException e) {
            jobs.remove(job.id());
            throw new ImportsBusyException();
        }
    }

    private void forgetOldJobs() {
        Instant limit = Instant.now().minus(KEPT);
        jobs.values().removeIf(j -> j.finished() && j.started().isBefore(limit));
    }

    private static long size(ImportRequest request) {
        try {
            return Files.size(request.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
