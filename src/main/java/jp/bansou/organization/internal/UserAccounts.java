package jp.bansou.organization.internal;

import jp.bansou.organization.BansouUser;
import jp.bansou.organization.UserRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads logins for Spring Security, form login and HTTP Basic alike. */
@Service
class UserAccounts implements UserDetailsService {

    private final JdbcClient jdbc;

    UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public BansouUser loadUserByUsername(String username) {
        return jdbc.sql("""
                SELECT id, association_id, username, password_hash, display_name, role, staff_member_id, enabled
                FROM app_user WHERE username = ?""")
                .param(username)
                .query((rs, n) -> new BansouUser(rs.getLong("id"), rs.getLong("association_id"),
                        rs.getString("username"), rs.getString("password_hash"), rs.getString("display_name"),
                        UserRole.valueOf(rs.getString("role")), (Long) rs.getObject("staff_member_id", Long.class),
                        rs.getBoolean("enabled")))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
