package jp.bansou.audit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.bansou.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

@PostgresTest
class AuditTrailOnPostgresTest extends AuditTrailContract {

    @Autowired JdbcClient jdbc;

    /** The trigger of db/vendor/postgresql/V041: not even SQL beside the application rewrites the log. */
    @Test
    void refusesToUpdateTheLogInTheDatabase() {
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET reason = 'rewritten'").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    @Test
    void refusesToDeleteFromTheLogInTheDatabase() {
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }
}
