package jp.bansou.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.organization.StaffGroup;
import jp.bansou.progress.internal.CheckInSettingStore;
import jp.bansou.progress.internal.CheckInStore;
import jp.bansou.progress.internal.MyItemsStore;
import jp.bansou.shared.FiscalYear;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of check-ins: an item-year's history, a person's items with what waits for them, the settings. */
@Service
@Transactional(readOnly = true)
public class CheckInQueries {

    private final CheckInStore store;
    private final CheckInSettingStore settings;
    private final MyItemsStore myItems;
    private final OrganizationQueries organization;

    CheckInQueries(CheckInStore store, CheckInSettingStore settings, MyItemsStore myItems,
                   OrganizationQueries organization) {
        this.store = store;
        this.settings = settings;
        this.myItems = myItems;
        this.organization = organization;
    }

    /** The item-year's check-ins, newest first (empty for an item-year of another association). */
    public List<CheckIn> history(long associationId, long itemYearId) {
        return store.history(associationId, itemYearId);
    }

    public CheckInSettings settings(long associationId) {
        return settings.overdueDays(associationId).map(CheckInSettings::new).orElseGet(CheckInSettings::defaults);
    }

    /**
     * The items of {@code year} on which the user's staff member is reviewer, lead or deputy, in
     * person or through a group, in table order; a check-in is due where {@code today} falls in the
     * year and no check-in is dated in today's month.
     */
    public MyItems myItems(BansouUser user, FiscalYear year, LocalDate today) {
        if (user.staffMemberId() == null) {
            return new MyItems(year, false, List.of());
        }
        Set<Long> groups = organization.groupIdsOf(user.staffMemberId());
        Map<Long, String> groupNames = new LinkedHashMap<>();
        organization.groups(user.associationId()).forEach((StaffGroup g) -> groupNames.put(g.id(), g.name()));
        Map<Long, List<MyItemsStore.RoleRow>> byItem = new LinkedHashMap<>();
        myItems.roles(user.associationId(), year.startYear(), user.staffMemberId(), groups, today.withDayOfMonth(1),
                today.withDayOfMonth(today.lengthOfMonth()),
                row -> byItem.computeIfAbsent(row.itemYearId(), k -> new ArrayList<>()).add(row));
        boolean yearUnderWay = year.contains(today);
        List<MyItem> items = byItem.values().stream().map(rows -> item(rows, groupNames, yearUnderWay)).toList();
        return new MyItems(year, true, items);
    }

    private static MyItem item(List<MyItemsStore.RoleRow> rows, Map<Long, String> groupNames, boolean yearUnderWay) {
        MyItemsStore.RoleRow first = rows.get(0);
        List<ItemRole> roles = rows.stream().map(r -> new ItemRole(ItemRole.Kind.valueOf(r.role()),
                r.groupId() == null ? null : groupNames.get(r.groupId()))).distinct().toList();
        return new MyItem(first.itemYearId(), first.areaName(), first.name(), first.subItem(), roles, first.awaiting(),
                first.returned(), first.lastAsOf(), yearUnderWay && first.inMonth() == 0);
    }
}
