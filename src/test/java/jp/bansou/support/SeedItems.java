package jp.bansou.support;

import jp.bansou.organization.District;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.plan.AreaBlock;
import jp.bansou.plan.ItemYearDetail;
import jp.bansou.plan.PlanQueries;
import jp.bansou.plan.TargetRow;
import jp.bansou.shared.FiscalYear;

/** Finds the seed association's items, areas and districts by the names the sheet uses, never by fixed ids. */
public final class SeedItems {

    public static final FiscalYear FY2021 = FiscalYear.of(2021);
    public static final FiscalYear FY2022 = FiscalYear.of(2022);

    private final PlanQueries plan;
    private final OrganizationQueries organization;

    public SeedItems(PlanQueries plan, OrganizationQueries organization) {
        this.plan = plan;
        this.organization = organization;
    }

    public long associationId() {
        return organization.associationIdByCode("kure-koiki").orElseThrow();
    }

    public TargetRow row(String name, FiscalYear year) {
        return plan.targetTable(associationId(), year).areas().stream().flatMap(a -> a.rows().stream())
                .filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + name + " in " + year));
    }

    public AreaBlock area(String name, FiscalYear year) {
        return plan.targetTable(associationId(), year).areas().stream().filter(a -> a.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no area " + name + " in " + year));
    }

    public long itemYearId(String name, FiscalYear year) {
        return row(name, year).itemYearId();
    }

    /** The item-year as stored now, read back through the plan's query. */
    public ItemYearDetail detail(long itemYearId) {
        return plan.itemYear(associationId(), itemYearId).orElseThrow();
    }

    public long districtId(String name) {
        return organization.districts(associationId()).stream().filter(d -> d.name().equals(name))
                .map(District::id).findFirst().orElseThrow(() -> new AssertionError("no district " + name));
    }
}
