package jp.bansou.progress.internal;

import java.util.List;
import jp.bansou.organization.OrganizationUsage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The check-ins a login posted, which stay with it when it is deactivated. */
@Component
class ProgressOrganizationUsage implements OrganizationUsage {

    private final JdbcClient jdbc;

    ProgressOrganizationUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> ofUser(long userId) {
        long checkIns = jdbc.sql("SELECT COUNT(*) FROM check_in WHERE posted_by_user_id = ?").param(userId)
                .query(Long.class).single();
        return checkIns == 0 ? List.of() : List.of("チェックイン " + checkIns + "件");
    }
}
