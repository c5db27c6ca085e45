package jp.bansou.actuals.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import jp.bansou.organization.StaffMember;
import jp.bansou.plan.Target;

/** One staff member's part of a counted actual, in staff order. */
record StaffShare(long staffId, String name, String amount) {

    static List<StaffShare> of(Map<Long, BigDecimal> split, List<StaffMember> staff) {
        return staff.stream().filter(s -> split.containsKey(s.id()))
                .map(s -> new StaffShare(s.id(), s.name(), Target.formatNumber(split.get(s.id())))).toList();
    }
}
