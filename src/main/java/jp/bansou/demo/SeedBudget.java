package jp.bansou.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.bansou.activity.ActivityFilter;
import jp.bansou.activity.ActivityKind;
import jp.bansou.activity.ActivityQueries;
import jp.bansou.activity.ActivityRow;
import jp.bansou.budget.BudgetQueries;
import jp.bansou.budget.BudgetService;
import jp.bansou.budget.ExpenseCategories;
import jp.bansou.budget.NewSpending;
import jp.bansou.budget.NewTransfer;
import jp.bansou.budget.SpendingLedger;
import jp.bansou.shared.FiscalYear;
import jp.bansou.shared.Yen;
import org.springframework.stereotype.Component;

/**
 * A sample FY2022 budget for the demo (invented figures, not from the sheet): lines for the first
 * four business areas, spending through the year (January–March too), a reversal with its correction,
 * a transfer, an entry over budget with its reason, and a seminar's fee linked to its activity record.
 */
@Component
class SeedBudget {

    private static final FiscalYear FY2022 = FiscalYear.of(2022);

    private final BudgetQueries queries;
    private final BudgetService budget;
    private final ExpenseCategories categories;
    private final SpendingLedger ledger;
    private final ActivityQueries activities;

    SeedBudget(BudgetQueries queries, BudgetService budget, ExpenseCategories categories, SpendingLedger ledger,
               ActivityQueries activities) {
        this.queries = queries;
        this.budget = budget;
        this.categories = categories;
        this.ledger = ledger;
        this.activities = activities;
    }

    void load(long association) {
        Map<String, Long> lines = lines(association);
        ActivityRow seminar = seminarRecord(association);
        spend(association, lines.get("0謝金"), seminar == null ? "2022-06-15" : seminar.date().toString(), 50_000,
                "中小企業診断士 山本", "セミナー講師謝金", seminar == null ? null : seminar.id(), null);
        spend(association, lines.get("0旅費"), "2022-07-20", 18_400, "職員 河本", "専門家同行旅費", null, null);
        long wrong = spend(association, lines.get("0印刷製本費"), "2022-08-05", 35_800, "呉印刷", "セミナーチラシ", null, null);
        ledger.reverse(association, wrong, LocalDate.of(2022, 8, 10), "金額の転記誤り（正しくは 38,500円）");
        spend(association, lines.get("0印刷製本費"), "2022-08-10", 38_500, "呉印刷", "セミナーチラシ", null, null);
        spend(association, lines.get("1委託費"), "2022-10-31", 660_000, "広島リサーチ", "需要動向調査 委託（前払）", null, null);
        spend(association, lines.get("1会場借料"), "2022-11-12", 42_000, "呉市文化ホール", "商談会 会場", null, null);
        budget.transfer(association, new NewTransfer(lines.get("2広報費"), lines.get("1会場借料"), Yen.of(30_000),
                LocalDate.of(2023, 1, 10), "商談会の会場追加のため広報費から流用"));
        spend(association, lines.get("1会場借料"), "2023-01-21", 150_000, "呉市文化ホール", "展示会 会場", null,
                "展示会の出展者増で大ホールに変更");
        spend(association, lines.get("2広報費"), "2023-02-15", 165_000, "中国新聞社", "事業紹介の新聞広告", null, null);
        spend(association, lines.get("3謝金"), "2023-03-10", 100_000, "税理士 田中", "事業承継 専門家派遣 謝金", null, null);
        spend(association, lines.get("3消耗品費"), "2023-03-28", 12_980, "文具センター", "相談会用消耗品", null, null);
    }

    /** The lines by area index and category name ("0謝金"). */
    private Map<String, Long> lines(long association) {
        Map<String, Long> categoryIds = new HashMap<>();
        categories.all(association).forEach(c -> categoryIds.put(c.name(), c.id()));
        var areas = queries.areas(association);
        Object[][] plan = {{0, "謝金", 600_000}, {0, "旅費", 120_000}, {0, "印刷製本費", 80_000},
            {1, "委託費", 1_200_000}, {1, "会場借料", 150_000}, {2, "広報費", 300_000}, {2, "通信運搬費", 60_000},
            {3, "謝金", 400_000}, {3, "消耗品費", 50_000}};
        Map<String, Long> lines = new HashMap<>();
        for (Object[] p : plan) {
            int area = (Integer) p[0];
            lines.put(area + (String) p[1], budget.setLine(association, FY2022, areas.get(area).id(),
                    categoryIds.get((String) p[1]), Yen.of((Integer) p[2]), null));
        }
        return lines;
    }

    /** A FY2022 セミナー開催 record of the sample activities, whose lecturer's fee the demo pays. */
    private ActivityRow seminarRecord(long association) {
        List<ActivityKind> kinds = activities.kinds(association).stream().filter(k -> k.name().equals("セミナー開催"))
                .toList();
        if (kinds.isEmpty()) {
            return null;
        }
        var page = activities.list(association, new ActivityFilter(FY2022, null, null, null, kinds.get(0).id(), null,
                null), 0, 1);
        return page.rows().isEmpty() ? null : page.rows().get(0);
    }

    private long spend(long association, long line, String date, long amount, String payee, String purpose,
                       Long record, String reason) {
        return ledger.spend(association, new NewSpending(line, LocalDate.parse(date), Yen.of(amount), payee, purpose,
                null, record, reason));
    }
}
