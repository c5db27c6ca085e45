package jp.bansou.organization;

import jp.bansou.audit.AuditAction;
import jp.bansou.audit.AuditEntry;
import jp.bansou.audit.AuditTrail;
import jp.bansou.audit.AuditType;
import jp.bansou.organization.internal.AdministrationStore;
import jp.bansou.organization.internal.OrganizationStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admin's changes to staff members and groups. Whatever can change a headcount (a person's
 * kind or dates, a group's members) publishes {@link StaffChanged}, so headcount-derived targets
 * follow in the same transaction. 各指導員 (ALL_ADVISORS) follows the advisors and is not edited by hand.
 */
@Service
@Transactional
public class StaffAdministration {

    private final OrganizationStore organization;
    private final AdministrationStore store;
    private final AdministrationQueries queries;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;

    StaffAdministration(OrganizationStore organization, AdministrationStore store, AdministrationQueries queries,
                        ApplicationEventPublisher events, AuditTrail audit) {
        this.organization = organization;
        this.store = store;
        this.queries = queries;
        this.events = events;
        this.audit = audit;
    }

    public long add(BansouUser admin, StaffDetails details) {
        checkNameFree(admin, details.name(), null);
        long id = organization.insertStaffMember(admin.associationId(), details.name(), details.kind(),
                details.startDate());
        store.updateStaffMember(admin.associationId(), id, details.name(), details.kind(), details.startDate(),
                details.endDate());
        record(admin, AuditAction.CREATE, id, details.name(), null, details.describe());
        events.publishEvent(new StaffChanged(admin.associationId()));
        return id;
    }

    public void change(BansouUser admin, long staffMemberId, StaffDetails details) {
        StaffMember current = member(admin, staffMemberId);
        checkNameFree(admin, details.name(), staffMemberId);
        store.updateStaffMember(admin.associationId(), staffMemberId, details.name(), details.kind(),
                details.startDate(), details.endDate());
        record(admin, AuditAction.UPDATE, staffMemberId, details.name(), StaffDetails.of(current).describe(),
                details.describe());
        events.publishEvent(new StaffChanged(admin.associationId()));
    }

    public void move(BansouUser admin, long staffMemberId, boolean up) {
        StaffMember member = member(admin, staffMemberId);
        store.move("staff_member", admin.associationId(), staffMemberId, up);
        record(admin, AuditAction.UPDATE, staffMemberId, member.name(), null, up ? "表示順: 上へ" : "表示順: 下へ");
    }

    public long addGroup(BansouUser admin, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("グループ名を入力してください");
        }
        if (queries.nameTaken(AdministrationQueries.Named.GROUP, admin.associationId(), name, null)) {
            throw new IllegalArgumentException("グループ名「" + name.strip() + "」は既にあります");
        }
        long id = organization.insertGroup(admin.associationId(), name.strip(), GroupKind.EXPLICIT);
        record(admin, AuditAction.CREATE, id, name.strip(), null, "グループ: " + name.strip());
        return id;
    }

    public void addGroupMember(BansouUser admin, long groupId, long staffMemberId) {
        StaffGroup group = editableGroup(admin, groupId);
        StaffMember member = member(admin, staffMemberId);
        if (store.isGroupMember(groupId, staffMemberId)) {
            return;
        }
        organization.insertGroupMember(groupId, staffMemberId);
        record(admin, AuditAction.UPDATE, groupId, group.name(), null, "メンバー追加: " + member.name());
        events.publishEvent(new StaffChanged(admin.associationId()));
    }

    public void removeGroupMember(BansouUser admin, long groupId, long staffMemberId) {
        StaffGroup group = editableGroup(admin, groupId);
        StaffMember member = member(admin, staffMemberId);
        if (!store.isGroupMember(groupId, staffMemberId)) {
            throw new OrganizationNotFoundException("group member", staffMemberId);
        }
        store.removeGroupMember(groupId, staffMemberId);
        record(admin, AuditAction.UPDATE, groupId, group.name(), "メンバー: " + member.name(), "メンバーから外す");
        events.publishEvent(new StaffChanged(admin.associationId()));
    }

    /** The group, if it is of the admin's association and listed by hand (各指導員 is not). */
    public StaffGroup editableGroup(BansouUser admin, long groupId) {
        StaffGroup group = queries.group(admin.associationId(), groupId)
                .orElseThrow(() -> new OrganizationNotFoundException("group", groupId));
        if (group.kind() == GroupKind.ALL_ADVISORS) {
            throw new IllegalArgumentException("「" + group.name() + "」は経営指導員全員が自動でメンバーになるため、手で編集できません");
        }
        return group;
    }

    private StaffMember member(BansouUser admin, long staffMemberId) {
        return queries.staffMember(admin.associationId(), staffMemberId)
                .orElseThrow(() -> new OrganizationNotFoundException("staff member", staffMemberId));
    }

    private void checkNameFree(BansouUser admin, String name, Long except) {
        if (queries.nameTaken(AdministrationQueries.Named.STAFF_MEMBER, admin.associationId(), name, except)) {
            throw new IllegalArgumentException("氏名「" + name + "」の職員は既に登録されています");
        }
    }

    private void record(BansouUser admin, AuditAction action, long id, String label, String before, String after) {
        audit.record(AuditEntry.of(admin.associationId(), AuditType.STAFF, action, id, label)
                .changing(before, after).by(admin.actor()));
    }
}
