package jp.bansou.activity.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import jp.bansou.activity.ActivityKind;
import jp.bansou.activity.ActivityQueries;
import jp.bansou.activity.ImportMapping;
import jp.bansou.organization.District;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.organization.StaffMember;
import jp.bansou.period.ClosedCalendar;
import jp.bansou.period.ClosedPeriod;

/**
 * The association's kinds, categories, staff and districts by folded name, loaded once per pass,
 * with the mapping's readings of staff and district names laid over them, and its closed periods
 * (a row dated in one refuses the file).
 */
public final class Lookups {

    private final Map<String, ActivityKind> kinds;
    private final Map<String, Long> categories;
    private final Map<String, Long> staff;
    private final Map<String, Long> districts;
    private final ClosedCalendar closed;

    private Lookups(Map<String, ActivityKind> kinds, Map<String, Long> categories, Map<String, Long> staff,
                    Map<String, Long> districts, ClosedCalendar closed) {
        this.kinds = kinds;
        this.categories = categories;
        this.staff = staff;
        this.districts = districts;
        this.closed = closed;
    }

    /** Loads the lists; a reading that points at no registered name is added to {@code problems}. */
    public static Lookups load(long associationId, ActivityQueries activities, OrganizationQueries organization,
                               ImportMapping mapping, ClosedCalendar closed, List<String> problems) {
        Map<String, Long> staff = byName(organization.staffMembers(associationId), StaffMember::name, StaffMember::id);
        Map<String, Long> districts = byName(organization.districts(associationId), District::name, District::id);
        alias(staff, mapping.staffNames(), "職員", problems);
        alias(districts, mapping.districtNames(), "地区", problems);
        return new Lookups(byName(activities.kinds(associationId), ActivityKind::name, k -> k),
                byName(activities.categories(associationId), c -> c.name(), c -> c.id()), staff, districts, closed);
    }

    /** The closed period the date falls in, if any. */
    public Optional<ClosedPeriod> closedPeriod(java.time.LocalDate date) {
        return closed.containing(date);
    }

    public Optional<ActivityKind> kind(String name) {
        return Optional.ofNullable(kinds.get(ImportMapping.fold(name)));
    }

    public Optional<Long> category(String name) {
        return Optional.ofNullable(categories.get(ImportMapping.fold(name)));
    }

    public Optional<Long> staff(String name) {
        return Optional.ofNullable(staff.get(ImportMapping.fold(name)));
    }

    public Optional<Long> district(String name) {
        return Optional.ofNullable(districts.get(ImportMapping.fold(name)));
    }

    private static <T, V> Map<String, V> byName(List<T> items, Function<T, String> name, Function<T, V> value) {
        Map<String, V> map = new HashMap<>();
        items.forEach(item -> map.putIfAbsent(ImportMapping.fold(name.apply(item)), value.apply(item)));
        return map;
    }

    private static void alias(Map<String, Long> ids, Map<String, String> readings, String what, List<String> problems) {
        readings.forEach((fileName, registered) -> {
            Long id = ids.get(ImportMapping.fold(registered));
            if (id == null) {
                problems.add(what + "の読み替え「" + fileName + "」→「" + registered + "」: " + what + "「" + registered
                        + "」は登録されていません");
            } else {
                ids.put(ImportMapping.fold(fileName), id);
            }
        });
    }
}
