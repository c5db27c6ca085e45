package jp.bansou.budget;

/** One budget line of a year as the budget table shows it; {@code version} is what a change must quote. */
public record BudgetRow(long lineId, long areaId, String area, long categoryId, String category, String note,
                        LineBalance balance, int version) {

    /** 経営状況分析 / 謝金: how forms and the ledger name the line. */
    public String label() {
        return area + " / " + category;
    }
}
