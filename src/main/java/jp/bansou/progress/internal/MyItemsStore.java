package jp.bansou.progress.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The items of a fiscal year on which a person holds a role (in person or through one of their
 * groups), each role a row, with the counts of the item-year's check-ins beside it: one query.
 */
@Repository
public class MyItemsStore {

    /** One role of the person on one item-year, with its check-in counts; {@code groupId} null when held in person. */
    public record RoleRow(long itemYearId, String areaName, String name, boolean subItem, String role, Long groupId,
                          int awaiting, int returned, LocalDate lastAsOf, int inMonth) {
    }

    private final JdbcClient jdbc;

    MyItemsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Role rows in table order. A returned check-in counts until a newer check-in on the item-year
     * answers it; {@code inMonth} counts check-ins dated within [{@code monthStart}, {@code monthEnd}].
     */
    public void roles(long associationId, int fiscalYear, long staffMemberId, Collection<Long> groupIds,
                      LocalDate monthStart, LocalDate monthEnd, Consumer<RoleRow> rows) {
        List<Long> groups = groupIds.isEmpty() ? List.of(-1L) : new ArrayList<>(groupIds);
        jdbc.sql("""
                SELECT y.id AS item_year_id, a.name AS area_name, i.name, i.parent_item_id, r.role, r.staff_group_id,
                       COALESCE(c.awaiting, 0) AS awaiting, COALESCE(c.returned, 0) AS returned, c.last_as_of,
                       COALESCE(c.in_month, 0) AS in_month
                FROM item_year_role r
                JOIN item_year y ON y.id = r.item_year_id
                JOIN kpi_item i ON i.id = y.item_id
                JOIN business_area a ON a.id = i.area_id
                LEFT JOIN (SELECT k.item_year_id,
                                  SUM(CASE WHEN k.state = 'AWAITING' THEN 1 ELSE 0 END) AS awaiting,
                                  SUM(CASE WHEN k.state = 'RETURNED' AND NOT EXISTS (SELECT 1 FROM check_in n
                                        WHERE n.item_year_id = k.item_year_id AND n.id > k.id) THEN 1 ELSE 0 END) AS returned,
                                  MAX(k.as_of) AS last_as_of,
                                  SUM(CASE WHEN k.as_of BETWEEN :from AND :to THEN 1 ELSE 0 END) AS in_month
                           FROM check_in k JOIN item_year ky ON ky.id = k.item_year_id
                           WHERE ky.fiscal_year = :fy
                           GROUP BY k.item_year_id) c ON c.item_year_id = y.id
                WHERE i.association_id = :a AND y.fiscal_year = :fy
                  AND (r.staff_member_id = :staff OR r.staff_group_id IN (:groups))
                ORDER BY a.display_order, a.id, i.display_order, i.id, r.role DESC, r.position""")
                .params(Map.of("a", associationId, "fy", fiscalYear, "staff", staffMemberId, "groups", groups,
                        "from", monthStart, "to", monthEnd))
                .query(rs -> {
                    rows.accept(new RoleRow(rs.getLong("item_year_id"), rs.getString("area_name"), rs.getString("name"),
                            rs.getObject("parent_item_id") != null, rs.getString("role"),
                            rs.getObject("staff_group_id", Long.class), rs.getInt("awaiting"), rs.getInt("returned"),
                            rs.getObject("last_as_of", LocalDate.class), rs.getInt("in_month")));
                });
    }
}
