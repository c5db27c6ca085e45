package jp.bansou.activity.web;

import java.util.List;
import java.util.Optional;
import jp.bansou.activity.ActivityKind;
import jp.bansou.activity.SupportCategory;
import jp.bansou.organization.District;
import jp.bansou.organization.StaffMember;
import org.springframework.validation.Errors;

/**
 * The choices the quick entry offers, all of the user's association; ids posted from elsewhere
 * (another association's, or made up) are refused next to their field.
 */
record EntryOptions(List<ActivityKind> kinds, List<District> districts, List<StaffMember> staff,
                    List<SupportCategory> categories) {

    Optional<ActivityKind> kind(Long id) {
        return kinds.stream().filter(k -> id != null && k.id() == id).findFirst();
    }

    void check(ActivityForm form, Errors errors) {
        if (form.getKindId() != null && kind(form.getKindId()).isEmpty()) {
            errors.rejectValue("kindId", "activity.validation.unknownChoice");
        }
        if (form.getDistrictId() != null && districts.stream().noneMatch(d -> d.id() == form.getDistrictId())) {
            errors.rejectValue("districtId", "activity.validation.unknownChoice");
        }
        if (!form.getStaffIds().stream().allMatch(id -> staff.stream().anyMatch(s -> s.id() == id))) {
            errors.rejectValue("staffIds", "activity.validation.unknownChoice");
        }
        if (!form.getCategoryIds().stream().allMatch(id -> categories.stream().anyMatch(c -> c.id() == id))) {
            errors.rejectValue("categoryIds", "activity.validation.unknownChoice");
        }
    }
}
