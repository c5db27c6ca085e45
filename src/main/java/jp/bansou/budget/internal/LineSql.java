package jp.bansou.budget.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import jp.bansou.budget.BudgetRow;
import jp.bansou.budget.BudgetSum;
import jp.bansou.budget.LineBalance;

/**
 * The budget lines with their transfers in and out and their net spending, each summed by the
 * database in one pass per table (no query per line); the WHERE clause is added by the caller.
 * Sums over lines (per area, per category, in total) group this as a derived table.
 */
public final class LineSql {

    /** Every line of the association (:a) with its sums; append " WHERE …" on the alias l. */
    public static final String LINES = """
            SELECT l.id AS line_id, l.fiscal_year, l.area_id, a.name AS area, a.display_order AS area_order,
                   l.category_id, c.name AS category, c.display_order AS category_order, l.note, l.version, l.amount AS budget,
                   COALESCE(ti.amount, 0) AS transfers_in, COALESCE(tx.amount, 0) AS transfers_out,
                   COALESCE(s.amount, 0) AS spent
            FROM budget_line l
            JOIN business_area a ON a.id = l.area_id
            JOIN expense_category c ON c.id = l.category_id
            LEFT JOIN (SELECT to_line_id AS line_id, SUM(amount) AS amount FROM budget_transfer
                       WHERE association_id = :a GROUP BY to_line_id) ti ON ti.line_id = l.id
            LEFT JOIN (SELECT from_line_id AS line_id, SUM(amount) AS amount FROM budget_transfer
                       WHERE association_id = :a GROUP BY from_line_id) tx ON tx.line_id = l.id
            LEFT JOIN (SELECT line_id, SUM(amount) AS amount FROM spending_entry
                       WHERE association_id = :a GROUP BY line_id) s ON s.line_id = l.id
            """;

    /** The lines of one year (:a, :fy). */
    public static final String YEAR_LINES = LINES + " WHERE l.association_id = :a AND l.fiscal_year = :fy";

    private static final String SUMS = "SUM(budget) AS budget, SUM(transfers_in) AS transfers_in, "
            + "SUM(transfers_out) AS transfers_out, SUM(spent) AS spent";

    public static final String BY_AREA = "SELECT area_id AS id, area AS name, " + SUMS + " FROM (" + YEAR_LINES
            + ") b GROUP BY area_id, area, area_order ORDER BY area_order, area_id";

    public static final String BY_CATEGORY = "SELECT category_id AS id, category AS name, " + SUMS + " FROM ("
            + YEAR_LINES + ") b GROUP BY category_id, category, category_order ORDER BY category_order, category_id";

    public static final String TOTAL = "SELECT 0 AS id, '' AS name, " + SUMS + " FROM (" + YEAR_LINES + ") b";

    private LineSql() {
    }

    public static BudgetRow row(ResultSet rs) throws SQLException {
        return new BudgetRow(rs.getLong("line_id"), rs.getLong("area_id"), rs.getString("area"),
                rs.getLong("category_id"), rs.getString("category"), rs.getString("note"), balance(rs),
                rs.getInt("version"));
    }

    public static BudgetSum sum(ResultSet rs) throws SQLException {
        return new BudgetSum(rs.getLong("id"), rs.getString("name"), balance(rs));
    }

    /** SUM over no rows is NULL: read as zero. */
    static LineBalance balance(ResultSet rs) throws SQLException {
        return LineBalance.of(rs.getLong("budget"), rs.getLong("transfers_in"), rs.getLong("transfers_out"),
                rs.getLong("spent"));
    }
}
