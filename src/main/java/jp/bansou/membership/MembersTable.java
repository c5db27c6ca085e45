package jp.bansou.membership;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.bansou.shared.FiscalYear;
import jp.bansou.shared.Percentage;

/**
 * Members by district for a year beside the year before, with the businesses in the area: the
 * organisation rate is members ÷ businesses, to 0.1% (1,146 / 1,899 = 60.3%).
 */
public record MembersTable(FiscalYear year, List<DistrictMembers> districts, long totalMembers,
                           Long previousTotalMembers, Integer businesses, Integer smallBusinesses) {

    public FiscalYear previousYear() {
        return year.previous();
    }

    /** This year's total minus last year's (1,146 − 1,164 = −18). */
    public Optional<Long> difference() {
        return previousTotalMembers == null ? Optional.empty() : Optional.of(totalMembers - previousTotalMembers);
    }

    public String differenceText() {
        return difference().map(MembersTable::signed).orElse("");
    }

    public String organisationRateText() {
        return organisationRate().map(Percentage::format).orElse("");
    }

    public String smallBusinessRateText() {
        return smallBusinessRate().map(Percentage::format).orElse("");
    }

    /** A difference with its sign: +11, -18 (ASCII minus, as the sheet prints it), 0. */
    static String signed(long value) {
        String number = String.format(Locale.ROOT, "%,d", Math.abs(value));
        return value > 0 ? "+" + number : value < 0 ? "-" + number : "0";
    }

    public Optional<Percentage> organisationRate() {
        return businesses == null ? Optional.empty() : Percentage.of(totalMembers, businesses, 1);
    }

    public Optional<Percentage> smallBusinessRate() {
        return smallBusinesses == null ? Optional.empty() : Percentage.of(totalMembers, smallBusinesses, 1);
    }
}
