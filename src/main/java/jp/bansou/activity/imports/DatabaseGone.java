package jp.bansou.activity.imports;

import java.sql.SQLException;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Whether a failure means the database went away (connection refused, reset or closed) rather than
 * a fault of the file: SQLState class 08 anywhere in the causes, or Spring's translation of it.
 */
final class DatabaseGone {

    private DatabaseGone() {
    }

    static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }
}
