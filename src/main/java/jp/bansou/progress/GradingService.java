package jp.bansou.progress;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import jp.bansou.organization.AssociationCreated;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.organization.UserRole;
import jp.bansou.plan.Grade;
import jp.bansou.plan.ItemYearDetail;
import jp.bansou.plan.ItemYearNotFoundException;
import jp.bansou.plan.PlanQueries;
import jp.bansou.plan.PlanService;
import jp.bansou.progress.internal.DecisionStore;
import jp.bansou.progress.internal.ScaleStore;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commands of grading: the reviewer decides an item's grade against the proposal; an admin keeps
 * the association's scale; a new association starts with the default scale.
 */
@Service
@Transactional
public class GradingService {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final ScaleStore scales;
    private final DecisionStore decisions;
    private final GradingQueries queries;
    private final PlanQueries plan;
    private final PlanService planService;
    private final OrganizationQueries organization;

    GradingService(ScaleStore scales, DecisionStore decisions, GradingQueries queries, PlanQueries plan,
                   PlanService planService, OrganizationQueries organization) {
        this.scales = scales;
        this.decisions = decisions;
        this.queries = queries;
        this.plan = plan;
        this.planService = planService;
        this.organization = organization;
    }

    /**
     * The user decides the item-year's grade, a code of the association's scale; a grade other than
     * the one proposed needs a reason. Admins decide any item, others only where they are its
     * reviewer (確認者), in person or through a group.
     */
    public GradeDecision decide(BansouUser user, long itemYearId, String code, String reason) {
        ItemYearDetail item = plan.itemYear(user.associationId(), itemYearId)
                .orElseThrow(() -> new ItemYearNotFoundException(itemYearId));
        if (!mayDecide(user, item)) {
            throw new AccessDeniedException("この項目の達成状況を判定する権限がありません");
        }
        return record(user.associationId(), itemYearId, code, reason, user.displayName());
    }

    /**
     * Records a grade decided outside Bansō (a sheet carried over), by {@code decidedBy}, with
     * {@code reasonWhereDifferent} kept only where it differs from today's proposal. No permission check.
     */
    public GradeDecision recordDecision(long associationId, long itemYearId, String code, String reasonWhereDifferent,
                                        String decidedBy) {
        ItemGrading grading = queries.itemGrading(associationId, itemYearId)
                .orElseThrow(() -> new ItemYearNotFoundException(itemYearId));
        boolean differs = grading.proposedCode() != null && !grading.proposedCode().equals(code);
        return record(associationId, itemYearId, code, differs ? reasonWhereDifferent : null, decidedBy);
    }

    @Transactional(readOnly = true)
    public boolean mayDecide(BansouUser user, ItemYearDetail item) {
        if (user.associationId() != item.associationId() || user.role() == UserRole.VIEWER) {
            return false;
        }
        if (user.role() == UserRole.ADMIN) {
            return true;
        }
        return user.staffMemberId() != null && item.roles() != null
                && item.roles().isReviewer(user.staffMemberId(), organization.groupIdsOf(user.staffMemberId()));
    }

    /** Stores the association's scale; proposals follow it at once, decisions keep theirs. */
    public void replaceScale(long associationId, GradingScale scale) {
        scales.replace(associationId, scale);
    }

    @EventListener
    public void onAssociationCreated(AssociationCreated event) {
        scales.replace(event.associationId(), GradingScale.defaultScale());
    }

    private GradeDecision record(long associationId, long itemYearId, String code, String reason, String decidedBy) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("達成状況を選んでください");
        }
        if (queries.scale(associationId).step(code).isEmpty()) {
            throw new IllegalArgumentException("達成状況「" + code + "」は評価基準にありません");
        }
        ItemGrading grading = queries.itemGrading(associationId, itemYearId)
                .orElseThrow(() -> new ItemYearNotFoundException(itemYearId));
        GradeDecision decision = new GradeDecision(itemYearId, grading.proposedCode(), code, reason, decidedBy,
                LocalDateTime.now(JAPAN).truncatedTo(ChronoUnit.SECONDS));
        decisions.save(decision);
        planService.recordDecidedGrade(associationId, itemYearId, new Grade(code));
        return decision;
    }
}
