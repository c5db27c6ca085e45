package jp.bansou.progress;

import java.time.LocalDate;
import java.util.List;

/**
 * One item of a person's "my items" list with their roles on it and the state of its check-ins:
 * how many await confirmation, how many were returned and not yet answered by a newer check-in, the
 * latest date checked in for, and whether a check-in for the current month is missing ({@code
 * checkInDue}: only in the fiscal year under way, only where the person leads or deputises).
 *
 * <p>What waits for the person: as reviewer, check-ins awaiting confirmation; as lead or deputy,
 * returned check-ins and the month's missing check-in.
 */
public record MyItem(long itemYearId, String areaName, String name, boolean subItem, List<ItemRole> roles,
                     int awaiting, int returned, LocalDate lastAsOf, boolean checkInDue) {

    public MyItem {
        roles = List.copyOf(roles);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("担当項目には役割が必要です");
        }
    }

    public boolean reviewer() {
        return roles.stream().anyMatch(r -> !r.leadOrDeputy());
    }

    public boolean leadOrDeputy() {
        return roles.stream().anyMatch(ItemRole::leadOrDeputy);
    }

    /** Check-ins waiting for this person's confirmation. */
    public int awaitingMyConfirmation() {
        return reviewer() ? awaiting : 0;
    }

    /** Returned check-ins this person (as lead or deputy) should answer. */
    public int returnedToMe() {
        return leadOrDeputy() ? returned : 0;
    }

    public boolean needsCheckIn() {
        return leadOrDeputy() && checkInDue;
    }

    public boolean waitsForMe() {
        return awaitingMyConfirmation() > 0 || returnedToMe() > 0 || needsCheckIn();
    }
}
