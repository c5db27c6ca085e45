package jp.bansou.progress;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.bansou.audit.AuditQueries;
import jp.bansou.audit.AuditRow;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.progress.internal.SnapshotStore;
import jp.bansou.shared.FiscalYear;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of the year-end snapshot: whether a year has one, and what differs from it now (one
 * query for the values, one for who changed them, from the audit trail).
 */
@Service
@Transactional(readOnly = true)
public class SnapshotQueries {

    private final SnapshotStore store;
    private final AuditQueries audit;
    private final OrganizationQueries organization;

    SnapshotQueries(SnapshotStore store, AuditQueries audit, OrganizationQueries organization) {
        this.store = store;
        this.audit = audit;
        this.organization = organization;
    }

    public Optional<YearSnapshot> snapshot(long associationId, FiscalYear year) {
        return store.snapshot(associationId, year);
    }

    /** Every value that differs from the snapshot, in table order; empty without a snapshot. */
    public List<SnapshotDifference> differences(long associationId, FiscalYear year) {
        Optional<YearSnapshot> snapshot = snapshot(associationId, year);
        if (snapshot.isEmpty()) {
            return List.of();
        }
        List<SnapshotStore.Changed> changed = store.differences(associationId, year);
        Map<Long, AuditRow> latest = audit.latestChangesSince(associationId,
                changed.stream().map(SnapshotStore.Changed::itemYearId).distinct().toList(),
                snapshot.get().takenAt());
        Map<Long, String> districts = new HashMap<>();
        organization.districts(associationId).forEach(d -> districts.put(d.id(), d.name()));
        return changed.stream().map(c -> {
            AuditRow row = latest.get(c.itemYearId());
            return new SnapshotDifference(c.itemYearId(), c.itemName(), c.fieldCode(),
                    new SnapshotField(c.fieldCode()).label(districts), text(c.wasNumber(), c.wasText()),
                    text(c.nowNumber(), c.nowText()), row == null ? null : row.userName(),
                    row == null ? null : row.changedAt(), row == null ? null : row.reason());
        }).toList();
    }

    /** The year's table as the snapshot froze it (the committee's version); empty without a snapshot. */
    public List<SnapshotRow> rows(long associationId, FiscalYear year) {
        return store.rows(associationId, year);
    }

    /** The cells of the year's table to mark as changed since the snapshot. */
    public SnapshotMarks marks(long associationId, FiscalYear year) {
        Optional<YearSnapshot> snapshot = snapshot(associationId, year);
        if (snapshot.isEmpty()) {
            return SnapshotMarks.none();
        }
        Map<Long, Map<String, String>> was = new HashMap<>();
        store.differences(associationId, year).forEach(c -> was.computeIfAbsent(c.itemYearId(), k -> new HashMap<>())
                .put(c.fieldCode(), text(c.wasNumber(), c.wasText())));
        return new SnapshotMarks(snapshot.get(), was);
    }

    private static String text(BigDecimal number, String text) {
        if (number != null) {
            return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
        }
        return text == null ? "" : text;
    }
}
