package jp.bansou.datacheck.checks;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import jp.bansou.activity.LateEntry;
import jp.bansou.activity.Page;
import jp.bansou.activity.RecordConsistencyQueries;
import jp.bansou.datacheck.CheckScope;
import jp.bansou.datacheck.DataCheck;
import jp.bansou.datacheck.Finding;
import jp.bansou.datacheck.Findings;
import jp.bansou.period.ClosedPeriod;
import jp.bansou.period.PeriodLocks;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Activity records of the year dated in a closed period (month, half or year) but entered after that
 * period was closed. Records entered before the closing are what was closed and are fine; a record
 * entered later got in only by an admin's override with a reason, and changed figures already closed
 * (and, for a closed year, the snapshot the committee got): the admin confirms it belongs there, or
 * removes it. A period closed, reopened and closed again counts from its latest closing.
 */
@Component
@Order(75)
class LateEntryCheck implements DataCheck {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final RecordConsistencyQueries records;
    private final PeriodLocks locks;

    LateEntryCheck(RecordConsistencyQueries records, PeriodLocks locks) {
        this.records = records;
        this.locks = locks;
    }

    @Override
    public String code() {
        return "lateEntries";
    }

    @Override
    public Findings run(CheckScope scope) {
        List<ClosedPeriod> closed = locks.closedPeriods(scope.associationId()).stream()
                .filter(c -> c.period().year().equals(scope.year())).toList();
        Page<LateEntry> late = records.enteredAfterClosing(scope.associationId(), closed, MAX_LINES);
        return new Findings(late.rows().stream().map(e -> line(e, closed)).toList(), late.total());
    }

    /** Names the closed period the record came in after (the first closed), when it was closed and when the record came in. */
    private static Finding line(LateEntry entry, List<ClosedPeriod> closed) {
        List<ClosedPeriod> containing = closed.stream().filter(c -> c.period().contains(entry.record().date())).toList();
        ClosedPeriod period = containing.stream().filter(c -> c.closedAt().isBefore(entry.enteredAt()))
                .min(Comparator.comparing(ClosedPeriod::closedAt)).orElse(containing.get(0));
        return RecordLines.line(entry.record(), "datacheck.lateEntries.problem", period.period().label(),
                period.closedAt().format(MINUTE), entry.enteredAt().format(MINUTE));
    }
}
