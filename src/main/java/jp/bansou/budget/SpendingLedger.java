package jp.bansou.budget;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import jp.bansou.activity.ActivityFilter;
import jp.bansou.activity.ActivityQueries;
import jp.bansou.audit.AuditAction;
import jp.bansou.audit.AuditEntry;
import jp.bansou.audit.AuditTrail;
import jp.bansou.audit.AuditType;
import jp.bansou.budget.internal.BudgetStore;
import jp.bansou.budget.internal.LedgerStore;
import jp.bansou.organization.BansouUser;
import jp.bansou.period.PeriodLocks;
import jp.bansou.schedule.ScheduleQueries;
import jp.bansou.shared.FiscalYear;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The spending ledger: entries are only added. An entry that would take its line past the budget is
 * refused with {@link OverBudgetException} unless it carries a reason (stored with it). A correction is
 * a reversing entry (the amount negated, with its reason); an entry is reversed at most once, and a
 * reversal is not reversed again (enter the spending anew instead). Entries and reversals dated in a
 * closed period (締め) are made only by an admin giving a reason.
 */
@Service
@Transactional
public class SpendingLedger {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final BudgetStore store;
    private final LedgerStore ledger;
    private final ActivityQueries activities;
    private final AuditTrail audit;
    private final PeriodLocks locks;
    private final ScheduleQueries schedule;

    SpendingLedger(BudgetStore store, LedgerStore ledger, ActivityQueries activities, AuditTrail audit,
                   PeriodLocks locks, ScheduleQueries schedule) {
        this.schedule = schedule;
        this.store = store;
        this.ledger = ledger;
        this.activities = activities;
        this.audit = audit;
        this.locks = locks;
    }

    /** Records an entry for the system (set-up, the demo): refused in a closed period. */
    public long spend(long associationId, NewSpending spending) {
        return spend(null, associationId, spending, null);
    }

    /**
     * Records an entry by {@code user}; dated in a closed period ({@link PeriodLocks}) only by an admin
     * giving {@code closedPeriodReason}, which the audit trail keeps.
     */
    public long spend(BansouUser user, NewSpending spending, String closedPeriodReason) {
        return spend(user, user.associationId(), spending, closedPeriodReason);
    }

    private long spend(BansouUser user, long associationId, NewSpending spending, String closedPeriodReason) {
        locks.checkDate(user, associationId, spending.date(), closedPeriodReason);
        BudgetRow line = store.lockLine(associationId, spending.lineId())
                .orElseThrow(() -> new BudgetNotFoundException("予算行", spending.lineId()));
        FiscalYear year = store.lineYear(associationId, line.lineId()).orElseThrow();
        requireInYear(year, spending.date(), "支出日");
        requireRecord(associationId, spending.activityRecordId());
        if (spending.eventId() != null && schedule.event(associationId, spending.eventId()).isEmpty()) {
            throw new IllegalArgumentException("予定 " + spending.eventId() + " が見つかりません");
        }
        var excess = line.balance().exceededBy(spending.amount());
        if (excess.isPresent() && !spending.hasOverBudgetReason()) {
            throw new OverBudgetException(line.label(), line.balance().remaining(), excess.get());
        }
        long id = store.insertSpending(associationId, spending, AuditTrail.currentActor().name(), now());
        audit.record(AuditEntry.of(associationId, AuditType.BUDGET, AuditAction.CREATE, "spending:" + id,
                        year.japaneseLabel() + " 支出 " + line.label())
                .changing(null, describe(spending) + excess.map(e -> "; 予算超過: " + e.format()).orElse(""))
                .because(reasons(excess.isPresent() ? spending.overBudgetReason() : null, closedPeriodReason)));
        return id;
    }

    private static String reasons(String overBudget, String closedPeriod) {
        if (closedPeriod == null || closedPeriod.isBlank()) {
            return overBudget;
        }
        return overBudget == null ? closedPeriod.strip() : overBudget + "; " + closedPeriod.strip();
    }

    /** As {@link #reverse(BansouUser, long, LocalDate, String)} for the system: refused in a closed period. */
    public long reverse(long associationId, long entryId, LocalDate date, String reason) {
        return reverse(null, associationId, entryId, date, reason);
    }

    /**
     * Adds the entry reversing {@code entryId}, dated {@code date} within the line's year; returns its id.
     * In a closed period only an admin reverses (the reversal's reason is the reason for the change).
     */
    public long reverse(BansouUser user, long entryId, LocalDate date, String reason) {
        return reverse(user, user.associationId(), entryId, date, reason);
    }

    private long reverse(BansouUser user, long associationId, long entryId, LocalDate date, String reason) {
        if (date == null) {
            throw new IllegalArgumentException("取消日を入力してください");
        }
        locks.checkDate(user, associationId, date, reason);
        String checkedReason = Texts.required(reason, NewSpending.REASON_MAX, "取消の理由");
        LedgerEntry entry = ledger.entry(associationId, entryId)
                .orElseThrow(() -> new BudgetNotFoundException("支出", entryId));
        store.lockLine(associationId, entry.lineId());
        if (!ledger.entry(associationId, entryId).orElseThrow().reversible()) {
            throw new IllegalArgumentException(entry.isReversal() ? "取消の記帳はさらに取り消せません"
                    : "この支出はすでに取り消されています");
        }
        FiscalYear year = store.lineYear(associationId, entry.lineId()).orElseThrow();
        requireInYear(year, date, "取消日");
        long id = store.insertReversal(associationId, entryId, date, checkedReason,
                AuditTrail.currentActor().name(), now());
        audit.record(AuditEntry.of(associationId, AuditType.BUDGET, AuditAction.CREATE, "spending:" + id,
                        year.japaneseLabel() + " 支出の取消 " + entry.line())
                .changing("支出 #" + entryId + ": " + entry.amount().format() + " " + entry.payee(),
                        "取消 #" + id + ": " + entry.amount().negate().format() + " " + date)
                .because(checkedReason));
        return id;
    }

    private void requireRecord(long associationId, Long recordId) {
        if (recordId != null && activities.list(associationId,
                new ActivityFilter(null, null, null, null, null, null, null, recordId), 0, 1).total() == 0) {
            throw new IllegalArgumentException("活動記録 " + recordId + " が見つかりません");
        }
    }

    private static void requireInYear(FiscalYear year, LocalDate date, String field) {
        if (!year.contains(date)) {
            throw new IllegalArgumentException(field + "は予算の年度（" + year.japaneseLabel() + "）の日付を入力してください");
        }
    }

    private static String describe(NewSpending s) {
        return "日付: " + s.date() + "; 金額: " + s.amount().format() + "; 支払先: " + s.payee() + "; 用途: " + s.purpose()
                + (s.voucherNo() == null ? "" : "; 証憑番号: " + s.voucherNo())
                + (s.activityRecordId() == null ? "" : "; 活動記録: " + s.activityRecordId())
                + (s.eventId() == null ? "" : "; 予定: " + s.eventId());
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(JAPAN);
    }
}
