package jp.bansou.progress;

import java.math.BigDecimal;
import jp.bansou.audit.AuditAction;
import jp.bansou.audit.AuditEntry;
import jp.bansou.audit.AuditTrail;
import jp.bansou.audit.AuditType;
import jp.bansou.audit.FieldChanges;
import jp.bansou.organization.BansouUser;
import jp.bansou.plan.ItemYearDetail;
import org.springframework.stereotype.Component;

/**
 * The audit rows of check-ins (posted, acknowledged, returned), statuses set by hand, monthly plans
 * and pace thresholds: who, what before and after, the reason where one was given. Written in the
 * transaction of the change.
 */
@Component
class ProgressAudit {

    private static final String[] MONTHS = {"4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月",
        "2月", "3月"};

    private final AuditTrail audit;

    ProgressAudit(AuditTrail audit) {
        this.audit = audit;
    }

    void checkInPosted(BansouUser user, ItemYearDetail item, CheckIn checkIn, String reason) {
        FieldChanges after = FieldChanges.none().field("基準日", null, checkIn.asOf())
                .field("実績（現在）", null, checkIn.figureToDate()).field("状況", null, checkIn.status().label())
                .field("コメント", null, checkIn.comment());
        audit.record(entry(item, AuditType.CHECK_IN, AuditAction.CREATE, checkIn.id()).changing(null, after.after())
                .because(reason).by(user.actor()));
    }

    void checkInReviewed(BansouUser user, ItemYearDetail item, CheckIn reviewed) {
        boolean returned = reviewed.state() == CheckInState.RETURNED;
        String state = returned ? "差戻し" : "確認済み";
        String comment = reviewed.review().comment() == null ? "" : "; コメント: " + reviewed.review().comment();
        audit.record(entry(item, AuditType.CHECK_IN, returned ? AuditAction.RETURN : AuditAction.ACKNOWLEDGE,
                reviewed.id()).changing("状態: 確認待ち（基準日 " + reviewed.asOf() + "、" + reviewed.postedByName() + "）",
                "状態: " + state + comment).by(user.actor()));
    }

    void statusSet(BansouUser user, ItemYearDetail item, StatusOverride before, StatusOverride after) {
        FieldChanges changes = FieldChanges.none()
                .field("状況", before == null ? null : label(before.status()), label(after.status()))
                .field("コメント", before == null ? null : before.comment(), after.comment());
        audit.record(entry(item, AuditType.PACE_STATUS, AuditAction.UPDATE, item.itemYearId())
                .changing(before == null ? "状況: 自動判定" : changes.before(), changes.after()).by(user.actor()));
    }

    /** A plan saved ({@code after}) or removed ({@code after} null); nothing when nothing changed. */
    void planChanged(BansouUser user, ItemYearDetail item, MonthlyPlan before, MonthlyPlan after) {
        FieldChanges changes = FieldChanges.none();
        for (int month = 0; month < MONTHS.length; month++) {
            changes = changes.field(MONTHS[month], amount(before, month), amount(after, month));
        }
        if (changes.isEmpty()) {
            return;
        }
        audit.record(entry(item, AuditType.MONTHLY_PLAN, after == null ? AuditAction.DELETE : AuditAction.UPDATE,
                item.itemYearId()).changing(before == null ? null : changes.before(),
                after == null ? null : changes.after()).by(user.actor()));
    }

    /** Thresholds replaced, by the logged-in admin; nothing when nothing changed. */
    void thresholdsChanged(long associationId, PaceThresholds before, PaceThresholds after) {
        FieldChanges changes = FieldChanges.none().field("順調（%以上）", before.onTrack(), after.onTrack())
                .field("要注意（%以上）", before.attention(), after.attention());
        if (!changes.isEmpty()) {
            audit.record(AuditEntry.of(associationId, AuditType.PACE_THRESHOLDS, AuditAction.UPDATE, associationId,
                    "進捗の判定基準").changing(changes));
        }
    }

    private static AuditEntry entry(ItemYearDetail item, AuditType type, AuditAction action, long id) {
        return AuditEntry.of(item.associationId(), type, action, id,
                item.name() + "（" + item.year().japaneseLabel() + "）").concerning(item.itemId(), item.itemYearId());
    }

    private static BigDecimal amount(MonthlyPlan plan, int month) {
        return plan == null ? null : plan.amounts().get(month);
    }

    private static String label(PaceStatus status) {
        return CheckInStatus.valueOf(status.name()).label();
    }
}
