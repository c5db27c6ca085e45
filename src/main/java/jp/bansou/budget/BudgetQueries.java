package jp.bansou.budget;

import java.util.List;
import jp.bansou.budget.internal.LedgerStore;
import jp.bansou.budget.internal.LineSql;
import jp.bansou.shared.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of the budget: the year's table of budget against spending (lines, per area, per category,
 * total: each a set-based query), the ledger, the transfers, the monthly spending and the choices the
 * forms offer.
 */
@Service
@Transactional(readOnly = true)
public class BudgetQueries {

    private final JdbcClient jdbc;
    private final LedgerStore ledger;

    BudgetQueries(JdbcClient jdbc, LedgerStore ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    public BudgetTable table(long associationId, FiscalYear year) {
        List<BudgetRow> lines = jdbc.sql(LineSql.YEAR_LINES + " ORDER BY area_order, l.area_id, category_order, l.category_id")
                .param("a", associationId).param("fy", year.startYear()).query((rs, n) -> LineSql.row(rs)).list();
        return new BudgetTable(year, lines, sums(LineSql.BY_AREA, associationId, year),
                sums(LineSql.BY_CATEGORY, associationId, year),
                sums(LineSql.TOTAL, associationId, year).get(0).balance());
    }

    /** One line with its sums, for the over-budget warning. */
    public java.util.Optional<BudgetRow> line(long associationId, long lineId) {
        return jdbc.sql(LineSql.LINES + " WHERE l.association_id = :a AND l.id = :line")
                .param("a", associationId).param("line", lineId).query((rs, n) -> LineSql.row(rs)).optional();
    }

    public Ledger ledger(long associationId, FiscalYear year) {
        return ledger(associationId, year, null);
    }

    /** The ledger of one line of the year ({@code lineId}), or of every line when null. */
    public Ledger ledger(long associationId, FiscalYear year, Long lineId) {
        return new Ledger(year, ledger.entries(associationId, year, lineId), ledger.total(associationId, year, lineId));
    }

    public List<Transfer> transfers(long associationId, FiscalYear year) {
        return ledger.transfers(associationId, year);
    }

    /** Spending by month, April to March, with the year's current budget. */
    public MonthlySpending monthly(long associationId, FiscalYear year) {
        long budget = sums(LineSql.TOTAL, associationId, year).get(0).balance().current().amount();
        return MonthlySpending.of(year, ledger.byMonth(associationId, year), budget);
    }

    /** The fiscal years with budget lines, oldest first. */
    public List<FiscalYear> years(long associationId) {
        return ledger.years(associationId);
    }

    /** The plan's business areas, in the order of the target table, as choices for a line. */
    public List<AreaRef> areas(long associationId) {
        return jdbc.sql("SELECT id, name FROM business_area WHERE association_id = ? ORDER BY display_order, id")
                .param(associationId).query((rs, n) -> new AreaRef(rs.getLong("id"), rs.getString("name"))).list();
    }

    private List<BudgetSum> sums(String sql, long associationId, FiscalYear year) {
        return jdbc.sql(sql).param("a", associationId).param("fy", year.startYear())
                .query((rs, n) -> LineSql.sum(rs)).list();
    }
}
