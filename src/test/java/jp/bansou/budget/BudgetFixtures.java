package jp.bansou.budget;

import java.time.LocalDate;
import jp.bansou.shared.FiscalYear;
import jp.bansou.shared.Yen;

/** Budget lines and entries for the seed association, by area and category names, never fixed ids. */
final class BudgetFixtures {

    private final long association;
    private final BudgetQueries queries;
    private final BudgetService budget;
    private final ExpenseCategories categories;
    private final SpendingLedger ledger;

    BudgetFixtures(long association, BudgetQueries queries, BudgetService budget, ExpenseCategories categories,
                   SpendingLedger ledger) {
        this.association = association;
        this.queries = queries;
        this.budget = budget;
        this.categories = categories;
        this.ledger = ledger;
    }

    long area(int index) {
        return queries.areas(association).get(index).id();
    }

    String areaName(int index) {
        return queries.areas(association).get(index).name();
    }

    long category(String name) {
        return categories.all(association).stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no category " + name)).id();
    }

    long line(FiscalYear year, int area, String category, long amount) {
        return budget.setLine(association, year, area(area), category(category), Yen.of(amount), null);
    }

    long spend(long line, LocalDate date, long amount) {
        return ledger.spend(association, spending(line, date, amount, null));
    }

    static NewSpending spending(long line, LocalDate date, long amount, String reason) {
        return new NewSpending(line, date, Yen.of(amount), "呉市文化ホール", "セミナー会場", "V-001", null, reason);
    }
}
