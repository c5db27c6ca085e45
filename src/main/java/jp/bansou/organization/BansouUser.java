package jp.bansou.organization;

import java.util.Collection;
import java.util.List;
import jp.bansou.audit.AuditActor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in user: which association they act for, their role, and the staff member they are
 * (if any), which decides the items they lead or deputise.
 */
public record BansouUser(long id, long associationId, String username, String passwordHash, String displayName,
                         UserRole role, Long staffMemberId, boolean enabled)
        implements UserDetails, AuditActor {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public long auditUserId() {
        return id;
    }

    @Override
    public long auditAssociationId() {
        return associationId;
    }

    @Override
    public String auditName() {
        return displayName;
    }

    /** Reviewers and admins may change any item of their association. */
    public boolean editsEveryItem() {
        return role == UserRole.ADMIN || role == UserRole.REVIEWER;
    }

    @Override
    public String toString() {
        return "BansouUser[" + username + ", " + role + "]";
    }
}
