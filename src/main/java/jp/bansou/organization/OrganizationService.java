package jp.bansou.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import jp.bansou.audit.AuditAction;
import jp.bansou.audit.AuditEntry;
import jp.bansou.audit.AuditTrail;
import jp.bansou.audit.AuditType;
import jp.bansou.organization.internal.AdministrationStore;
import jp.bansou.organization.internal.OrganizationStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commands that set up and change an association's organization; each lands in the audit trail.
 */
@Service
@Transactional
public class OrganizationService {

    private final OrganizationStore store;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final AdministrationStore administration;
    private final Clock clock;

    OrganizationService(OrganizationStore store, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
                        AuditTrail audit, AdministrationStore administration, Clock clock) {
        this.store = store;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.audit = audit;
        this.administration = administration;
        this.clock = clock;
    }

    /**
     * Marks the installation as set up by this association. Only one claim can ever succeed: a second
     * one, even one racing the first, fails on the key and is refused with
     * {@link SetupAlreadyDoneException}, rolling its transaction back.
     */
    public void claimFirstSetup(long associationId) {
        try {
            administration.claimSetup(associationId, LocalDateTime.now(clock));
        } catch (DataAccessException e) {
            throw new SetupAlreadyDoneException();
        }
        record(associationId, AuditType.USER, AuditAction.CREATE, associationId,
                store.associationName(associationId), "初期設定: 商工会を作成");
    }

    /** Creates the association and publishes {@link AssociationCreated} (the grading scale follows from it). */
    public long createAssociation(String code, String name) {
        long id = store.insertAssociation(code, name);
        events.publishEvent(new AssociationCreated(id));
        return id;
    }

    public long addDistrict(long associationId, String name, boolean headOffice) {
        long id = store.insertDistrict(associationId, name, headOffice);
        record(associationId, AuditType.STAFF, AuditAction.CREATE, id, name,
                "地区: " + name + (headOffice ? "（本所）" : ""));
        return id;
    }

    public long addStaffMember(long associationId, String name, StaffKind kind, LocalDate startDate) {
        long id = store.insertStaffMember(associationId, name, kind, startDate);
        record(associationId, AuditType.STAFF, AuditAction.CREATE, id, name,
                "職員: " + name + "; 職種: " + kind + (startDate == null ? "" : "; 着任: " + startDate));
        events.publishEvent(new StaffChanged(associationId));
        return id;
    }

    /** The person leaves on {@code endDate}; their history stays, later headcounts no longer count them. */
    public void endStaffMember(long associationId, long staffMemberId, LocalDate endDate) {
        store.updateStaffEndDate(associationId, staffMemberId, endDate);
        audit.record(AuditEntry.of(associationId, AuditType.STAFF, AuditAction.UPDATE, staffMemberId,
                "職員 #" + staffMemberId).changing("退職日: （なし）", "退職日: " + endDate));
        events.publishEvent(new StaffChanged(associationId));
    }

    public long addGroup(long associationId, String name, GroupKind kind) {
        long id = store.insertGroup(associationId, name, kind);
        record(associationId, AuditType.STAFF, AuditAction.CREATE, id, name, "グループ: " + name + "; 種類: " + kind);
        return id;
    }

    public void addGroupMember(long groupId, long staffMemberId) {
        store.insertGroupMember(groupId, staffMemberId);
        store.associationOfGroup(groupId).ifPresent(association -> record(association, AuditType.STAFF,
                AuditAction.UPDATE, groupId, "グループ #" + groupId, "メンバー追加: 職員 #" + staffMemberId));
    }

    /** Adds a login; the password is stored only as a BCrypt hash. */
    public long addUser(long associationId, String username, String rawPassword, String displayName,
                        UserRole role, Long staffMemberId) {
        long id = store.insertUser(associationId, username, passwordEncoder.encode(rawPassword), displayName, role,
                staffMemberId);
        record(associationId, AuditType.USER, AuditAction.CREATE, id, username, "ユーザー: " + username + "; 表示名: "
                + displayName + "; 権限: " + role + (staffMemberId == null ? "" : "; 職員 #" + staffMemberId));
        return id;
    }

    private void record(long associationId, AuditType type, AuditAction action, long id, String label, String after) {
        audit.record(AuditEntry.of(associationId, type, action, id, label).changing(null, after));
    }
}
