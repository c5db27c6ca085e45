package jp.bansou.organization;

import java.util.List;

/**
 * Implemented by modules that keep records pointing at the organization, so a confirmation page
 * can say what stays attached before a district is retired, a person leaves a group or a login is
 * deactivated ("活動記録 120件"). Each line is a short Japanese phrase; none means nothing of theirs.
 */
public interface OrganizationUsage {

    default List<String> ofDistrict(long districtId) {
        return List.of();
    }

    default List<String> ofStaffMember(long staffMemberId) {
        return List.of();
    }

    default List<String> ofUser(long userId) {
        return List.of();
    }
}
