package jp.bansou.schedule;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import jp.bansou.activity.ActivityKind;
import jp.bansou.activity.ActivityQueries;
import jp.bansou.activity.ActivityService;
import jp.bansou.activity.NewActivity;
import jp.bansou.audit.AuditAction;
import jp.bansou.audit.AuditTrail;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.RoleHolder;
import jp.bansou.schedule.internal.EventStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks a planned event 実施済: either records it as a new activity record (through
 * {@link ActivityService}, so counted items such as セミナー開催回数 follow at once) of the activity
 * kind its schedule kind maps to, or links a record that exists. The record's date is the actual date.
 */
@Service
@Transactional
public class EventCompletion {

    private final ScheduleService schedule;
    private final EventStore store;
    private final ActivityService activities;
    private final ActivityQueries activityQueries;
    private final AuditTrail audit;
    private final ScheduleKinds kinds;

    EventCompletion(ScheduleService schedule, EventStore store, ActivityService activities,
                    ActivityQueries activityQueries, AuditTrail audit, ScheduleKinds kinds) {
        this.schedule = schedule;
        this.kinds = kinds;
        this.store = store;
        this.activities = activities;
        this.activityQueries = activityQueries;
        this.audit = audit;
    }

    /**
     * Records the event held on {@code date}: a new activity record of the mapped kind, by the people
     * responsible in person, with the participants and support categories given; returns its id.
     */
    public long markDone(BansouUser user, long eventId, LocalDate date, Integer participants, Set<Long> categoryIds) {
        ScheduleEvent event = schedule.existing(user, eventId);
        if (event.status() == EventStatus.DONE) {
            throw new IllegalArgumentException("この予定はすでに実施済です（記録を足すときは活動記録の番号で紐づけてください）");
        }
        Outcome outcome = Outcome.done(date).checkedAgainst(LocalDate.now(ScheduleService.JAPAN));
        long kindId = activityKind(user.associationId(), event.kindId());
        Set<Long> staff = event.holderKeys().stream().map(RoleHolder::parseKey).filter(h -> !h.isGroup())
                .map(RoleHolder::staffMemberId).collect(Collectors.toSet());
        long record = activities.record(user, new NewActivity(outcome.actualDate(), kindId, null, null, staff,
                categoryIds, null, participants, null, null, event.title(), null), null, null);
        complete(user, event, outcome, record);
        return record;
    }

    /** Links an activity record of the association that realised the event; its date becomes the actual date. */
    public void link(BansouUser user, long eventId, long recordId) {
        ScheduleEvent event = schedule.existing(user, eventId);
        LocalDate date = store.recordDate(user.associationId(), recordId);
        if (date == null) {
            throw new IllegalArgumentException("活動記録 #" + recordId + " が見つかりません");
        }
        complete(user, event, Outcome.done(date), recordId);
    }

    private void complete(BansouUser user, ScheduleEvent event, Outcome outcome, long recordId) {
        store.linkRecord(event.id(), recordId);
        store.setOutcome(event.id(), outcome);
        audit.record(ScheduleService.entry(user, event.id(), event.title(), AuditAction.UPDATE).changing(
                ScheduleService.status(event.status(), event.actualDate()),
                ScheduleService.status(outcome.status(), outcome.actualDate()) + "; 活動記録: #" + recordId));
    }

    private long activityKind(long associationId, long scheduleKindId) {
        ScheduleKind kind = kinds.kind(associationId, scheduleKindId);
        return activityQueries.kinds(associationId).stream()
                .filter(k -> k.name().equals(kind.activityKindName())).map(ActivityKind::id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("種別「" + kind.name()
                        + "」には対応する活動種別がないため記録を作れません。既存の活動記録を紐づけてください"));
    }
}
