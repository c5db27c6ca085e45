package jp.bansou.budget.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import jp.bansou.budget.BudgetQueries;
import jp.bansou.budget.BudgetRow;
import jp.bansou.budget.BudgetSum;
import jp.bansou.budget.BudgetTable;
import jp.bansou.budget.LedgerEntry;
import jp.bansou.budget.LineBalance;
import jp.bansou.organization.BansouUser;
import jp.bansou.shared.FiscalYear;
import jp.bansou.shared.Percentage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read-only JSON of the budget: {@code GET /api/v1/budget?fy=2022} (lines, areas, categories, total:
 * budget, transfers in and out, current, spent, remaining in whole yen, executionRate in percent 0.1)
 * and {@code GET /api/v1/budget/ledger?fy=2022} (every entry, reversals negative, and the total).
 */
@RestController
class BudgetApiController {

    private final BudgetQueries queries;

    BudgetApiController(BudgetQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/budget")
    TableJson table(@AuthenticationPrincipal BansouUser user, @RequestParam int fy) {
        FiscalYear year = FiscalYear.of(fy);
        BudgetTable t = queries.table(user.associationId(), year);
        return new TableJson(fy, year.japaneseLabel(), t.lines().stream().map(LineJson::of).toList(),
                t.areas().stream().map(SumJson::of).toList(), t.categories().stream().map(SumJson::of).toList(),
                MoneyJson.of(t.total()));
    }

    @GetMapping("/api/v1/budget/ledger")
    LedgerJson ledger(@AuthenticationPrincipal BansouUser user, @RequestParam int fy) {
        FiscalYear year = FiscalYear.of(fy);
        var ledger = queries.ledger(user.associationId(), year);
        return new LedgerJson(fy, year.japaneseLabel(), ledger.entries().stream().map(EntryJson::of).toList(),
                ledger.total().amount());
    }

    record TableJson(int fiscalYear, String label, List<LineJson> lines, List<SumJson> areas,
                     List<SumJson> categories, MoneyJson total) {
    }

    record LineJson(long lineId, String area, String category, String note, MoneyJson money) {

        static LineJson of(BudgetRow r) {
            return new LineJson(r.lineId(), r.area(), r.category(), r.note(), MoneyJson.of(r.balance()));
        }
    }

    record SumJson(long id, String name, MoneyJson money) {

        static SumJson of(BudgetSum s) {
            return new SumJson(s.id(), s.name(), MoneyJson.of(s.balance()));
        }
    }

    record MoneyJson(long budget, long transfersIn, long transfersOut, long current, long spent, long remaining,
                     BigDecimal executionRate) {

        static MoneyJson of(LineBalance b) {
            return new MoneyJson(b.budget().amount(), b.transfersIn().amount(), b.transfersOut().amount(),
                    b.current().amount(), b.spent().amount(), b.remaining().amount(),
                    b.executionRate().map(Percentage::value).orElse(null));
        }
    }

    record LedgerJson(int fiscalYear, String label, List<EntryJson> entries, long total) {
    }

    record EntryJson(long id, LocalDate date, long lineId, String area, String category, long amount, String payee,
                     String purpose, String voucherNo, Long activityRecordId, Long eventId, String event,
                     Long reverses, Long reversedBy, String reason, String enteredBy) {

        static EntryJson of(LedgerEntry e) {
            return new EntryJson(e.id(), e.date(), e.lineId(), e.area(), e.category(), e.amount().amount(), e.payee(),
                    e.purpose(), e.voucherNo(), e.activityRecordId(), e.eventId(), e.eventTitle(), e.reversesId(),
                    e.reversedBy(), e.reason(), e.createdBy());
        }
    }
}
