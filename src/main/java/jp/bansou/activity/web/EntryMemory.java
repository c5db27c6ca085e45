package jp.bansou.activity.web;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.bansou.organization.BansouUser;

/**
 * What the quick entry remembers for the next record, in the user's HTTP session: the date last
 * entered and the staff last chosen. Without it the form starts at today with the user's own staff member.
 */
record EntryMemory(LocalDate date, List<Long> staffIds) implements Serializable {

    private static final String KEY = EntryMemory.class.getName();

    EntryMemory {
        staffIds = List.copyOf(staffIds);
    }

    static EntryMemory of(HttpSession session, BansouUser user, LocalDate today) {
        if (session.getAttribute(KEY) instanceof EntryMemory remembered) {
            return remembered;
        }
        return new EntryMemory(today, user.staffMemberId() == null ? List.of()
                : List.of(user.staffMemberId()));
    }

    void keepIn(HttpSession session) {
        session.setAttribute(KEY, this);
    }

    ActivityForm newForm() {
        ActivityForm form = new ActivityForm();
        form.setDate(date);
        form.setStaffIds(new ArrayList<>(staffIds));
        return form;
    }
}
