package jp.bansou.schedule;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import jp.bansou.audit.AuditAction;
import jp.bansou.audit.AuditEntry;
import jp.bansou.audit.AuditTrail;
import jp.bansou.audit.AuditType;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.organization.UserRole;
import jp.bansou.schedule.internal.EventStore;
import jp.bansou.shared.FiscalYear;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commands on the schedule: planned events and recurring plans entered, edited and given a status;
 * kinds are {@link ScheduleKinds}'. Viewers only read. Every change lands in the audit trail.
 * Marking an event held with its activity record is {@link EventCompletion}'s.
 */
@Service
@Transactional
public class ScheduleService {

    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final EventStore store;
    private final ScheduleKinds kinds;
    private final ScheduleQueries queries;
    private final OrganizationQueries organization;
    private final AuditTrail audit;

    ScheduleService(EventStore store, ScheduleKinds kinds, ScheduleQueries queries, OrganizationQueries organization,
                    AuditTrail audit) {
        this.store = store;
        this.kinds = kinds;
        this.queries = queries;
        this.organization = organization;
        this.audit = audit;
    }

    public long add(BansouUser user, EventDraft draft) {
        check(user, draft);
        long id = store.insert(user.associationId(), draft, null);
        audit.record(entry(user, id, draft.title(), AuditAction.CREATE).changing(null, describe(draft)));
        return id;
    }

    /** Enters a recurring plan once: one event per month of the recurrence in the fiscal year. */
    public List<Long> addRecurring(BansouUser user, FiscalYear year, Recurrence recurrence, EventDraft template) {
        check(user, template);
        long plan = store.insertPlan(user.associationId(), year.startYear(), recurrence.text());
        List<Long> ids = new ArrayList<>();
        recurrence.expand(year).forEach(month ->
                ids.add(store.insert(user.associationId(), template.at(PlannedWhen.month(month)), plan)));
        audit.record(entry(user, plan, template.title(), AuditAction.CREATE).changing(null,
                describe(template) + "; 繰り返し: " + recurrence.text() + "（" + year.japaneseLabel() + " "
                        + ids.size() + "件）"));
        return ids;
    }

    /**
     * The rollover's part: this year's plans and events become next year's, one year on and planned
     * (their outcomes stay behind). Nothing is copied when next year has events already, so none is
     * doubled. Returns the events created.
     */
    public int copyYear(long associationId, FiscalYear from, FiscalYear to) {
        if (store.eventCount(associationId, to.startYear()) > 0) {
            return 0;
        }
        int copied = store.copyYear(associationId, from.startYear(), to.startYear());
        if (copied > 0) {
            audit.record(AuditEntry.of(associationId, AuditType.SCHEDULE, AuditAction.CREATE,
                    "rollover:" + to.startYear(), to.japaneseLabel() + "の予定（" + from.japaneseLabel() + "から年度繰越）")
                    .changing(null, "予定 " + copied + "件"));
        }
        return copied;
    }

    /** The year's planned events, however they stand. */
    @Transactional(readOnly = true)
    public int eventCount(long associationId, FiscalYear year) {
        return store.eventCount(associationId, year.startYear());
    }

    /** Changes the event if it is still at {@code expectedVersion}; otherwise {@link StaleEventException}. */
    public void update(BansouUser user, long eventId, int expectedVersion, EventDraft draft) {
        ScheduleEvent before = existing(user, eventId);
        check(user, draft);
        if (!store.update(eventId, expectedVersion, draft)) {
            throw new StaleEventException(before.title(), queries.version(user.associationId(), eventId));
        }
        audit.record(entry(user, eventId, draft.title(), AuditAction.UPDATE)
                .changing(describe(before), describe(draft)));
    }

    /** Sets 予定, 中止, 延期, or 実施済 with its date (no record: see {@link EventCompletion}). */
    public void setOutcome(BansouUser user, long eventId, Outcome outcome) {
        ScheduleEvent before = existing(user, eventId);
        store.setOutcome(eventId, outcome.checkedAgainst(LocalDate.now(JAPAN)));
        audit.record(entry(user, eventId, before.title(), AuditAction.UPDATE)
                .changing(status(before.status(), before.actualDate()), status(outcome.status(), outcome.actualDate())));
    }

    ScheduleEvent existing(BansouUser user, long eventId) {
        requireEditor(user);
        return queries.event(user.associationId(), eventId).orElseThrow(() -> new EventNotFoundException(eventId));
    }

    static void requireEditor(BansouUser user) {
        if (user.role() == UserRole.VIEWER) {
            throw new AccessDeniedException("閲覧者は予定を変更できません");
        }
    }

    static AuditEntry entry(BansouUser user, long id, String label, AuditAction action) {
        return AuditEntry.of(user.associationId(), AuditType.SCHEDULE, action, id, label).by(user.actor());
    }

    static String status(EventStatus status, LocalDate actualDate) {
        return "状況: " + status.label() + (actualDate == null ? "" : "; 実施日: " + actualDate);
    }

    private void check(BansouUser user, EventDraft draft) {
        requireEditor(user);
        long association = user.associationId();
        if (!store.areaBelongsTo(association, draft.areaId())) {
            throw new IllegalArgumentException("事業を選んでください");
        }
        kinds.kind(association, draft.kindId());
        if (!store.itemsBelongTo(association, draft.itemIds())) {
            throw new IllegalArgumentException("関連する項目に他の商工会の項目は選べません");
        }
        if (draft.holders().stream().anyMatch(h -> !organization.holderBelongsTo(h, association))) {
            throw new IllegalArgumentException("担当者に他の商工会の職員・グループは選べません");
        }
    }

    private static String describe(EventDraft d) {
        return "件名: " + d.title() + "; 予定: " + d.when().label() + (d.place() == null ? "" : "; 場所: " + d.place())
                + "; 担当: " + d.holders().stream().map(h -> h.key()).toList() + "; 項目: " + d.itemIds();
    }

    private static String describe(ScheduleEvent e) {
        return "件名: " + e.title() + "; 予定: " + e.when().label() + (e.place() == null ? "" : "; 場所: " + e.place())
                + "; 担当: " + e.holderKeys() + "; 項目: " + e.itemIds();
    }
}
