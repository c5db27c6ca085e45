package jp.bansou.organization;

import jp.bansou.audit.AuditAction;
import jp.bansou.audit.AuditEntry;
import jp.bansou.audit.AuditTrail;
import jp.bansou.audit.AuditType;
import jp.bansou.organization.internal.AdministrationStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admin's changes to the logins of their association. Logins are never deleted (their history
 * names them): they are deactivated and can no longer log in. An admin cannot deactivate or demote
 * themself, and the association always keeps one enabled admin; a deactivated login's open sessions
 * end at once ({@link UserDeactivated}). Passwords meet {@link PasswordPolicy}
 * and reach the audit trail only as "changed", never as text or hash.
 */
@Service
@Transactional
public class UserAdministration {

    private final OrganizationService organization;
    private final AdministrationStore store;
    private final AdministrationQueries queries;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    UserAdministration(OrganizationService organization, AdministrationStore store, AdministrationQueries queries,
                       PasswordEncoder passwordEncoder, AuditTrail audit, ApplicationEventPublisher events) {
        this.organization = organization;
        this.store = store;
        this.queries = queries;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.events = events;
    }

    public long create(BansouUser admin, NewUser user) {
        if (queries.usernameTaken(user.username())) {
            throw new IllegalArgumentException("ユーザー名「" + user.username() + "」は既に使われています");
        }
        PasswordPolicy.STANDARD.check(user.username(), user.password());
        checkStaffMember(admin, user.staffMemberId());
        return organization.addUser(admin.associationId(), user.username(), user.password(), user.displayName(),
                user.role(), user.staffMemberId());
    }

    public void changeRole(BansouUser admin, long userId, UserRole role) {
        UserSummary user = existing(admin, userId);
        if (user.role() == role) {
            return;
        }
        if (user.id() == admin.id()) {
            throw new IllegalArgumentException("自分自身の権限は変更できません");
        }
        keepAnAdmin(admin, user);
        store.updateUserRole(admin.associationId(), userId, role);
        record(admin, user, "権限: " + user.role(), "権限: " + role);
    }

    public void linkStaffMember(BansouUser admin, long userId, Long staffMemberId) {
        UserSummary user = existing(admin, userId);
        checkStaffMember(admin, staffMemberId);
        store.updateUserStaffMember(admin.associationId(), userId, staffMemberId);
        record(admin, user, "職員: " + staffText(user.staffMemberId()), "職員: " + staffText(staffMemberId));
    }

    public void deactivate(BansouUser admin, long userId) {
        UserSummary user = existing(admin, userId);
        if (!user.enabled()) {
            return;
        }
        if (user.id() == admin.id()) {
            throw new IllegalArgumentException("自分自身は無効にできません");
        }
        keepAnAdmin(admin, user);
        store.updateUserEnabled(admin.associationId(), userId, false);
        record(admin, user, "状態: 有効", "状態: 無効");
        events.publishEvent(new UserDeactivated(admin.associationId(), userId));
    }

    public void reactivate(BansouUser admin, long userId) {
        UserSummary user = existing(admin, userId);
        if (user.enabled()) {
            return;
        }
        store.updateUserEnabled(admin.associationId(), userId, true);
        record(admin, user, "状態: 無効", "状態: 有効");
    }

    public void resetPassword(BansouUser admin, long userId, String newPassword) {
        UserSummary user = existing(admin, userId);
        PasswordPolicy.STANDARD.check(user.username(), newPassword);
        store.updateUserPassword(admin.associationId(), userId, passwordEncoder.encode(newPassword));
        record(admin, user, null, "パスワードを再設定");
    }

    private UserSummary existing(BansouUser admin, long userId) {
        return queries.user(admin.associationId(), userId)
                .orElseThrow(() -> new OrganizationNotFoundException("user", userId));
    }

    private void keepAnAdmin(BansouUser admin, UserSummary user) {
        if (user.role() == UserRole.ADMIN && user.enabled() && store.lockEnabledAdmins(admin.associationId()) <= 1) {
            throw new IllegalArgumentException("最後の管理者は無効にも、ほかの権限にもできません");
        }
    }

    private void checkStaffMember(BansouUser admin, Long staffMemberId) {
        if (staffMemberId != null && queries.staffMember(admin.associationId(), staffMemberId).isEmpty()) {
            throw new OrganizationNotFoundException("staff member", staffMemberId);
        }
    }

    private static String staffText(Long staffMemberId) {
        return staffMemberId == null ? "（なし）" : "#" + staffMemberId;
    }

    private void record(BansouUser admin, UserSummary user, String before, String after) {
        audit.record(AuditEntry.of(admin.associationId(), AuditType.USER, AuditAction.UPDATE, user.id(),
                user.username()).changing(before, after).by(admin.actor()));
    }
}
