package jp.bansou.membership;

import java.util.Optional;
import jp.bansou.shared.Percentage;

/**
 * One district's members in a year and the year before; the difference is this year minus last
 * (音戸 186 − 185 = +1) and the share is of this year's total, to 0.1% (186 / 1,146 = 16.2%).
 */
public record DistrictMembers(long districtId, String district, Integer members, Integer previousMembers,
                              long totalMembers) {

    public Optional<Integer> difference() {
        return members == null || previousMembers == null ? Optional.empty()
                : Optional.of(members - previousMembers);
    }

    /** +1, −6, 0; empty when a year is missing. */
    public String differenceText() {
        return difference().map(MembersTable::signed).orElse("");
    }

    public String shareText() {
        return share().map(Percentage::format).orElse("");
    }

    public Optional<Percentage> share() {
        return members == null ? Optional.empty() : Percentage.of(members, totalMembers, 1);
    }
}
