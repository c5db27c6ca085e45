package jp.bansou.plan;

import java.util.List;
import jp.bansou.shared.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads for the data checks: the item-years of a year that break a rule of the plan, each rule one
 * set-based statement, in table order (area, then item).
 */
@Service
@Transactional(readOnly = true)
public class PlanConsistencyQueries {

    private static final String TABLE_ORDER = " ORDER BY a.display_order, a.id, i.display_order, i.id";

    private final JdbcClient jdbc;

    PlanConsistencyQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Item-years of the year without a reviewer (確認者) or without a lead (主担当). */
    public List<RoleGap> roleGaps(long associationId, FiscalYear year) {
        return jdbc.sql("""
                SELECT x.id, x.name, x.reviewers, x.leads FROM (
                  SELECT y.id, i.name, a.display_order AS area_order, a.id AS area_id, i.display_order, i.id AS item_id,
                         (SELECT COUNT(*) FROM item_year_role r WHERE r.item_year_id = y.id AND r.role = 'REVIEWER')
                           AS reviewers,
                         (SELECT COUNT(*) FROM item_year_role r WHERE r.item_year_id = y.id AND r.role = 'LEAD') AS leads
                  FROM item_year y JOIN kpi_item i ON i.id = y.item_id JOIN business_area a ON a.id = i.area_id
                  WHERE i.association_id = :a AND y.fiscal_year = :fy
                ) x WHERE x.reviewers = 0 OR x.leads = 0
                ORDER BY x.area_order, x.area_id, x.display_order, x.item_id""")
                .param("a", associationId).param("fy", year.startYear())
                .query((rs, n) -> new RoleGap(rs.getLong("id"), rs.getString("name"), rs.getInt("reviewers") == 0,
                        rs.getInt("leads") == 0))
                .list();
    }

    /**
     * Item-years of the year whose district split does not add up to the actual, or that have a
     * split (not all zero) but no actual.
     */
    public List<SplitMismatch> splitMismatches(long associationId, FiscalYear year) {
        return jdbc.sql("""
                SELECT y.id, i.name, y.actual_value, s.total
                FROM item_year y JOIN kpi_item i ON i.id = y.item_id JOIN business_area a ON a.id = i.area_id
                JOIN (SELECT d.item_year_id, SUM(d.actual_value) AS total FROM item_year_district_actual d
                      GROUP BY d.item_year_id) s ON s.item_year_id = y.id
                WHERE i.association_id = :a AND y.fiscal_year = :fy
                  AND ((y.actual_value IS NULL AND s.total <> 0) OR y.actual_value <> s.total)""" + TABLE_ORDER)
                .param("a", associationId).param("fy", year.startYear())
                .query((rs, n) -> new SplitMismatch(rs.getLong("id"), rs.getString("name"),
                        rs.getBigDecimal("actual_value"), rs.getBigDecimal("total")))
                .list();
    }

    /** うち rows of the year whose actual exceeds their parent's (see {@link PlanQueries#subItemsAboveParent}). */
    public List<SubItemExcess> subItemExcesses(long associationId, FiscalYear year) {
        return jdbc.sql("""
                SELECT y.id, i.name, y.actual_value, py.id AS parent_id, p.name AS parent_name,
                       py.actual_value AS parent_actual
                FROM item_year y JOIN kpi_item i ON i.id = y.item_id JOIN business_area a ON a.id = i.area_id
                JOIN kpi_item p ON p.id = i.parent_item_id
                JOIN item_year py ON py.item_id = p.id AND py.fiscal_year = y.fiscal_year
                WHERE i.association_id = :a AND y.fiscal_year = :fy AND y.actual_value > py.actual_value""" + TABLE_ORDER)
                .param("a", associationId).param("fy", year.startYear())
                .query((rs, n) -> new SubItemExcess(rs.getLong("id"), rs.getString("name"),
                        rs.getBigDecimal("actual_value"), rs.getLong("parent_id"), rs.getString("parent_name"),
                        rs.getBigDecimal("parent_actual")))
                .list();
    }

    /**
     * Items without a target in the year: a row without a target, or no row at all where the year
     * falls within one of the association's five-year plans (outside them no target is expected).
     */
    public List<TargetGap> targetGaps(long associationId, FiscalYear year) {
        return jdbc.sql("""
                SELECT i.id AS item_id, i.name, y.id AS item_year_id,
                       (SELECT l.id FROM item_year l WHERE l.item_id = i.id AND l.fiscal_year =
                          (SELECT MAX(m.fiscal_year) FROM item_year m WHERE m.item_id = i.id)) AS latest_id
                FROM kpi_item i JOIN business_area a ON a.id = i.area_id
                LEFT JOIN item_year y ON y.item_id = i.id AND y.fiscal_year = :fy
                WHERE i.association_id = :a AND y.target_value IS NULL
                  AND (y.id IS NOT NULL OR EXISTS (SELECT 1 FROM five_year_plan p WHERE p.association_id = :a
                       AND :fy BETWEEN p.first_fiscal_year AND p.last_fiscal_year))""" + TABLE_ORDER)
                .param("a", associationId).param("fy", year.startYear())
                .query((rs, n) -> new TargetGap(rs.getLong("item_id"), rs.getString("name"),
                        rs.getObject("item_year_id", Long.class), rs.getObject("latest_id", Long.class)))
                .list();
    }
}
