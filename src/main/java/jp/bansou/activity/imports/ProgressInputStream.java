package jp.bansou.activity.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import jp.bansou.activity.ImportProgress;

/** Passes the bytes through, counting them into the import's progress. */
final class ProgressInputStream extends FilterInputStream {

    private final ImportProgress progress;

    ProgressInputStream(InputStream in, ImportProgress progress) {
        super(in);
        this.progress = progress;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            progress.bytesRead(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int count = super.read(buffer, offset, length);
        if (count > 0) {
            progress.bytesRead(count);
        }
        return count;
    }
}
