package jp.bansou.report.sheetimport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jp.bansou.organization.RoleHolder;
import jp.bansou.plan.AreaRef;
import jp.bansou.plan.ItemRef;
import jp.bansou.plan.ItemUnit;
import jp.bansou.plan.RoleAssignment;
import jp.bansou.plan.TargetComparator;
import jp.bansou.plan.TargetRow;
import jp.bansou.report.sheetimport.PlannedItem.Action;

/**
 * Matches a read table with the association: areas and items by name (same area + same item name
 * is the same item), district headers and staff names exactly or through the user's mapping. Items
 * the file does not list are left alone. Anything that would stop the import is an error naming
 * line and column; nothing is written here.
 */
final class SheetImportPlanner {

    private final SheetTable table;
    private final ImportMapping mapping;
    private final AssociationFacts facts;
    private final List<SheetError> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, Long> districtColumns = new LinkedHashMap<>();
    private final Map<String, RoleHolder> holders = new HashMap<>();
    private final List<String> unknownDistricts = new ArrayList<>();
    private final List<String> unknownHolders = new ArrayList<>();

    SheetImportPlanner(SheetTable table, ImportMapping mapping, AssociationFacts facts) {
        this.table = table;
        this.mapping = mapping;
        this.facts = facts;
    }

    ImportPreview plan() {
        if (facts.yearClosed()) {
            errors.add(new SheetError(table.source(), 0, null, facts.yearLabel()
                    + "は締められています。締めた年度には取り込めません（取り込むには締めを解除してください）"));
        }
        districts();
        holders();
        List<PlannedItem> rows = new ArrayList<>();
        for (SheetItem item : table.items()) {
            rows.add(row(item, rows));
        }
        int updated = (int) rows.stream().filter(r -> r.action() == Action.UPDATE).count();
        return new ImportPreview(table.fileName(), List.copyOf(rows), List.copyOf(errors), List.copyOf(warnings),
                List.copyOf(unknownDistricts), List.copyOf(unknownHolders), facts.year().itemCount() - updated);
    }

    private void districts() {
        for (String header : table.districtHeaders()) {
            Optional<Long> id = facts.district(header).or(() -> mapped(mapping.districts().get(header)));
            if (id.isPresent()) {
                if (districtColumns.containsValue(id.get())) {
                    errors.add(new SheetError(table.source(), table.headerLine(), header, "同じ地区に対応する列が2つあります"));
                }
                districtColumns.put(header, id.get());
            } else if (!ImportMapping.IGNORE.equals(mapping.districts().get(header))) {
                unknownDistricts.add(header);
                errors.add(new SheetError(table.source(), table.headerLine(), header, "地区「" + header
                        + "」はこの商工会にありません。対応する地区を選ぶか「無視」を選んでください"));
            }
        }
    }

    private Optional<Long> mapped(String choice) {
        return choice == null || choice.equals(ImportMapping.IGNORE) ? Optional.empty()
                : facts.districts().stream().filter(d -> String.valueOf(d.id()).equals(choice)).map(d -> d.id())
                        .findFirst();
    }

    private void holders() {
        for (SheetItem item : table.items()) {
            holder(item, "確認者", item.reviewer());
            holder(item, "主担当", item.lead());
            item.deputies().forEach(d -> holder(item, "副担当", d));
        }
    }

    private void holder(SheetItem item, String column, String name) {
        if (name == null || holders.containsKey(name) || unknownHolders.contains(name)) {
            return;
        }
        String choice = mapping.holders().get(name);
        Optional<RoleHolder> holder = facts.holder(name).or(() -> choice == null || choice.equals(ImportMapping.IGNORE)
                ? Optional.empty() : Optional.of(RoleHolder.parseKey(choice))
                        .filter(h -> facts.holderNames().containsKey(h.key())));
        if (holder.isPresent()) {
            holders.put(name, holder.get());
        } else if (ImportMapping.IGNORE.equals(choice)) {
            holders.put(name, null);
        } else {
            unknownHolders.add(name);
            errors.add(new SheetError(table.source(), item.line(), column, "「" + name
                    + "」は職員にもグループにもいません。対応する職員・グループを選ぶか「無視」を選んでください"));
        }
    }

    private PlannedItem row(SheetItem item, List<PlannedItem> before) {
        Long areaId = facts.area(item.area().name()).map(AreaRef::id).orElse(null);
        Optional<ItemRef> existing = areaId == null ? Optional.empty() : facts.item(item.area().name(), item.name());
        Optional<TargetRow> yearRow = existing.flatMap(i -> facts.row(i.id()));
        Action action = existing.isEmpty() ? Action.CREATE_ITEM : yearRow.isEmpty() ? Action.ADD_YEAR : Action.UPDATE;
        ItemUnit unit = existing.map(ItemRef::unit).orElse(item.target() == null || item.target().unit() == null
                ? ItemUnit.KEN : item.target().unit());
        TargetComparator comparator = yearRow.filter(r -> r.target() != null).map(r -> r.target().comparator())
                .orElse(item.target() == null ? TargetComparator.EXACT : item.target().comparator());
        Integer parent = action == Action.CREATE_ITEM && item.subItem() ? parentOf(item, before) : null;
        RoleAssignment roles = roles(item);
        checks(item, existing, yearRow, roles);
        Map<Long, BigDecimal> split = new HashMap<>();
        item.districtValues().forEach((header, value) -> {
            if (districtColumns.containsKey(header)) {
                split.put(districtColumns.get(header), value);
            }
        });
        return new PlannedItem(item, action, areaId, existing.map(ItemRef::id).orElse(null), parent,
                yearRow.map(TargetRow::itemYearId).orElse(null), yearRow.map(TargetRow::version).orElse(0), unit,
                comparator, split, roles, derivationGroup(item), item.reviewer(), item.lead(), item.deputies());
    }

    private Integer parentOf(SheetItem item, List<PlannedItem> before) {
        for (int i = before.size() - 1; i >= 0; i--) {
            PlannedItem candidate = before.get(i);
            if (!candidate.areaName().equals(item.area().name())) {
                break;
            }
            if (!candidate.subItem()) {
                return i;
            }
        }
        errors.add(new SheetError(table.source(), item.line(), "項目別事項", "「うち」の項目の上に、同じ事業の親項目がありません"));
        return null;
    }

    private RoleAssignment roles(SheetItem item) {
        RoleHolder reviewer = item.reviewer() == null ? null : holders.get(item.reviewer());
        RoleHolder lead = item.lead() == null ? null : holders.get(item.lead());
        if (reviewer == null || lead == null) {
            return null;
        }
        return new RoleAssignment(reviewer, lead, item.deputies().stream().map(holders::get).filter(Objects::nonNull)
                .toList());
    }

    private void checks(SheetItem item, Optional<ItemRef> existing, Optional<TargetRow> yearRow, RoleAssignment roles) {
        if (item.grade() != null && !facts.gradeKnown().test(item.grade())) {
            errors.add(new SheetError(table.source(), item.line(), "達成状況", "「" + item.grade() + "」は評価基準にありません"));
        }
        if (roles == null && yearRow.isPresent() && yearRow.get().reviewer() == null) {
            errors.add(new SheetError(table.source(), item.line(), "確認者", "確認者と主担当が要ります"));
        }
        if (existing.isPresent() && item.target() != null && item.target().unit() != null
                && item.target().unit() != existing.get().unit()) {
            warnings.add(item.line() + "行目 " + item.name() + ": 単位「" + item.target().unit().label()
                    + "」は既存の項目の単位「" + existing.get().unit().label() + "」と違います。単位は変えずに取り込みます");
        }
        if (yearRow.filter(TargetRow::actualCounted).isPresent()) {
            warnings.add(item.line() + "行目 " + item.name() + ": 実績は活動記録から集計しているため、ファイルの実績と地区別実績は使いません");
        }
        if (roles == null) {
            warnings.add(item.line() + "行目 " + item.name() + ": 確認者・主担当がないため、役割は"
                    + (yearRow.isPresent() ? "今のまま" : "未設定") + "になります");
        }
    }

    /** The group of a derivation whose headcount gives the file's target, else null (the target is then fixed). */
    private Long derivationGroup(SheetItem item) {
        Remarks.Derivation d = item.remarks().derivation();
        if (d == null) {
            return null;
        }
        Optional<Long> group = facts.groups().stream().filter(g -> g.name().equals(d.groupName())).map(g -> g.id())
                .findFirst();
        BigDecimal computed = group.map(g -> d.perHead().multiply(BigDecimal.valueOf(facts.headcounts().getOrDefault(g, 0)))
                .add(d.addend() == null ? BigDecimal.ZERO : d.addend())).orElse(null);
        if (computed == null || (item.target() != null && computed.compareTo(item.target().value()) != 0)) {
            warnings.add(item.line() + "行目 " + item.name() + ": 算定式（" + d.groupName() + "の人数×"
                    + d.perHead().toPlainString() + "）が目標と合わないため、目標を固定値で取り込みます");
            return null;
        }
        return group.get();
    }
}
