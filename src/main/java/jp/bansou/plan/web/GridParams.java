package jp.bansou.plan.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.bansou.plan.GridCellChange;
import jp.bansou.plan.PlanChangeRefused;
import jp.bansou.plan.TargetDerivation;
import jp.bansou.shared.FiscalYear;

/**
 * The targets grid as posted: per cell {@code t_ITEM_YEAR} (target), {@code v_…} (version shown, absent
 * for a new item-year), {@code g_…} (group of a headcount-derived target, blank for none), {@code p_…}
 * (per head) and {@code a_…} (addend). Errors name the cell by the names the page shows.
 */
record GridParams(Map<String, String> params, Map<Long, String> itemNames) {

    List<GridCellChange> cells(List<String> errors) {
        List<GridCellChange> cells = new ArrayList<>();
        for (String key : params.keySet()) {
            if (!key.startsWith("t_")) {
                continue;
            }
            String[] parts = key.split("_");
            if (parts.length != 3 || !parts[1].matches("\\d+") || !parts[2].matches("\\d{4}")) {
                continue;
            }
            long itemId = Long.parseLong(parts[1]);
            FiscalYear year = FiscalYear.of(Integer.parseInt(parts[2]));
            String suffix = "_" + parts[1] + "_" + parts[2];
            String where = "「" + itemNames.getOrDefault(itemId, "項目" + itemId) + "」" + year.japaneseLabel();
            try {
                String version = params.get("v" + suffix);
                cells.add(new GridCellChange(itemId, year, AdminActions.number(params.get(key), "目標"),
                        derivation(suffix), version == null || version.isBlank() ? null : Integer.valueOf(version)));
            } catch (PlanChangeRefused | IllegalArgumentException e) {
                errors.add(where + ": " + e.getMessage());
            }
        }
        return cells;
    }

    private TargetDerivation derivation(String suffix) {
        String group = params.get("g" + suffix);
        if (group == null || group.isBlank()) {
            return null;
        }
        BigDecimal perHead = AdminActions.number(params.get("p" + suffix), "一人当たりの目標");
        if (perHead == null) {
            throw new PlanChangeRefused("人数連動にするときは一人当たりの目標を入力してください");
        }
        return new TargetDerivation(Long.parseLong(group), perHead, AdminActions.number(params.get("a" + suffix), "加算"),
                null);
    }
}
