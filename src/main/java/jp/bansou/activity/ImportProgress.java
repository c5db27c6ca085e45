package jp.bansou.activity;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How far one import or check has come, written by the thread that reads the file and read by the
 * page that shows it: the phase, the data rows read, and the bytes of a CSV file read so far.
 */
public final class ImportProgress {

    /** Reading covers checking and staging the rows; storing covers the set-based inserts and the recount. */
    public enum Phase { WAITING, READING, STORING, DONE }

    private final long totalBytes;
    private final AtomicLong rows = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private volatile Phase phase = Phase.WAITING;

    public ImportProgress(long totalBytes) {
        this.totalBytes = totalBytes;
    }

    /** For callers nobody watches (the API, the command line, tests). */
    public static ImportProgress untracked() {
        return new ImportProgress(0);
    }

    public void enter(Phase next) {
        phase = next;
    }

    public void rowRead() {
        rows.incrementAndGet();
    }

    public void bytesRead(long count) {
        bytes.addAndGet(count);
    }

    public Snapshot snapshot() {
        return new Snapshot(phase, rows.get(), Math.min(bytes.get(), totalBytes), totalBytes);
    }

    /** One reading of the progress; {@code percent} is of the file's bytes, unknown (-1) for a workbook. */
    public record Snapshot(Phase phase, long rows, long bytesRead, long totalBytes) {

        public int percent() {
            if (phase == Phase.STORING || phase == Phase.DONE) {
                return 100;
            }
            return totalBytes <= 0 || bytesRead == 0 ? -1 : (int) (bytesRead * 100 / totalBytes);
        }
    }
}
