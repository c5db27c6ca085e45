package jp.bansou.report.sheetimport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import jp.bansou.organization.District;
import jp.bansou.organization.RoleHolder;
import jp.bansou.organization.StaffGroup;
import jp.bansou.organization.StaffMember;
import jp.bansou.plan.AreaRef;
import jp.bansou.plan.ItemRef;
import jp.bansou.plan.TargetRow;
import jp.bansou.plan.TargetTable;

/**
 * What the import matches a table against, read once through the other modules' APIs: the
 * association's districts, staff and groups, areas and items, the year's table, whether the year
 * is closed, which grades the scale knows and each group's headcount in the year.
 */
record AssociationFacts(String yearLabel, List<District> districts, List<StaffMember> staff, List<StaffGroup> groups,
                        List<AreaRef> areas, List<ItemRef> items, TargetTable year, boolean yearClosed,
                        Predicate<String> gradeKnown, Map<Long, Integer> headcounts) {

    Optional<Long> district(String name) {
        return districts.stream().filter(d -> d.name().equals(name)).map(District::id).findFirst();
    }

    /** A person's name first, then a group's. */
    Optional<RoleHolder> holder(String name) {
        return staff.stream().filter(s -> s.name().equals(name)).map(s -> RoleHolder.person(s.id())).findFirst()
                .or(() -> groups.stream().filter(g -> g.name().equals(name)).map(g -> RoleHolder.group(g.id()))
                        .findFirst());
    }

    Map<String, String> holderNames() {
        Map<String, String> names = new HashMap<>();
        staff.forEach(s -> names.put(RoleHolder.person(s.id()).key(), s.name()));
        groups.forEach(g -> names.put(RoleHolder.group(g.id()).key(), g.name()));
        return names;
    }

    Optional<AreaRef> area(String name) {
        return areas.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    Optional<ItemRef> item(String areaName, String name) {
        return items.stream().filter(i -> i.areaName().equals(areaName) && i.name().equals(name)).findFirst();
    }

    Optional<TargetRow> row(long itemId) {
        return year.areas().stream().flatMap(a -> a.rows().stream()).filter(r -> r.itemId() == itemId).findFirst();
    }
}
