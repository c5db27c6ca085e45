package jp.bansou.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.shared.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the admin pages: areas with their items, items in table order, retired ones included. */
@Service
@Transactional(readOnly = true)
public class PlanAdminQueries {

    private static final String ITEM_SQL = """
            SELECT i.id, i.area_id, a.name AS area_name, i.parent_item_id, i.name, i.unit, i.comparator,
                   i.five_year_target, i.five_year_kind, i.retired_from
            FROM kpi_item i JOIN business_area a ON a.id = i.area_id
            WHERE i.association_id = :a""";

    private final JdbcClient jdbc;
    private final OrganizationQueries organization;

    PlanAdminQueries(JdbcClient jdbc, OrganizationQueries organization) {
        this.jdbc = jdbc;
        this.organization = organization;
    }

    /** The areas in table order, each with its items' names. */
    public List<AreaSummary> areas(long associationId) {
        Map<Long, List<String>> names = new HashMap<>();
        items(associationId).forEach(i -> names.computeIfAbsent(i.areaId(), k -> new ArrayList<>()).add(i.name()));
        return jdbc.sql("""
                SELECT id, name, guideline, sub_heading FROM business_area WHERE association_id = ?
                ORDER BY display_order, id""")
                .param(associationId)
                .query((rs, n) -> new AreaSummary(rs.getLong("id"), rs.getString("name"),
                        rs.getObject("guideline", Integer.class), rs.getString("sub_heading"),
                        List.copyOf(names.getOrDefault(rs.getLong("id"), List.of()))))
                .list();
    }

    public Optional<AreaSummary> area(long associationId, long areaId) {
        return areas(associationId).stream().filter(a -> a.id() == areaId).findFirst();
    }

    /** Every item in table order (area, then the item's place), retired ones too. */
    public List<PlanItem> items(long associationId) {
        return jdbc.sql(ITEM_SQL + " ORDER BY a.display_order, a.id, i.display_order, i.id")
                .param("a", associationId).query((rs, n) -> item(rs)).list();
    }

    public Optional<PlanItem> item(long associationId, long itemId) {
        return jdbc.sql(ITEM_SQL + " AND i.id = :id").param("a", associationId).param("id", itemId)
                .query((rs, n) -> item(rs)).optional();
    }

    /** The items of one area in table order, as the ordering rules work on them. */
    public AreaLayout layout(long associationId, long areaId) {
        return new AreaLayout(items(associationId).stream().filter(i -> i.areaId() == areaId)
                .map(i -> new ItemPlace(i.id(), i.parentId(), i.name())).toList());
    }

    /** How many item-years the association keeps per fiscal year. */
    public Map<FiscalYear, Integer> itemYearsByYear(long associationId) {
        Map<FiscalYear, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT y.fiscal_year, COUNT(*) AS n FROM item_year y JOIN kpi_item i ON i.id = y.item_id
                WHERE i.association_id = ? GROUP BY y.fiscal_year ORDER BY y.fiscal_year""")
                .param(associationId)
                .query(rs -> {
                    counts.put(FiscalYear.of(rs.getInt("fiscal_year")), rs.getInt("n"));
                });
        return counts;
    }

    /** The targets of every item for the given years, rows in table order. */
    public List<GridRow> gridRows(long associationId, List<FiscalYear> years) {
        Map<Long, Map<FiscalYear, GridCell>> cells = new HashMap<>();
        Map<FiscalYear, DerivationTexts> texts = new HashMap<>();
        Map<Long, PlanItem> byId = new HashMap<>();
        List<PlanItem> items = items(associationId);
        items.forEach(i -> byId.put(i.id(), i));
        jdbc.sql("""
                SELECT y.id, y.item_id, y.fiscal_year, y.target_value, y.version, y.derivation_group_id,
                       y.derivation_per_head, y.derivation_addend, y.derivation_remark
                FROM item_year y JOIN kpi_item i ON i.id = y.item_id WHERE i.association_id = ?""")
                .param(associationId)
                .query(rs -> {
                    FiscalYear year = FiscalYear.of(rs.getInt("fiscal_year"));
                    TargetDerivation derivation = PlanQueries.derivation(rs);
                    String text = texts.computeIfAbsent(year, y -> new DerivationTexts(organization, y))
                            .describe(derivation, byId.get(rs.getLong("item_id")).unit());
                    cells.computeIfAbsent(rs.getLong("item_id"), k -> new HashMap<>()).put(year,
                            new GridCell(rs.getLong("id"), rs.getBigDecimal("target_value"), derivation, text,
                                    rs.getInt("version")));
                });
        return items.stream().map(i -> new GridRow(i, shown(i, years, cells.getOrDefault(i.id(), Map.of())))).toList();
    }

    private static Map<FiscalYear, GridCell> shown(PlanItem item, List<FiscalYear> years, Map<FiscalYear, GridCell> all) {
        Map<FiscalYear, GridCell> shown = new LinkedHashMap<>();
        years.stream().filter(item::shownIn).forEach(y -> shown.put(y, all.getOrDefault(y, GridCell.EMPTY)));
        return shown;
    }

    private static PlanItem item(ResultSet rs) throws SQLException {
        String kind = rs.getString("five_year_kind");
        Integer retired = rs.getObject("retired_from", Integer.class);
        return new PlanItem(rs.getLong("id"), rs.getLong("area_id"), rs.getString("area_name"),
                rs.getObject("parent_item_id", Long.class), rs.getString("name"), ItemUnit.ofLabel(rs.getString("unit")),
                TargetComparator.valueOf(rs.getString("comparator")), rs.getBigDecimal("five_year_target"),
                kind == null ? null : FiveYearKind.valueOf(kind), retired == null ? null : FiscalYear.of(retired));
    }

    /** The version an edit of the area must quote (optimistic locking); 0 where there is no such area. */
    public int areaVersion(long associationId, long areaId) {
        return jdbc.sql("SELECT version FROM business_area WHERE id = ? AND association_id = ?")
                .params(areaId, associationId).query(Integer.class).optional().orElse(0);
    }

    /** The version an edit of the item's definition must quote; 0 where there is no such item. */
    public int itemVersion(long associationId, long itemId) {
        return jdbc.sql("SELECT version FROM kpi_item WHERE id = ? AND association_id = ?")
                .params(itemId, associationId).query(Integer.class).optional().orElse(0);
    }
}
