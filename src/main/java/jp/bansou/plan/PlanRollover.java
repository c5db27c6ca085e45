package jp.bansou.plan;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.bansou.audit.AuditAction;
import jp.bansou.audit.AuditEntry;
import jp.bansou.audit.AuditTrail;
import jp.bansou.audit.AuditType;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.plan.NextYearTarget.FiveYearTarget;
import jp.bansou.plan.internal.RolloverStore;
import jp.bansou.plan.internal.RolloverStore.NewItemYear;
import jp.bansou.shared.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan's part of the year-end rollover: next year's item-years with their targets (see
 * {@link NextYearTarget}) and this year's roles, leaving every row of this year as it is. Actuals,
 * grades and notes start empty; this year's actual is next year's 前年度実績 as it stands.
 */
@Service
@Transactional
public class PlanRollover {

    private final JdbcClient jdbc;
    private final RolloverStore store;
    private final FiveYearQueries fiveYear;
    private final OrganizationQueries organization;
    private final AuditTrail audit;

    PlanRollover(JdbcClient jdbc, RolloverStore store, FiveYearQueries fiveYear, OrganizationQueries organization,
                 AuditTrail audit) {
        this.jdbc = jdbc;
        this.store = store;
        this.fiveYear = fiveYear;
        this.organization = organization;
        this.audit = audit;
    }

    /** This year's items, in table order, with the target each would get next year. */
    @Transactional(readOnly = true)
    public List<NextYearItem> preview(long associationId, FiscalYear from) {
        FiscalYear next = from.next();
        boolean planCoversNext = fiveYear.plan(associationId).map(p -> p.covers(next)).orElse(false);
        Map<Long, Integer> headcounts = new HashMap<>();
        return sourceRows(associationId, from).stream().map(r -> {
            int headcount = r.derivation() == null ? 0 : headcounts.computeIfAbsent(r.derivation().groupId(),
                    g -> organization.headcount(g, next));
            return new NextYearItem(r.itemId(), r.areaName(), r.name(), r.subItem(), r.unit(), r.comparator(),
                    r.target(), r.actual(),
                    NextYearTarget.choose(r.target(), r.derivation(), headcount, r.fiveYear(), planCoversNext));
        }).toList();
    }

    private List<SourceRow> sourceRows(long associationId, FiscalYear from) {
        return jdbc.sql("""
                SELECT i.id AS item_id, a.name AS area_name, i.name, i.parent_item_id, i.unit, i.comparator,
                       i.five_year_target, i.five_year_kind, y.target_value, y.actual_value,
                       y.derivation_group_id, y.derivation_per_head, y.derivation_addend, y.derivation_remark
                FROM item_year y JOIN kpi_item i ON i.id = y.item_id JOIN business_area a ON a.id = i.area_id
                WHERE i.association_id = :a AND y.fiscal_year = :fy
                  AND (i.retired_from IS NULL OR i.retired_from > :fy + 1) -- retired by next year: not carried
                ORDER BY a.display_order, a.id, i.display_order, i.id""")
                .param("a", associationId).param("fy", from.startYear())
                .query((rs, n) -> new SourceRow(rs.getLong("item_id"), rs.getString("area_name"), rs.getString("name"),
                        rs.getObject("parent_item_id") != null, ItemUnit.ofLabel(rs.getString("unit")),
                        TargetComparator.valueOf(rs.getString("comparator")), rs.getBigDecimal("target_value"),
                        rs.getBigDecimal("actual_value"), PlanQueries.derivation(rs),
                        FiveYearTarget.ofNullable(rs.getBigDecimal("five_year_target"), rs.getString("five_year_kind"))))
                .list();
    }

    /** True when the year has item-years (a rollover into it is refused). */
    @Transactional(readOnly = true)
    public boolean hasYear(long associationId, FiscalYear year) {
        return store.itemYearCount(associationId, year.startYear()) > 0;
    }

    /**
     * Sets up {@code from}'s next year from {@code from}; refused with {@link YearAlreadySetUpException}
     * when that year has any item-year. Returns the number of items per target source and of roles.
     */
    public PlanCopy copyYear(long associationId, FiscalYear from) {
        FiscalYear to = from.next();
        if (hasYear(associationId, to)) {
            throw new YearAlreadySetUpException(to);
        }
        List<NextYearItem> items = preview(associationId, from);
        store.insertItemYears(to.startYear(), items.stream()
                .map(i -> new NewItemYear(i.itemId(), i.next().value(), i.next().derivation())).toList());
        int roles = store.copyRoles(associationId, from.startYear(), to.startYear());
        Map<TargetSource, Long> bySource = items.stream()
                .collect(Collectors.groupingBy(i -> i.next().source(), Collectors.counting()));
        PlanCopy copy = new PlanCopy(items.size(), bySource, roles);
        audit.record(AuditEntry.of(associationId, AuditType.ITEM_YEAR, AuditAction.CREATE, "rollover:" + to.startYear(),
                to.japaneseLabel() + "の目標管理表（" + from.japaneseLabel() + "から年度繰越）")
                .changing(null, copy.describe()));
        return copy;
    }

    private record SourceRow(long itemId, String areaName, String name, boolean subItem, ItemUnit unit,
                             TargetComparator comparator, BigDecimal target, BigDecimal actual,
                             TargetDerivation derivation, FiveYearTarget fiveYear) {
    }

    /** What the plan's part of a rollover created. */
    public record PlanCopy(int items, Map<TargetSource, Long> bySource, int roles) {

        public PlanCopy {
            bySource = Map.copyOf(bySource);
        }

        public long from(TargetSource source) {
            return bySource.getOrDefault(source, 0L);
        }

        /** 項目 60件（5か年計画 1件、人数から算出 5件、前年度から引継ぎ 50件、目標なし 4件）; 担当 150件. */
        public String describe() {
            return "項目 " + items + "件（5か年計画 " + from(TargetSource.FIVE_YEAR_PLAN) + "件、人数から算出 "
                    + from(TargetSource.DERIVED) + "件、前年度から引継ぎ " + from(TargetSource.CARRIED_OVER)
                    + "件、目標なし " + from(TargetSource.NONE) + "件）; 担当 " + roles + "件";
        }
    }
}
