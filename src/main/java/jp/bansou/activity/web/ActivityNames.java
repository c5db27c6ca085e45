package jp.bansou.activity.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.bansou.activity.ActivityFilter;
import jp.bansou.activity.ActivityKind;
import jp.bansou.activity.ActivityQueries;
import jp.bansou.activity.SupportCategory;
import jp.bansou.organization.District;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.organization.StaffMember;
import jp.bansou.shared.FiscalYear;

/**
 * The association's kinds, districts, staff and categories by name, as the API names them; an
 * unknown name adds a Japanese reason to {@code problems} and resolves to null.
 */
record ActivityNames(Map<String, ActivityKind> kinds, Map<String, Long> districts, Map<String, Long> staff,
                     Map<String, Long> categories) {

    static ActivityNames of(long associationId, ActivityQueries queries, OrganizationQueries organization) {
        return new ActivityNames(
                queries.kinds(associationId).stream().collect(Collectors.toMap(ActivityKind::name, Function.identity())),
                organization.districts(associationId).stream().collect(Collectors.toMap(District::name, District::id)),
                organization.staffMembers(associationId).stream()
                        .collect(Collectors.toMap(StaffMember::name, StaffMember::id, (a, b) -> a)),
                queries.categories(associationId).stream()
                        .collect(Collectors.toMap(SupportCategory::name, SupportCategory::id)));
    }

    ActivityKind kind(String name, List<String> problems) {
        return find(kinds, name, "種類", problems);
    }

    Long district(String name, List<String> problems) {
        return find(districts, name, "地区", problems);
    }

    Long staffMember(String name, List<String> problems) {
        return find(staff, name, "担当者", problems);
    }

    Long category(String name, List<String> problems) {
        return find(categories, name, "支援区分", problems);
    }

    /** The list filter the names describe; a blank name does not filter, an unknown one is a problem. */
    ActivityFilter filter(FiscalYear year, String district, String staff, String kind, String category,
                          List<String> problems) {
        ActivityKind kindFound = kind(kind, problems);
        return new ActivityFilter(year, null, district(district, problems), staffMember(staff, problems),
                kindFound == null ? null : kindFound.id(), category(category, problems), null);
    }

    Set<Long> staffIds(List<String> names, List<String> problems) {
        return ids(names, n -> staffMember(n, problems));
    }

    Set<Long> categoryIds(List<String> names, List<String> problems) {
        return ids(names, n -> category(n, problems));
    }

    private static Set<Long> ids(List<String> names, Function<String, Long> resolve) {
        Set<Long> ids = new HashSet<>();
        for (String name : names == null ? new ArrayList<String>() : names) {
            Long id = resolve.apply(name);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static <T> T find(Map<String, T> byName, String name, String what, List<String> problems) {
        if (name == null || name.isBlank()) {
            return null;
        }
        T found = byName.get(name.strip());
        if (found == null) {
            problems.add(what + "「" + name.strip() + "」は登録されていません");
        }
        return found;
    }
}
