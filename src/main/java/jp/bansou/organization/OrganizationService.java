package jp.bansou.organization;

import java.time.LocalDate;
import jp.bansou.organization.internal.OrganizationStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commands that set up and change an association's organization.
 */
@Service
@Transactional
public class OrganizationService {

    private final OrganizationStore store;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;

    OrganizationService(OrganizationStore store, PasswordEncoder passwordEncoder, ApplicationEventPublisher events) {
        this.store = store;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
    }

    /** Creates the association and publishes {@link AssociationCreated} (the grading scale follows from it). */
    public long createAssociation(String code, String name) {
        long id = store.insertAssociation(code, name);
        events.publishEvent(new AssociationCreated(id));
        return id;
    }

    public long addDistrict(long associationId, String name, boolean headOffice) {
        return store.insertDistrict(associationId, name, headOffice);
    }

    public long addStaffMember(long associationId, String name, StaffKind kind, LocalDate startDate) {
        long id = store.insertStaffMember(associationId, name, kind, startDate);
        events.publishEvent(new StaffChanged(associationId));
        return id;
    }

    /** The person leaves on {@code endDate}; their history stays, later headcounts no longer count them. */
    public void endStaffMember(long associationId, long staffMemberId, LocalDate endDate) {
        store.updateStaffEndDate(associationId, staffMemberId, endDate);
        events.publishEvent(new StaffChanged(associationId));
    }

    public long addGroup(long associationId, String name, GroupKind kind) {
        return store.insertGroup(associationId, name, kind);
    }

    public void addGroupMember(long groupId, long staffMemberId) {
        store.insertGroupMember(groupId, staffMemberId);
    }

    /** Adds a login; the password is stored only as a BCrypt hash. */
    public long addUser(long associationId, String username, String rawPassword, String displayName,
                        UserRole role, Long staffMemberId) {
        return store.insertUser(associationId, username, passwordEncoder.encode(rawPassword), displayName, role,
                staffMemberId);
    }
}
