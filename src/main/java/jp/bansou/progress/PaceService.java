package jp.bansou.progress;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.organization.UserRole;
import jp.bansou.plan.ItemYearDetail;
import jp.bansou.plan.ItemYearNotFoundException;
import jp.bansou.plan.PlanQueries;
import jp.bansou.progress.internal.PaceSettingsStore;
import jp.bansou.progress.internal.ReportedFigureStore;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commands of pace: a status set by hand with a comment (lead, deputy, reviewer or admin), the
 * lead's monthly plan (lead, deputy or admin), the association's thresholds (admin pages), and
 * check-ins: their figure to date becomes a manual item's actual to date, and they end a status
 * set by hand on the item-year.
 */
@Service
@Transactional
public class PaceService {

    private final PaceSettingsStore settings;
    private final ReportedFigureStore figures;
    private final PlanQueries plan;
    private final OrganizationQueries organization;
    private final Clock clock;
    private final ProgressAudit audit;

    PaceService(PaceSettingsStore settings, ReportedFigureStore figures, PlanQueries plan,
                OrganizationQueries organization, Clock clock, ProgressAudit audit) {
        this.audit = audit;
        this.settings = settings;
        this.figures = figures;
        this.plan = plan;
        this.organization = organization;
        this.clock = clock;
    }

    /** Sets the item-year's status by hand until its next check-in; the comment is required. */
    public StatusOverride setStatus(BansouUser user, long itemYearId, String status, String comment) {
        ItemYearDetail item = load(user, itemYearId);
        if (!maySetStatus(user, item)) {
            throw new AccessDeniedException("この項目の状況を設定する権限がありません");
        }
        StatusOverride override = new StatusOverride(itemYearId, PaceStatus.settable(status), comment,
                user.displayName(), LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
        StatusOverride before = settings.overrides(item.associationId(), item.year()).get(itemYearId);
        settings.replaceOverride(override);
        audit.statusSet(user, item, before, override);
        return override;
    }

    /** Stores the lead's monthly plan, April to March; the months must add up to the target. */
    public MonthlyPlan savePlan(BansouUser user, long itemYearId, List<BigDecimal> amounts) {
        ItemYearDetail item = load(user, itemYearId);
        if (!mayPlan(user, item)) {
            throw new AccessDeniedException("この項目の月別計画を編集する権限がありません");
        }
        MonthlyPlan monthly = MonthlyPlan.forTarget(itemYearId, amounts, item.target());
        MonthlyPlan before = settings.plans(item.associationId(), item.year()).get(itemYearId);
        settings.replacePlan(monthly);
        audit.planChanged(user, item, before, monthly);
        return monthly;
    }

    /** Drops the monthly plan: the item is spread by last year's months again, or evenly. */
    public void removePlan(BansouUser user, long itemYearId) {
        ItemYearDetail item = load(user, itemYearId);
        if (!mayPlan(user, item)) {
            throw new AccessDeniedException("この項目の月別計画を編集する権限がありません");
        }
        MonthlyPlan before = settings.plans(item.associationId(), item.year()).get(itemYearId);
        settings.deletePlan(itemYearId);
        audit.planChanged(user, item, before, null);
    }

    public void replaceThresholds(long associationId, PaceThresholds thresholds) {
        PaceThresholds before = settings.thresholds(associationId).orElseGet(PaceThresholds::defaults);
        settings.replaceThresholds(associationId, thresholds);
        audit.thresholdsChanged(associationId, before, thresholds);
    }

    @EventListener
    public void onCheckInPosted(CheckInPosted event) {
        if (plan.itemYear(event.associationId(), event.itemYearId()).isEmpty()) {
            throw new ItemYearNotFoundException(event.itemYearId());
        }
        if (event.figureToDate() != null) {
            figures.add(event.itemYearId(), event.asOf(), event.figureToDate(),
                    LocalDateTime.ofInstant(event.postedAt(), clock.getZone()));
        }
        settings.clearOverride(event.itemYearId());
    }

    @Transactional(readOnly = true)
    public boolean maySetStatus(BansouUser user, ItemYearDetail item) {
        return mayPlan(user, item) || isReviewer(user, item);
    }

    /** Admins, and the item's lead or deputies (in person or through a group). */
    @Transactional(readOnly = true)
    public boolean mayPlan(BansouUser user, ItemYearDetail item) {
        if (user.associationId() != item.associationId() || user.role() == UserRole.VIEWER) {
            return false;
        }
        return user.role() == UserRole.ADMIN || user.staffMemberId() != null && item.roles() != null
                && item.roles().isLeadOrDeputy(user.staffMemberId(), groups(user));
    }

    private boolean isReviewer(BansouUser user, ItemYearDetail item) {
        return user.associationId() == item.associationId() && user.role() != UserRole.VIEWER
                && user.staffMemberId() != null && item.roles() != null
                && item.roles().isReviewer(user.staffMemberId(), groups(user));
    }

    private Set<Long> groups(BansouUser user) {
        return organization.groupIdsOf(user.staffMemberId());
    }

    private ItemYearDetail load(BansouUser user, long itemYearId) {
        return plan.itemYear(user.associationId(), itemYearId)
                .orElseThrow(() -> new ItemYearNotFoundException(itemYearId));
    }
}
