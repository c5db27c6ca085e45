package jp.bansou.period;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** An association's closed periods, loaded once, to check many dates (an import's rows) in memory. */
public record ClosedCalendar(List<ClosedPeriod> closed) {

    public ClosedCalendar {
        closed = List.copyOf(closed);
    }

    /** The closed period the date falls in (the widest when several do), or empty. */
    public Optional<ClosedPeriod> containing(LocalDate date) {
        return closed.stream().filter(c -> c.period().contains(date))
                .max(java.util.Comparator.comparing(c -> c.period().kind()));
    }
}
