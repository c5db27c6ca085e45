package jp.bansou.actuals.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.bansou.activity.CountSpec;
import jp.bansou.activity.Measure;
import jp.bansou.actuals.CountingRule;
import jp.bansou.actuals.HalfYearActuals;
import jp.bansou.shared.FiscalYear;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The actuals module's tables: rules with their kinds and categories, and counted staff splits. */
@Repository
public class RuleStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    RuleStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * Writes the rule if it is still at {@code expectedVersion} (null: the form showed no rule, so there
     * must be none yet); false, changing nothing, if someone saved or removed it meanwhile.
     */
    public boolean save(CountingRule rule, Integer expectedVersion) {
        int written = expectedVersion == null
                ? jdbc.sql("""
                        INSERT INTO actual_rule (item_id, measure, members_only, from_fiscal_year)
                        SELECT ?, ?, ?, ?
                        WHERE NOT EXISTS (SELECT 1 FROM actual_rule WHERE item_id = ?)""")
                        .params(rule.itemId(), rule.spec().measure().name(), rule.spec().membersOnly(),
                                rule.from().startYear(), rule.itemId()).update()
                : jdbc.sql("""
                        UPDATE actual_rule SET measure = ?, members_only = ?, from_fiscal_year = ?, version = version + 1
                        WHERE item_id = ? AND version = ?""")
                        .params(rule.spec().measure().name(), rule.spec().membersOnly(), rule.from().startYear(),
                                rule.itemId(), expectedVersion).update();
        if (written == 0) {
            return false;
        }
        clearCounts(rule.itemId());
        jdbc.sql("DELETE FROM actual_rule_kind WHERE item_id = ?").param(rule.itemId()).update();
        jdbc.sql("DELETE FROM actual_rule_category WHERE item_id = ?").param(rule.itemId()).update();
        rule.spec().kindIds().forEach(k -> jdbc.sql("INSERT INTO actual_rule_kind (item_id, kind_id) VALUES (?, ?)")
                .params(rule.itemId(), k).update());
        rule.spec().categoryIds().forEach(c -> jdbc.sql(
                "INSERT INTO actual_rule_category (item_id, category_id) VALUES (?, ?)").params(rule.itemId(), c).update());
        return true;
    }

    /** The version an edit of the item's rule must quote; empty where the item has no rule. */
    public Optional<Integer> version(long itemId) {
        return jdbc.sql("SELECT version FROM actual_rule WHERE item_id = ?").param(itemId).query(Integer.class)
                .optional();
    }

    private void clearCounts(long itemId) {
        jdbc.sql("DELETE FROM counted_actual_half WHERE item_id = ?").param(itemId).update();
        jdbc.sql("DELETE FROM counted_actual_day WHERE item_id = ?").param(itemId).update();
    }

    public void delete(long itemId) {
        clearCounts(itemId);
        jdbc.sql("DELETE FROM actual_rule_kind WHERE item_id = ?").param(itemId).update();
        jdbc.sql("DELETE FROM actual_rule_category WHERE item_id = ?").param(itemId).update();
        jdbc.sql("DELETE FROM actual_rule WHERE item_id = ?").param(itemId).update();
    }

    /** Every rule of the association's items, with kinds and categories, in three queries. */
    /**
     * Locks the association's rules until the transaction ends, so its recounts run one after another:
     * a recount started later waits and then counts the records the earlier one committed, instead of
     * overwriting its total with a tally that could not see them (a lost count), and the item-year rows
     * are always updated by one recount at a time (no lock timeouts between recounts).
     */
    public void lockForRecount(long associationId) {
        jdbc.sql("""
                SELECT item_id FROM actual_rule WHERE item_id IN (SELECT id FROM kpi_item WHERE association_id = ?)
                ORDER BY item_id FOR UPDATE""").param(associationId).query(Long.class).list();
    }

    public List<CountingRule> rules(long associationId) {
        Map<Long, Set<Long>> kinds = links(associationId, "actual_rule_kind", "kind_id");
        Map<Long, Set<Long>> categories = links(associationId, "actual_rule_category", "category_id");
        return jdbc.sql("""
                SELECT r.item_id, r.measure, r.members_only, r.from_fiscal_year FROM actual_rule r
                JOIN kpi_item i ON i.id = r.item_id WHERE i.association_id = ? ORDER BY r.item_id""")
                .param(associationId)
                .query((rs, n) -> {
                    long item = rs.getLong("item_id");
                    return new CountingRule(item, new CountSpec(Measure.valueOf(rs.getString("measure")),
                            kinds.getOrDefault(item, Set.of()), categories.getOrDefault(item, Set.of()),
                            rs.getBoolean("members_only")), FiscalYear.of(rs.getInt("from_fiscal_year")));
                })
                .list();
    }

    public Optional<CountingRule> rule(long associationId, long itemId) {
        return rules(associationId).stream().filter(r -> r.itemId() == itemId).findFirst();
    }

    public void replaceStaffSplit(long itemId, FiscalYear year, Map<Long, BigDecimal> byStaff) {
        jdbc.sql("DELETE FROM counted_actual_staff WHERE item_id = ? AND fiscal_year = ?")
                .params(itemId, year.startYear()).update();
        byStaff.forEach((staff, amount) -> jdbc.sql("""
                INSERT INTO counted_actual_staff (item_id, fiscal_year, staff_member_id, amount) VALUES (?, ?, ?, ?)""")
                .params(itemId, year.startYear(), staff, amount).update());
    }

    public void replaceHalves(long itemId, FiscalYear year, HalfYearActuals halves) {
        jdbc.sql("DELETE FROM counted_actual_half WHERE item_id = ? AND fiscal_year = ?")
                .params(itemId, year.startYear()).update();
        jdbc.sql("INSERT INTO counted_actual_half (item_id, fiscal_year, first_half, second_half) VALUES (?, ?, ?, ?)")
                .params(itemId, year.startYear(), halves.firstHalf(), halves.secondHalf()).update();
    }

    /** Replaces the item's dated amounts of the year (one batch insert). */
    public void replaceDays(long itemId, FiscalYear year, Map<LocalDate, BigDecimal> days) {
        jdbc.sql("DELETE FROM counted_actual_day WHERE item_id = ? AND fiscal_year = ?")
                .params(itemId, year.startYear()).update();
        List<Object[]> rows = days.entrySet().stream()
                .map(d -> new Object[] {itemId, year.startYear(), d.getKey(), d.getValue()}).toList();
        batch.batchUpdate("INSERT INTO counted_actual_day (item_id, fiscal_year, on_day, amount) VALUES (?, ?, ?, ?)",
                rows);
    }

    /** Item id → the counted actual up to {@code asOf} (included), for the items whose rule counts the year. */
    public Map<Long, BigDecimal> toDate(long associationId, FiscalYear year, LocalDate asOf) {
        Map<Long, BigDecimal> totals = new HashMap<>();
        jdbc.sql("""
                SELECT r.item_id, COALESCE(SUM(d.amount), 0) AS amount
                FROM actual_rule r JOIN kpi_item i ON i.id = r.item_id
                LEFT JOIN counted_actual_day d ON d.item_id = r.item_id AND d.fiscal_year = :fy AND d.on_day <= :asOf
                WHERE i.association_id = :a AND r.from_fiscal_year <= :fy
                GROUP BY r.item_id""")
                .param("a", associationId).param("fy", year.startYear()).param("asOf", asOf)
                .query(rs -> {
                    totals.put(rs.getLong("item_id"), rs.getBigDecimal("amount"));
                });
        return totals;
    }

    /**
     * Item id → month → what the month added to the counted actual, for the items whose rule counts
     * the year (an item counted but without records has an empty map).
     */
    public Map<Long, Map<Month, BigDecimal>> byMonth(long associationId, FiscalYear year) {
        Map<Long, Map<Month, BigDecimal>> months = new HashMap<>();
        jdbc.sql("""
                SELECT r.item_id, CAST(EXTRACT(MONTH FROM d.on_day) AS INT) AS month_value, SUM(d.amount) AS amount
                FROM actual_rule r JOIN kpi_item i ON i.id = r.item_id
                LEFT JOIN counted_actual_day d ON d.item_id = r.item_id AND d.fiscal_year = :fy
                WHERE i.association_id = :a AND r.from_fiscal_year <= :fy
                GROUP BY r.item_id, CAST(EXTRACT(MONTH FROM d.on_day) AS INT)""")
                .param("a", associationId).param("fy", year.startYear())
                .query(rs -> {
                    Map<Month, BigDecimal> item = months.computeIfAbsent(rs.getLong("item_id"),
                            k -> new EnumMap<>(Month.class));
                    if (rs.getObject("month_value") != null) {
                        item.put(Month.of(rs.getInt("month_value")), rs.getBigDecimal("amount"));
                    }
                });
        return months;
    }

    /** Association id → the years with a counted half-year above 0 but no dated amounts of the item. */
    public Map<Long, Set<FiscalYear>> yearsWithoutDays() {
        Map<Long, Set<FiscalYear>> years = new HashMap<>();
        jdbc.sql("""
                SELECT DISTINCT i.association_id, h.fiscal_year FROM counted_actual_half h
                JOIN kpi_item i ON i.id = h.item_id
                WHERE h.first_half + h.second_half > 0 AND NOT EXISTS (SELECT 1 FROM counted_actual_day d
                      WHERE d.item_id = h.item_id AND d.fiscal_year = h.fiscal_year)""")
                .query(rs -> {
                    years.computeIfAbsent(rs.getLong("association_id"), k -> new HashSet<>())
                            .add(FiscalYear.of(rs.getInt("fiscal_year")));
                });
        return years;
    }

    /** Item id → half-year actuals, for the items of the association whose rule counts the year. */
    public Map<Long, HalfYearActuals> halves(long associationId, FiscalYear year) {
        Map<Long, HalfYearActuals> halves = new HashMap<>();
        jdbc.sql("""
                SELECT h.item_id, h.first_half, h.second_half FROM counted_actual_half h
                JOIN actual_rule r ON r.item_id = h.item_id JOIN kpi_item i ON i.id = h.item_id
                WHERE i.association_id = ? AND h.fiscal_year = ? AND r.from_fiscal_year <= h.fiscal_year""")
                .params(associationId, year.startYear())
                .query(rs -> {
                    halves.put(rs.getLong("item_id"),
                            new HalfYearActuals(rs.getBigDecimal("first_half"), rs.getBigDecimal("second_half")));
                });
        return halves;
    }

    public Map<Long, BigDecimal> staffSplit(long itemId, FiscalYear year) {
        Map<Long, BigDecimal> split = new HashMap<>();
        jdbc.sql("SELECT staff_member_id, amount FROM counted_actual_staff WHERE item_id = ? AND fiscal_year = ?")
                .params(itemId, year.startYear())
                .query(rs -> {
                    split.put(rs.getLong("staff_member_id"), rs.getBigDecimal("amount"));
                });
        return split;
    }

    /** Item id → (staff member id → amount) for every counted item of the association in the year. */
    public Map<Long, Map<Long, BigDecimal>> staffSplits(long associationId, FiscalYear year) {
        Map<Long, Map<Long, BigDecimal>> splits = new HashMap<>();
        jdbc.sql("""
                SELECT c.item_id, c.staff_member_id, c.amount FROM counted_actual_staff c
                JOIN kpi_item i ON i.id = c.item_id WHERE i.association_id = ? AND c.fiscal_year = ?""")
                .params(associationId, year.startYear())
                .query(rs -> {
                    splits.computeIfAbsent(rs.getLong("item_id"), k -> new HashMap<>())
                            .put(rs.getLong("staff_member_id"), rs.getBigDecimal("amount"));
                });
        return splits;
    }

    private Map<Long, Set<Long>> links(long associationId, String table, String column) {
        Map<Long, Set<Long>> links = new HashMap<>();
        jdbc.sql("SELECT l.item_id, l." + column + " AS linked FROM " + table + " l JOIN kpi_item i ON i.id = l.item_id"
                        + " WHERE i.association_id = ?")
                .param(associationId)
                .query(rs -> {
                    links.computeIfAbsent(rs.getLong("item_id"), k -> new HashSet<>()).add(rs.getLong("linked"));
                });
        return links;
    }
}
