package jp.bansou.plan;

import java.util.List;

/**
 * A grid save refused as a whole, nothing stored: the errors name each cell (item and year), and
 * {@code stale} lists the cells someone else saved since the page was read.
 */
public class TargetGridRejected extends RuntimeException {

    private final transient List<String> errors;
    private final transient List<String> stale;

    public TargetGridRejected(List<String> errors, List<String> stale) {
        super(String.join("; ", java.util.stream.Stream.concat(errors.stream(), stale.stream()).toList()));
        this.errors = List.copyOf(errors);
        this.stale = List.copyOf(stale);
    }

    public List<String> errors() {
        return errors;
    }

    public List<String> stale() {
        return stale;
    }

    public boolean isStale() {
        return !stale.isEmpty();
    }
}
