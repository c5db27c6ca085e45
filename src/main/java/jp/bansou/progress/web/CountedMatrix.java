package jp.bansou.progress.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import jp.bansou.organization.District;
import jp.bansou.organization.StaffMember;
import jp.bansou.plan.Target;
import jp.bansou.plan.TargetRow;

/**
 * Counted actuals of the year so far, one row per counted item and one column per district or
 * staff member, as the actuals module keeps them (recounted whenever records change).
 */
record CountedMatrix(List<String> columns, List<Line> lines) {

    record Line(long itemYearId, String name, String total, List<String> values) {
    }

    static CountedMatrix byDistrict(List<TargetRow> rows, List<District> districts) {
        return new CountedMatrix(districts.stream().map(District::name).toList(), rows.stream()
                .filter(TargetRow::actualCounted)
                .map(r -> new Line(r.itemYearId(), r.name(), r.actualText(),
                        districts.stream().map(d -> r.districtText(d.id())).toList()))
                .toList());
    }

    static CountedMatrix byStaff(List<TargetRow> rows, List<StaffMember> staff, Map<Long, Map<Long, BigDecimal>> splits) {
        return new CountedMatrix(staff.stream().map(StaffMember::name).toList(), rows.stream()
                .filter(r -> splits.containsKey(r.itemId()))
                .map(r -> new Line(r.itemYearId(), r.name(), r.actualText(), staff.stream()
                        .map(s -> text(splits.get(r.itemId()).get(s.id()))).toList()))
                .toList());
    }

    private static String text(BigDecimal value) {
        return value == null ? "" : Target.formatNumber(value);
    }
}
