package jp.bansou.schedule;

import java.util.List;
import jp.bansou.audit.AuditAction;
import jp.bansou.audit.AuditEntry;
import jp.bansou.audit.AuditTrail;
import jp.bansou.audit.AuditType;
import jp.bansou.organization.AssociationCreated;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.UserRole;
import jp.bansou.schedule.internal.KindStore;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kinds of planned event: a new association starts with セミナー, 商談会・展示会, 景況調査, 委員会,
 * 勉強会, HP公表, 会報掲載 and 専門家派遣; admins add more, each naming the activity kind a held
 * event is recorded as (or none).
 */
@Service
@Transactional
public class ScheduleKinds {

    private final KindStore store;
    private final AuditTrail audit;

    ScheduleKinds(KindStore store, AuditTrail audit) {
        this.store = store;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<ScheduleKind> all(long associationId) {
        return store.all(associationId);
    }

    /** The association's kind, else refused as the form's missing choice. */
    @Transactional(readOnly = true)
    public ScheduleKind kind(long associationId, long kindId) {
        return store.all(associationId).stream().filter(k -> k.id() == kindId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("種別を選んでください"));
    }

    /** Adds a kind (admins only); {@code activityKindName} is what a held event is recorded as. */
    public void add(BansouUser user, String name, String activityKindName) {
        if (user.role() != UserRole.ADMIN) {
            throw new AccessDeniedException("種別の追加は管理者だけができます");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("種別名を入力してください");
        }
        String kind = name.strip();
        if (store.exists(user.associationId(), kind)) {
            throw new IllegalArgumentException("種別「" + kind + "」はすでにあります");
        }
        String mapped = activityKindName == null || activityKindName.isBlank() ? null : activityKindName.strip();
        store.insert(user.associationId(), kind, mapped);
        audit.record(AuditEntry.of(user.associationId(), AuditType.SCHEDULE, AuditAction.CREATE, kind, kind)
                .changing(null, "予定の種別: " + kind + (mapped == null ? "" : " → " + mapped)).by(user.actor()));
    }

    @EventListener
    public void onAssociationCreated(AssociationCreated event) {
        store.insertDefaults(event.associationId());
    }
}
