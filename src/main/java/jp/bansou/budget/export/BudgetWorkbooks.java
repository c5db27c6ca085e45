package jp.bansou.budget.export;

import java.util.List;
import java.util.function.Function;
import jp.bansou.budget.BudgetSum;
import jp.bansou.budget.BudgetTable;
import jp.bansou.budget.Ledger;
import jp.bansou.budget.LedgerEntry;
import jp.bansou.budget.LineBalance;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.springframework.stereotype.Component;

/**
 * The budget table and the spending ledger as .xlsx, with the same figures and totals as the pages
 * (the sums come from the same queries, not from formulas). Headings come through {@code labels}
 * (message key → text in the user's language).
 */
@Component
public class BudgetWorkbooks {

    private static final String[] TABLE_HEADINGS = {"budget.area", "budget.category", "budget.budget",
        "budget.transfers", "budget.current", "budget.spent", "budget.remaining", "budget.rate", "budget.note"};
    private static final String[] LEDGER_HEADINGS = {"budget.entryNo", "budget.date", "budget.area",
        "budget.category", "budget.amount", "budget.payee", "budget.purpose", "budget.voucher", "budget.record",
        "budget.reversalOfColumn", "budget.reason", "budget.enteredBy", "budget.event"};

    public byte[] budgetTable(BudgetTable table, String title, Function<String, String> labels) {
        try (Sheets sheets = new Sheets()) {
            tableSheet(sheets, table, title, labels);
            categorySheet(sheets, table.categories(), table.total(), labels);
            return sheets.bytes();
        }
    }

    /** The lines area by area, each area followed by its sum, and the total. */
    private static void tableSheet(Sheets sheets, BudgetTable table, String title, Function<String, String> labels) {
        Sheet sheet = sheets.workbook.createSheet(labels.apply("budget.tableNav"));
        Sheets.widths(sheet, 30, 14, 14, 12, 14, 14, 14, 9, 24);
        Sheets.text(sheet.createRow(0), 0, title, sheets.bold);
        headings(sheet.createRow(1), TABLE_HEADINGS, labels, sheets.bold);
        int r = 2;
        for (BudgetSum area : table.areas()) {
            for (var line : table.linesOf(area.id())) {
                Row row = sheet.createRow(r++);
                Sheets.text(row, 0, line.area(), null);
                Sheets.text(row, 1, line.category(), null);
                balance(row, 2, line.balance(), sheets.yen, sheets.rate);
                Sheets.text(row, 8, line.note(), null);
            }
            sumRow(sheet.createRow(r++), area.name() + " " + labels.apply("budget.totalSuffix"), area.balance(),
                    sheets);
        }
        sumRow(sheet.createRow(r), labels.apply("budget.total"), table.total(), sheets);
    }

    public byte[] ledger(Ledger ledger, String title, Function<String, String> labels) {
        try (Sheets sheets = new Sheets()) {
            Sheet sheet = sheets.workbook.createSheet(labels.apply("budget.ledger"));
            Sheets.widths(sheet, 6, 11, 28, 12, 12, 22, 28, 12, 9, 9, 28, 12, 28);
            Sheets.text(sheet.createRow(0), 0, title, sheets.bold);
            headings(sheet.createRow(1), LEDGER_HEADINGS, labels, sheets.bold);
            int r = 2;
            for (LedgerEntry e : ledger.entries()) {
                entry(sheet.createRow(r++), e, sheets);
            }
            Row total = sheet.createRow(r);
            Sheets.text(total, 0, labels.apply("budget.ledgerTotal"), sheets.bold);
            Sheets.number(total, 4, ledger.total().amount(), sheets.boldYen);
            return sheets.bytes();
        }
    }

    private static void entry(Row row, LedgerEntry e, Sheets sheets) {
        Sheets.number(row, 0, e.id(), null);
        Sheets.date(row, 1, e.date(), sheets.date);
        Sheets.text(row, 2, e.area(), null);
        Sheets.text(row, 3, e.category(), null);
        Sheets.number(row, 4, e.amount().amount(), sheets.yen);
        Sheets.text(row, 5, e.payee(), null);
        Sheets.text(row, 6, e.purpose(), null);
        Sheets.text(row, 7, e.voucherNo(), null);
        Sheets.text(row, 8, e.activityRecordId() == null ? "" : e.activityRecordId().toString(), null);
        Sheets.text(row, 9, e.reversesId() == null ? "" : e.reversesId().toString(), null);
        Sheets.text(row, 10, e.reason(), null);
        Sheets.text(row, 11, e.createdBy(), null);
        Sheets.text(row, 12, e.eventTitle(), null);
    }

    private static void categorySheet(Sheets sheets, List<BudgetSum> categories, LineBalance total,
                                      Function<String, String> labels) {
        Sheet sheet = sheets.workbook.createSheet(labels.apply("budget.byCategory"));
        Sheets.widths(sheet, 16, 14, 12, 14, 14, 14, 9);
        String[] headings = {"budget.category", "budget.budget", "budget.transfers", "budget.current", "budget.spent",
            "budget.remaining", "budget.rate"};
        headings(sheet.createRow(0), headings, labels, sheets.bold);
        int r = 1;
        for (BudgetSum c : categories) {
            Row row = sheet.createRow(r++);
            Sheets.text(row, 0, c.name(), null);
            balance(row, 1, c.balance(), sheets.yen, sheets.rate);
        }
        Row row = sheet.createRow(r);
        Sheets.text(row, 0, labels.apply("budget.total"), sheets.bold);
        balance(row, 1, total, sheets.boldYen, sheets.boldRate);
    }

    private static void sumRow(Row row, String label, LineBalance balance, Sheets sheets) {
        Sheets.text(row, 0, label, sheets.bold);
        Sheets.text(row, 1, "", sheets.bold);
        balance(row, 2, balance, sheets.boldYen, sheets.boldRate);
    }

    /** Budget, transfers (net), current, spent, remaining, rate from column {@code first} on. */
    private static void balance(Row row, int first, LineBalance b, CellStyle yen, CellStyle rate) {
        Sheets.number(row, first, b.budget().amount(), yen);
        Sheets.number(row, first + 1, b.transfersIn().minus(b.transfersOut()).amount(), yen);
        Sheets.number(row, first + 2, b.current().amount(), yen);
        Sheets.number(row, first + 3, b.spent().amount(), yen);
        Sheets.number(row, first + 4, b.remaining().amount(), yen);
        b.executionRate().ifPresent(p -> Sheets.number(row, first + 5,
                p.value().movePointLeft(2).doubleValue(), rate));
    }

    private static void headings(Row row, String[] keys, Function<String, String> labels, CellStyle style) {
        for (int i = 0; i < keys.length; i++) {
            Sheets.text(row, i, labels.apply(keys[i]), style);
        }
    }
}
