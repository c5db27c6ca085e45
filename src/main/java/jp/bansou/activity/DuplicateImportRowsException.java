package jp.bansou.activity;

import java.util.List;

/**
 * Rows of one import that are the same record (the same record id, or the same fields): the batch
 * is refused, naming each repeated row and the row it repeats.
 */
public class DuplicateImportRowsException extends RuntimeException {

    private final List<Repeat> repeats;

    public DuplicateImportRowsException(List<Repeat> repeats) {
        super(repeats.size() + " repeated rows");
        this.repeats = List.copyOf(repeats);
    }

    public List<Repeat> repeats() {
        return repeats;
    }

    /** {@code line} repeats the record of {@code firstLine}. */
    public record Repeat(long line, long firstLine) {
    }
}
