package jp.bansou.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import jp.bansou.audit.AuditAction;
import jp.bansou.audit.AuditEntry;
import jp.bansou.audit.AuditTrail;
import jp.bansou.audit.AuditType;
import jp.bansou.evaluation.internal.ImprovementStore;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.organization.RoleHolder;
import jp.bansou.plan.PlanQueries;
import jp.bansou.shared.FiscalYear;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee's opinions per area and its improvements: recorded by admins and reviewers, marked
 * done by them or by the person responsible (in person or as a member of the responsible group).
 * Each change leaves an audit row of type 評価委員会.
 */
@Service
@Transactional
public class ImprovementService {

    private final ImprovementStore store;
    private final PlanQueries plan;
    private final OrganizationQueries organization;
    private final AuditTrail audit;
    private final Clock clock;

    ImprovementService(ImprovementStore store, PlanQueries plan, OrganizationQueries organization, AuditTrail audit,
                       Clock clock) {
        this.store = store;
        this.plan = plan;
        this.organization = organization;
        this.audit = audit;
        this.clock = clock;
    }

    /** Sets the committee's opinion on an area of the year's table; a blank text removes it. */
    public void saveOpinion(BansouUser user, FiscalYear year, long areaId, String text) {
        Editors.require(user);
        TableIndex index = TableIndex.of(plan.targetTable(user.associationId(), year));
        String area = index.areaNames().get(areaId);
        if (area == null) {
            throw new IllegalArgumentException(year.japaneseLabel() + "の事業ではありません");
        }
        String opinion = Texts.optional(text, 4000, "「" + area + "」の意見");
        String before = store.opinions(user.associationId(), year).get(areaId);
        store.saveOpinion(user.associationId(), year, areaId, opinion);
        record(user, before == null ? AuditAction.CREATE : AuditAction.UPDATE, areaId,
                year.japaneseLabel() + " 委員会の意見 " + area, before, opinion);
    }

    /** Records an improvement the committee decided; its item, if any, must belong to its area. */
    public long addImprovement(BansouUser user, Improvement improvement) {
        Editors.require(user);
        TableIndex index = TableIndex.of(plan.targetTable(user.associationId(), improvement.year()));
        if (!index.areaNames().containsKey(improvement.areaId())) {
            throw new IllegalArgumentException(improvement.year().japaneseLabel() + "の事業ではありません");
        }
        if (improvement.itemId() != null && !Long.valueOf(improvement.areaId()).equals(index.areaOfItem().get(improvement.itemId()))) {
            throw new IllegalArgumentException("項目は選んだ事業のものを指定してください");
        }
        if (improvement.responsible() != null && !organization.holderBelongsTo(improvement.responsible(), user.associationId())) {
            throw new IllegalArgumentException("担当者が見つかりません");
        }
        long id = store.insert(user.associationId(), improvement);
        record(user, AuditAction.CREATE, id, improvement.year().japaneseLabel() + " 改善事項", null,
                improvement.text() + "; 期限: " + (improvement.dueOn() == null ? "" : improvement.dueOn()));
        return id;
    }

    /** Marks the improvement done today (the application's clock). */
    public void markDone(BansouUser user, long improvementId) {
        Improvement open = store.improvement(user.associationId(), improvementId)
                .orElseThrow(() -> new IllegalArgumentException("改善事項が見つかりません"));
        if (!user.editsEveryItem() && !responsible(user, open.responsible())) {
            throw new AccessDeniedException("改善事項を完了にできるのは管理者、確認者と担当者だけです");
        }
        Improvement done = open.markDone(LocalDate.now(clock), user.displayName());
        if (!store.markDone(user.associationId(), done)) {
            throw new IllegalStateException("この改善事項は既に完了しています");
        }
        record(user, AuditAction.UPDATE, improvementId, open.year().japaneseLabel() + " 改善事項",
                "状況: 未完了", "状況: 完了 " + done.doneOn());
    }

    /** Admins, reviewers and the person responsible (in person or through the responsible group). */
    @Transactional(readOnly = true)
    public boolean mayMarkDone(BansouUser user, Improvement improvement) {
        return !improvement.done() && (user.editsEveryItem() || responsible(user, improvement.responsible()));
    }

    private boolean responsible(BansouUser user, RoleHolder holder) {
        if (holder == null || user.staffMemberId() == null) {
            return false;
        }
        return holder.isGroup() ? organization.groupIdsOf(user.staffMemberId()).contains(holder.staffGroupId())
                : holder.staffMemberId().equals(user.staffMemberId());
    }

    private void record(BansouUser user, AuditAction action, Long id, String label, String before, String after) {
        audit.record(AuditEntry.of(user.associationId(), AuditType.EVALUATION, action, id, label)
                .changing(before, after).by(user.actor()));
    }
}
