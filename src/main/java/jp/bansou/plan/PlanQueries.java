package jp.bansou.plan;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.organization.RoleHolder;
import jp.bansou.shared.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of the plan: the target table of a year, one item's year, the items and their roles (the
 * five-year plan's are in {@link FiveYearQueries}). Each screen is a fixed number of set-based
 * queries, never one per row.
 */
@Service
@Transactional(readOnly = true)
public class PlanQueries {

    private final JdbcClient jdbc;
    private final OrganizationQueries organization;
    private final FiveYearQueries fiveYear;

    PlanQueries(JdbcClient jdbc, OrganizationQueries organization, FiveYearQueries fiveYear) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.fiveYear = fiveYear;
    }

    /** The fiscal years that have a target table, oldest first. */
    public List<FiscalYear> yearsWithTable(long associationId) {
        return jdbc.sql("""
                SELECT DISTINCT y.fiscal_year FROM item_year y JOIN kpi_item i ON i.id = y.item_id
                WHERE i.association_id = ? ORDER BY y.fiscal_year""")
                .param(associationId).query(Integer.class).list().stream().map(FiscalYear::of).toList();
    }

    public TargetTable targetTable(long associationId, FiscalYear year) {
        Map<Long, Map<Long, BigDecimal>> splits = districtActuals(associationId, year);
        Map<Long, RoleAssignment> roles = roles(associationId, year);
        Map<String, String> names = organization.holderNames(associationId);
        Map<Long, String> progress = new HashMap<>();
        fiveYear.progress(associationId, year).forEach(p -> progress.put(p.itemId(), p.summary()));
        DerivationTexts derivations = new DerivationTexts(organization, year);

        Map<Long, AreaBuilder> areas = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT a.id AS area_id, a.name AS area_name, a.guideline, a.sub_heading,
                       i.id AS item_id, i.parent_item_id, i.name, i.unit, i.comparator,
                       y.id AS item_year_id, y.target_value, y.actual_value, y.grade, y.note, y.version,
                       y.actual_source,
                       y.derivation_group_id, y.derivation_per_head, y.derivation_addend, y.derivation_remark,
                       p.actual_value AS previous_actual
                FROM item_year y
                JOIN kpi_item i ON i.id = y.item_id
                JOIN business_area a ON a.id = i.area_id
                LEFT JOIN item_year p ON p.item_id = y.item_id AND p.fiscal_year = :prev
                WHERE i.association_id = :a AND y.fiscal_year = :fy
                  AND (i.retired_from IS NULL OR y.fiscal_year < i.retired_from)
                ORDER BY a.display_order, a.id, i.display_order, i.id""")
                .param("a", associationId).param("fy", year.startYear()).param("prev", year.startYear() - 1)
                .query(rs -> {
                    AreaBuilder area = areas.computeIfAbsent(rs.getLong("area_id"), id -> new AreaBuilder(rs));
                    long itemYearId = rs.getLong("item_year_id");
                    ItemUnit unit = ItemUnit.ofLabel(rs.getString("unit"));
                    RoleAssignment r = roles.get(itemYearId);
                    area.rows.add(new TargetRow(rs.getLong("item_id"), itemYearId,
                            rs.getObject("parent_item_id") != null, rs.getString("name"),
                            target(rs, unit), derivations.describe(derivation(rs), unit),
                            rs.getBigDecimal("actual_value"), splits.getOrDefault(itemYearId, Map.of()),
                            rs.getString("grade"), rs.getString("note"),
                            r == null ? null : names.get(r.reviewer().key()),
                            r == null ? null : names.get(r.lead().key()),
                            r == null ? List.of() : r.deputies().stream().map(d -> names.get(d.key())).toList(),
                            progress.get(rs.getLong("item_id")), "COUNTED".equals(rs.getString("actual_source")),
                            rs.getInt("version"), rs.getBigDecimal("previous_actual")));
                });
        return new TargetTable(year, organization.districts(associationId),
                areas.values().stream().map(AreaBuilder::build).toList(),
                Set.copyOf(subItemsAboveParent(associationId, year).keySet()));
    }

    /** The association's business areas in table order, those without items too (imports match them by name). */
    public List<AreaRef> areas(long associationId) {
        return jdbc.sql("SELECT id, name, guideline, sub_heading FROM business_area WHERE association_id = ? ORDER BY display_order, id")
                .param(associationId)
                .query((rs, n) -> new AreaRef(rs.getLong("id"), rs.getString("name"),
                        rs.getObject("guideline", Integer.class), rs.getString("sub_heading")))
                .list();
    }

    /** Every item of the association in table order, for choosing one (rules, imports). */
    public List<ItemRef> items(long associationId) {
        return jdbc.sql("""
                SELECT i.id, a.name AS area_name, i.name, i.parent_item_id, i.unit FROM kpi_item i
                JOIN business_area a ON a.id = i.area_id WHERE i.association_id = ?
                ORDER BY a.display_order, a.id, i.display_order, i.id""")
                .param(associationId)
                .query((rs, n) -> new ItemRef(rs.getLong("id"), rs.getString("area_name"), rs.getString("name"),
                        rs.getObject("parent_item_id", Long.class), ItemUnit.ofLabel(rs.getString("unit"))))
                .list();
    }

    /**
     * うち rows whose actual exceeds their parent's in the year (a part cannot be larger than the
     * whole): the sub-item's item-year id → its parent's item-year id.
     */
    public Map<Long, Long> subItemsAboveParent(long associationId, FiscalYear year) {
        Map<Long, Long> pairs = new HashMap<>();
        jdbc.sql("""
                SELECT cy.id AS sub_id, py.id AS parent_id FROM item_year cy
                JOIN kpi_item c ON c.id = cy.item_id
                JOIN item_year py ON py.item_id = c.parent_item_id AND py.fiscal_year = cy.fiscal_year
                WHERE c.association_id = :a AND cy.fiscal_year = :fy AND cy.actual_value > py.actual_value""")
                .param("a", associationId).param("fy", year.startYear())
                .query(rs -> {
                    pairs.put(rs.getLong("sub_id"), rs.getLong("parent_id"));
                });
        return pairs;
    }

    public Optional<ItemYearDetail> itemYear(long associationId, long itemYearId) {
        return jdbc.sql("""
                SELECT y.id AS item_year_id, i.id AS item_id, i.association_id, a.name AS area_name, i.name,
                       i.parent_item_id, i.unit, i.comparator, y.fiscal_year, y.target_value, y.actual_value,
                       y.grade, y.note, y.version, y.actual_source,
                       y.derivation_group_id, y.derivation_per_head, y.derivation_addend, y.derivation_remark
                FROM item_year y JOIN kpi_item i ON i.id = y.item_id JOIN business_area a ON a.id = i.area_id
                WHERE y.id = :id AND i.association_id = :a""")
                .param("id", itemYearId).param("a", associationId)
                .query((rs, n) -> {
                    FiscalYear year = FiscalYear.of(rs.getInt("fiscal_year"));
                    ItemUnit unit = ItemUnit.ofLabel(rs.getString("unit"));
                    TargetDerivation derivation = derivation(rs);
                    return new ItemYearDetail(itemYearId, rs.getLong("item_id"), rs.getLong("association_id"),
                            rs.getString("area_name"), rs.getString("name"), rs.getObject("parent_item_id") != null,
                            unit, TargetComparator.valueOf(rs.getString("comparator")), year,
                            rs.getBigDecimal("target_value"), derivation,
                            new DerivationTexts(organization, year).describe(derivation, unit),
                            rs.getBigDecimal("actual_value"), "COUNTED".equals(rs.getString("actual_source")),
                            Map.of(), rs.getString("grade"), rs.getString("note"), null, rs.getInt("version"));
                })
                .optional()
                .map(d -> new ItemYearDetail(d.itemYearId(), d.itemId(), d.associationId(), d.areaName(), d.name(),
                        d.subItem(), d.unit(), d.comparator(), d.year(), d.target(), d.derivation(),
                        d.derivationText(), d.actual(), d.actualCounted(), splitOf(itemYearId), d.grade(), d.note(),
                        rolesOf(itemYearId), d.version()));
    }

    /** The item's actual in the year before the item-year's (前年度実績); empty when there is none. */
    public Optional<BigDecimal> previousActual(long associationId, long itemYearId) {
        return jdbc.sql("""
                SELECT p.actual_value FROM item_year y JOIN kpi_item i ON i.id = y.item_id
                JOIN item_year p ON p.item_id = y.item_id AND p.fiscal_year = y.fiscal_year - 1
                WHERE y.id = ? AND i.association_id = ? AND p.actual_value IS NOT NULL""")
                .params(itemYearId, associationId).query(BigDecimal.class).optional();
    }

    /** Roles of one item-year; null only for rows created without roles. */
    public RoleAssignment rolesOf(long itemYearId) {
        return groupRoles(jdbc.sql(ROLE_SQL + " WHERE r.item_year_id = :id ORDER BY r.role, r.position")
                .param("id", itemYearId)).get(itemYearId);
    }

    private Map<Long, BigDecimal> splitOf(long itemYearId) {
        Map<Long, BigDecimal> split = new LinkedHashMap<>();
        jdbc.sql("SELECT district_id, actual_value FROM item_year_district_actual WHERE item_year_id = ?")
                .param(itemYearId)
                .query(rs -> {
                    split.put(rs.getLong("district_id"), rs.getBigDecimal("actual_value"));
                });
        return split;
    }

    private Map<Long, Map<Long, BigDecimal>> districtActuals(long associationId, FiscalYear year) {
        Map<Long, Map<Long, BigDecimal>> splits = new HashMap<>();
        jdbc.sql("""
                SELECT d.item_year_id, d.district_id, d.actual_value FROM item_year_district_actual d
                JOIN item_year y ON y.id = d.item_year_id JOIN kpi_item i ON i.id = y.item_id
                WHERE i.association_id = :a AND y.fiscal_year = :fy""")
                .param("a", associationId).param("fy", year.startYear())
                .query(rs -> {
                    splits.computeIfAbsent(rs.getLong("item_year_id"), k -> new HashMap<>())
                            .put(rs.getLong("district_id"), rs.getBigDecimal("actual_value"));
                });
        return splits;
    }

    private static final String ROLE_SQL = """
            SELECT r.item_year_id, r.role, r.position, r.staff_member_id, r.staff_group_id
            FROM item_year_role r""";

    private Map<Long, RoleAssignment> roles(long associationId, FiscalYear year) {
        return groupRoles(jdbc.sql(ROLE_SQL + """
                 JOIN item_year y ON y.id = r.item_year_id JOIN kpi_item i ON i.id = y.item_id
                WHERE i.association_id = :a AND y.fiscal_year = :fy ORDER BY r.item_year_id, r.role, r.position""")
                .param("a", associationId).param("fy", year.startYear()));
    }

    private static Map<Long, RoleAssignment> groupRoles(JdbcClient.StatementSpec statement) {
        Map<Long, RoleHolder> reviewers = new HashMap<>();
        Map<Long, RoleHolder> leads = new HashMap<>();
        Map<Long, List<RoleHolder>> deputies = new HashMap<>();
        statement.query(rs -> {
            long id = rs.getLong("item_year_id");
            RoleHolder holder = new RoleHolder((Long) rs.getObject("staff_member_id", Long.class),
                    (Long) rs.getObject("staff_group_id", Long.class));
            switch (rs.getString("role")) {
                case "REVIEWER" -> reviewers.put(id, holder);
                case "LEAD" -> leads.put(id, holder);
                default -> deputies.computeIfAbsent(id, k -> new ArrayList<>()).add(holder);
            }
        });
        Map<Long, RoleAssignment> result = new HashMap<>();
        reviewers.forEach((id, reviewer) -> {
            if (leads.containsKey(id)) {
                result.put(id, new RoleAssignment(reviewer, leads.get(id), deputies.get(id)));
            }
        });
        return result;
    }

    private static Target target(ResultSet rs, ItemUnit unit) throws SQLException {
        BigDecimal value = rs.getBigDecimal("target_value");
        return value == null ? null : new Target(value, unit, TargetComparator.valueOf(rs.getString("comparator")));
    }

    static TargetDerivation derivation(ResultSet rs) throws SQLException {
        Long group = rs.getObject("derivation_group_id", Long.class);
        return group == null ? null : new TargetDerivation(group, rs.getBigDecimal("derivation_per_head"),
                rs.getBigDecimal("derivation_addend"), rs.getString("derivation_remark"));
    }

    private static final class AreaBuilder {
        private final long id;
        private final String name;
        private final Integer guideline;
        private final String subHeading;
        private final List<TargetRow> rows = new ArrayList<>();

        AreaBuilder(ResultSet rs) {
            try {
                id = rs.getLong("area_id");
                name = rs.getString("area_name");
                guideline = rs.getObject("guideline", Integer.class);
                subHeading = rs.getString("sub_heading");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        AreaBlock build() {
            return new AreaBlock(id, name, guideline, subHeading, List.copyOf(rows));
        }
    }
}
