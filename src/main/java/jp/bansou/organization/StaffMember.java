package jp.bansou.organization;

import java.time.LocalDate;

/** A person on the association's staff; start and end dates bound when they count in a headcount. */
public record StaffMember(long id, String name, StaffKind kind, LocalDate startDate, LocalDate endDate) {

    /** In post on the given day (open-ended dates count as always). */
    public boolean inPostOn(LocalDate day) {
        return (startDate == null || !startDate.isAfter(day)) && (endDate == null || !endDate.isBefore(day));
    }
}
