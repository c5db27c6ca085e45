package jp.bansou.progress;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.stream.Collectors;
import jp.bansou.audit.Actor;
import jp.bansou.audit.AuditAction;
import jp.bansou.audit.AuditEntry;
import jp.bansou.audit.AuditTrail;
import jp.bansou.audit.AuditType;
import jp.bansou.organization.AssociationCreated;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.organization.UserRole;
import jp.bansou.period.PeriodLocks;
import jp.bansou.plan.Grade;
import jp.bansou.plan.ItemYearDetail;
import jp.bansou.plan.ItemYearNotFoundException;
import jp.bansou.plan.PlanQueries;
import jp.bansou.plan.PlanService;
import jp.bansou.progress.internal.DecisionStore;
import jp.bansou.progress.internal.ScaleStore;
import jp.bansou.shared.StaleEditException;
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
    private final AuditTrail audit;
    private final PeriodLocks locks;

    GradingService(ScaleStore scales, DecisionStore decisions, GradingQueries queries, PlanQueries plan,
                   PlanService planService, OrganizationQueries organization, AuditTrail audit, PeriodLocks locks) {
        this.scales = scales;
        this.decisions = decisions;
        this.queries = queries;
        this.plan = plan;
        this.planService = planService;
        this.organization = organization;
        this.audit = audit;
        this.locks = locks;
    }

    /**
     * The user decides the item-year's grade, a code of the association's scale; a grade other than
     * the one proposed needs a reason. Admins decide any item, others only where they are its
     * reviewer (確認者), in person or through a group. In a closed year only an admin decides, giving
     * a reason.
     */
    public GradeDecision decide(BansouUser user, long itemYearId, String code, String reason) {
        return decide(user, itemYearId, code, reason, decisions.version(itemYearId).orElse(null));
    }

    /**
     * The grade form's decision: as {@link #decide(BansouUser, long, String, String)}, refused with
     * {@link StaleEditException} (nothing changed) when the item-year's decision is no longer at
     * {@code expectedVersion} (null: the form showed no decision).
     */
    public GradeDecision decide(BansouUser user, long itemYearId, String code, String reason,
                                Integer expectedVersion) {
        ItemYearDetail item = plan.itemYear(user.associationId(), itemYearId)
                .orElseThrow(() -> new ItemYearNotFoundException(itemYearId));
        if (!mayDecide(user, item)) {
            throw new AccessDeniedException("この項目の達成状況を判定する権限がありません");
        }
        locks.checkYear(user, user.associationId(), item.year(), reason);
        return record(user.associationId(), itemYearId, code, reason, user.actor(), expectedVersion);
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
        return record(associationId, itemYearId, code, differs ? reasonWhereDifferent : null, Actor.named(decidedBy),
                decisions.version(itemYearId).orElse(null));
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
        String before = describe(queries.scale(associationId));
        scales.replace(associationId, scale);
        audit.record(AuditEntry.of(associationId, AuditType.GRADING_SCALE, AuditAction.UPDATE, associationId, "評価基準")
                .changing(before, describe(scale)));
    }

    /** A 100%以上 (100%〜) / B 80%以上 (80%〜) / E 未実施: the scale in one line for the audit trail. */
    static String describe(GradingScale scale) {
        return scale.steps().stream().map(s -> s.code() + " " + s.label() + " "
                + (s.notCarriedOut() ? "（未実施）" : "(" + s.lowerBound().toPlainString() + "%〜)") + " " + s.colour())
                .collect(Collectors.joining(" / "));
    }

    @EventListener
    public void onAssociationCreated(AssociationCreated event) {
        scales.replace(event.associationId(), GradingScale.defaultScale());
    }

    private GradeDecision record(long associationId, long itemYearId, String code, String reason, Actor decidedBy,
                                 Integer expectedVersion) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("達成状況を選んでください");
        }
        if (queries.scale(associationId).step(code).isEmpty()) {
            throw new IllegalArgumentException("達成状況「" + code + "」は評価基準にありません");
        }
        ItemGrading grading = queries.itemGrading(associationId, itemYearId)
                .orElseThrow(() -> new ItemYearNotFoundException(itemYearId));
        GradeDecision decision = new GradeDecision(itemYearId, grading.proposedCode(), code, reason, decidedBy.name(),
                LocalDateTime.now(JAPAN).truncatedTo(ChronoUnit.SECONDS));
        ItemYearDetail item = plan.itemYear(associationId, itemYearId).orElseThrow();
        if (!decisions.save(decision, expectedVersion)) {
            throw new StaleEditException("「" + item.name() + "」（" + item.year().japaneseLabel() + "）の達成状況の判定",
                    decisions.version(itemYearId).orElse(null));
        }
        planService.recordDecidedGrade(associationId, itemYearId, new Grade(code));
        audit.record(AuditEntry.of(associationId, AuditType.GRADE, AuditAction.DECIDE, itemYearId,
                        item.name() + "（" + item.year().japaneseLabel() + "）")
                .concerning(item.itemId(), itemYearId)
                .changing(grading.decided() ? "判定: " + grading.decision().decidedCode() : null,
                        "判定: " + code + "（提案: " + Objects.requireNonNullElse(grading.proposedCode(), "なし") + "）")
                .because(reason).by(decidedBy));
        return decision;
    }
}
