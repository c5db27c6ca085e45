package jp.bansou.budget;

import java.time.LocalDateTime;
import java.time.ZoneId;
import jp.bansou.audit.AuditAction;
import jp.bansou.audit.AuditEntry;
import jp.bansou.audit.AuditTrail;
import jp.bansou.audit.AuditType;
import jp.bansou.audit.FieldChanges;
import jp.bansou.budget.internal.BudgetStore;
import jp.bansou.budget.internal.CategoryStore;
import jp.bansou.shared.FiscalYear;
import jp.bansou.shared.Yen;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets the budget of a line (a fiscal year's business area and expense category) and transfers budget
 * between lines of the same year. A transfer may not take more than the giving line has left.
 */
@Service
@Transactional
public class BudgetService {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final BudgetStore store;
    private final CategoryStore categories;
    private final AuditTrail audit;

    BudgetService(BudgetStore store, CategoryStore categories, AuditTrail audit) {
        this.store = store;
        this.categories = categories;
        this.audit = audit;
    }

    /** Creates the line, or changes its budget and note whatever it was; returns the line's id. */
    public long setLine(long associationId, FiscalYear year, long areaId, long categoryId, Yen amount, String note) {
        return setLine(associationId, year, areaId, categoryId, amount, note, null, false);
    }

    /**
     * The form's save: creates the line when there is none yet, or changes it when it is still at
     * {@code expectedVersion} (null: the form showed no line); otherwise {@link StaleLineException}.
     */
    public long setLine(long associationId, FiscalYear year, long areaId, long categoryId, Yen amount, String note,
                        Integer expectedVersion) {
        return setLine(associationId, year, areaId, categoryId, amount, note, expectedVersion, true);
    }

    private long setLine(long associationId, FiscalYear year, long areaId, long categoryId, Yen amount, String note,
                         Integer expectedVersion, boolean checkVersion) {
        if (amount == null || amount.isNegative()) {
            throw new IllegalArgumentException("予算額は0円以上の整数で入力してください");
        }
        String checkedNote = Texts.optional(note, 200, "備考");
        var existing = store.line(associationId, year, areaId, categoryId);
        if (existing.isPresent()) {
            BudgetRow line = existing.get();
            int version = checkVersion ? (expectedVersion == null ? -1 : expectedVersion) : line.version();
            return changeLine(associationId, year, line, version, amount, checkedNote);
        }
        activeCategory(associationId, categoryId);
        if (!store.areaBelongs(associationId, areaId)) {
            throw new BudgetNotFoundException("事業", areaId);
        }
        long id = store.insertLine(associationId, year, areaId, categoryId, amount.amount(), checkedNote);
        String label = store.line(associationId, id).orElseThrow().label();
        record(associationId, AuditAction.CREATE, "line:" + id, year, label, FieldChanges.none()
                .field("予算額", null, amount.format()).field("備考", null, checkedNote), null);
        return id;
    }

    /**
     * The rollover's part: next year gets this year's lines with their budgets for editing (no
     * transfers, no spending); lines next year has already stay as they are. Returns the lines created.
     */
    public int copyYear(long associationId, FiscalYear from, FiscalYear to) {
        int copied = store.copyLines(associationId, from.startYear(), to.startYear());
        if (copied > 0) {
            record(associationId, AuditAction.CREATE, "rollover:" + to.startYear(), to,
                    "予算（" + from.japaneseLabel() + "から年度繰越）",
                    FieldChanges.none().field("予算の行", null, copied + "行"), null);
        }
        return copied;
    }

    /** How many lines {@link #copyYear} would create. */
    @Transactional(readOnly = true)
    public int linesToCopy(long associationId, FiscalYear from, FiscalYear to) {
        return store.linesToCopy(associationId, from.startYear(), to.startYear());
    }

    private long changeLine(long associationId, FiscalYear year, BudgetRow line, int version, Yen amount,
                            String note) {
        if (!store.updateLine(associationId, line.lineId(), version, amount.amount(), note)) {
            int current = store.line(associationId, line.lineId()).map(BudgetRow::version).orElse(line.version());
            throw new StaleLineException(line.label(), current);
        }
        record(associationId, AuditAction.UPDATE, "line:" + line.lineId(), year, line.label(), FieldChanges.none()
                .field("予算額", line.balance().budget().format(), amount.format()).field("備考", line.note(), note),
                null);
        return line.lineId();
    }

    /**
     * Moves budget from one line to another of the same year, dated within that year; never more than
     * the giving line has left. Both lines are locked (in id order) while this is checked.
     */
    public long transfer(long associationId, NewTransfer transfer) {
        BudgetRow low = lock(associationId, Math.min(transfer.fromLineId(), transfer.toLineId()));
        BudgetRow high = lock(associationId, Math.max(transfer.fromLineId(), transfer.toLineId()));
        BudgetRow from = low.lineId() == transfer.fromLineId() ? low : high;
        BudgetRow to = from == low ? high : low;
        FiscalYear year = checkedYear(associationId, from, to, transfer);
        if (from.balance().exceededBy(transfer.amount()).isPresent()) {
            throw new IllegalArgumentException("流用元「" + from.label() + "」の残額（"
                    + from.balance().remaining().format() + "）を超えて流用できません");
        }
        long id = store.insertTransfer(associationId, transfer, AuditTrail.currentActor().name(),
                LocalDateTime.now(JAPAN));
        record(associationId, AuditAction.CREATE, "transfer:" + id, year, "流用 " + from.label() + " → " + to.label(),
                FieldChanges.none().field("流用額", null, transfer.amount().format())
                        .field("日付", null, transfer.date()), transfer.reason());
        return id;
    }

    private FiscalYear checkedYear(long associationId, BudgetRow from, BudgetRow to, NewTransfer transfer) {
        FiscalYear year = store.lineYear(associationId, from.lineId()).orElseThrow();
        if (!year.equals(store.lineYear(associationId, to.lineId()).orElseThrow())) {
            throw new IllegalArgumentException("流用は同じ年度の予算行の間でだけできます");
        }
        if (!year.contains(transfer.date())) {
            throw new IllegalArgumentException("流用日は" + year.japaneseLabel() + "の日付を入力してください");
        }
        return year;
    }

    private BudgetRow lock(long associationId, long lineId) {
        return store.lockLine(associationId, lineId).orElseThrow(() -> new BudgetNotFoundException("予算行", lineId));
    }

    private void activeCategory(long associationId, long categoryId) {
        ExpenseCategory category = categories.find(associationId, categoryId)
                .orElseThrow(() -> new BudgetNotFoundException("費目", categoryId));
        if (!category.active()) {
            throw new IllegalArgumentException("費目「" + category.name() + "」は使用していません");
        }
    }

    private void record(long associationId, AuditAction action, String entity, FiscalYear year, String label,
                        FieldChanges changes, String reason) {
        audit.record(AuditEntry.of(associationId, AuditType.BUDGET, action, entity,
                year.japaneseLabel() + " " + label).changing(changes).because(reason));
    }
}
