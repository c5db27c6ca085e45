package jp.bansou.plan;

import java.util.HashMap;
import java.util.Map;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.shared.FiscalYear;

/** Describes derivations for one fiscal year, asking each group's name and headcount once. */
final class DerivationTexts {

    private final OrganizationQueries organization;
    private final FiscalYear year;
    private final Map<Long, Integer> headcounts = new HashMap<>();
    private final Map<Long, String> names = new HashMap<>();

    DerivationTexts(OrganizationQueries organization, FiscalYear year) {
        this.organization = organization;
        this.year = year;
    }

    String describe(TargetDerivation derivation, ItemUnit unit) {
        if (derivation == null) {
            return null;
        }
        int headcount = headcounts.computeIfAbsent(derivation.groupId(), g -> organization.headcount(g, year));
        return derivation.describe(groupName(derivation.groupId()), headcount, unit);
    }

    private String groupName(long groupId) {
        return names.computeIfAbsent(groupId, organization::groupName);
    }
}
