package jp.bansou.budget;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import jp.bansou.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

@PostgresTest
class BudgetOnPostgresTest extends BudgetContract {

    @Autowired JdbcClient jdbc;

    /** db/vendor/postgresql/V071: nothing in the ledger is rewritten, not even by SQL beside the application. */
    @Test
    void refusesToUpdateLedgerEntriesInTheDatabase() {
        long line = fx.line(FY, 0, "謝金", 10_000);
        fx.spend(line, LocalDate.of(2024, 5, 1), 1_000);
        assertThatThrownBy(() -> jdbc.sql("UPDATE spending_entry SET amount = 1").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    @Test
    void refusesToDeleteLedgerEntriesInTheDatabase() {
        long line = fx.line(FY, 0, "謝金", 10_000);
        fx.spend(line, LocalDate.of(2024, 5, 1), 1_000);
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM spending_entry").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }
}
