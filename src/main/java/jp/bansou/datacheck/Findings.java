package jp.bansou.datacheck;

import java.util.List;

/** The lines a check found (at most {@link DataCheck#MAX_LINES}) and how many there are in all. */
public record Findings(List<Finding> lines, long count) {

    public Findings {
        lines = List.copyOf(lines);
        if (count < lines.size()) {
            throw new IllegalArgumentException("count " + count + " below the " + lines.size() + " lines found");
        }
    }

    /** Every line there is. */
    public static Findings of(List<Finding> lines) {
        return new Findings(lines, lines.size());
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** How many lines are not shown. */
    public long hidden() {
        return count - lines.size();
    }
}
