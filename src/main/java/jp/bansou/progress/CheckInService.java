package jp.bansou.progress;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.period.PeriodLocks;
import jp.bansou.plan.ItemYearDetail;
import jp.bansou.plan.ItemYearNotFoundException;
import jp.bansou.plan.PlanQueries;
import jp.bansou.progress.internal.CheckInSettingStore;
import jp.bansou.progress.internal.CheckInStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commands on check-ins: the lead or a deputy posts one (publishing {@link CheckInPosted} and
 * telling the reviewer), the reviewer acknowledges or returns it (telling the poster of a return),
 * an admin sets after how many days an unconfirmed check-in raises an alert.
 */
@Service
@Transactional
public class CheckInService {

    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final CheckInStore store;
    private final CheckInSettingStore settings;
    private final PlanQueries plan;
    private final OrganizationQueries organization;
    private final CheckInAlerts alerts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PeriodLocks locks;
    private final ProgressAudit audit;

    CheckInService(CheckInStore store, CheckInSettingStore settings, PlanQueries plan, OrganizationQueries organization,
                   CheckInAlerts alerts, ApplicationEventPublisher events, Clock clock,
                   PeriodLocks locks, ProgressAudit audit) {
        this.locks = locks;
        this.audit = audit;
        this.store = store;
        this.settings = settings;
        this.plan = plan;
        this.organization = organization;
        this.alerts = alerts;
        this.events = events;
        this.clock = clock;
    }

    /** Posts the check-in; the figure is required for a manual item and ignored for a counted one. */
    public CheckIn post(BansouUser user, long itemYearId, NewCheckIn draft) {
        return post(user, itemYearId, draft, null);
    }

    /**
     * As {@link #post(BansouUser, long, NewCheckIn)}; a check-in dated in a closed period is refused
     * ({@link jp.bansou.period.PeriodClosedException}) but to an admin giving {@code reason}, which the
     * audit row keeps.
     */
    public CheckIn post(BansouUser user, long itemYearId, NewCheckIn draft, String reason) {
        ItemYearDetail item = item(user, itemYearId);
        if (!permission(user, item).mayPost()) {
            throw new AccessDeniedException("この項目のチェックインを投稿する権限がありません");
        }
        LocalDateTime now = now();
        NewCheckIn checkIn = draft.forItem(item.year(), item.actualCounted(), now.toLocalDate());
        locks.checkDate(user, user.associationId(), checkIn.asOf(), reason);
        long id = store.insert(itemYearId, checkIn, user.id(), user.displayName(), now);
        events.publishEvent(new CheckInPosted(user.associationId(), itemYearId, checkIn.asOf(),
                checkIn.figureToDate(), checkIn.status().name(), user.id(), now.atZone(JAPAN).toInstant()));
        alerts.posted(user, item, checkIn);
        CheckIn posted = store.find(user.associationId(), id).orElseThrow();
        audit.checkInPosted(user, item, posted, reason);
        return posted;
    }

    /** The reviewer (or an admin) confirms an awaiting check-in, with an optional comment. */
    public CheckIn acknowledge(BansouUser user, long itemYearId, long checkInId, String comment) {
        return review(user, itemYearId, checkInId, comment, false);
    }

    /** The reviewer (or an admin) returns an awaiting check-in; the comment saying why is required. */
    public CheckIn returnToPoster(BansouUser user, long itemYearId, long checkInId, String comment) {
        return review(user, itemYearId, checkInId, comment, true);
    }

    /** What the user may do with the item's check-ins. */
    @Transactional(readOnly = true)
    public CheckInPermission permission(BansouUser user, ItemYearDetail item) {
        boolean staff = user.staffMemberId() != null && item.roles() != null;
        var groups = staff ? organization.groupIdsOf(user.staffMemberId()) : java.util.Set.<Long>of();
        return new CheckInPermission(user.role(), user.associationId() == item.associationId(),
                staff && item.roles().isLeadOrDeputy(user.staffMemberId(), groups),
                staff && item.roles().isReviewer(user.staffMemberId(), groups));
    }

    public void changeSettings(long associationId, CheckInSettings changed) {
        settings.replaceOverdueDays(associationId, changed.overdueDays());
    }

    private CheckIn review(BansouUser user, long itemYearId, long checkInId, String comment, boolean returning) {
        ItemYearDetail item = item(user, itemYearId);
        if (!permission(user, item).mayReview()) {
            throw new AccessDeniedException("この項目のチェックインを確認する権限がありません");
        }
        CheckIn current = store.find(user.associationId(), checkInId).filter(c -> c.itemYearId() == itemYearId)
                .orElseThrow(() -> new CheckInNotFoundException(checkInId));
        if (!permission(user, item).mayReview(current.postedByUserId(), user.id())) {
            throw new IllegalStateException("自分が投稿したチェックインは確認・差戻しできません（他の確認者か管理者に依頼してください）");
        }
        CheckIn.Review review = new CheckIn.Review(user.id(), user.displayName(), now(), comment);
        CheckIn reviewed = returning ? current.returnWith(review) : current.acknowledge(review);
        if (!store.review(reviewed)) {
            throw new IllegalStateException("このチェックインは確認済みまたは差戻し済みです");
        }
        audit.checkInReviewed(user, item, reviewed);
        if (returning) {
            alerts.returned(user, item, reviewed);
        }
        return reviewed;
    }

    private ItemYearDetail item(BansouUser user, long itemYearId) {
        return plan.itemYear(user.associationId(), itemYearId).orElseThrow(() -> new ItemYearNotFoundException(itemYearId));
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), JAPAN).truncatedTo(ChronoUnit.SECONDS);
    }
}
