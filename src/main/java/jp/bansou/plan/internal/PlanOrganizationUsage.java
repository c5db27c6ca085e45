package jp.bansou.plan.internal;

import java.util.List;
import jp.bansou.organization.OrganizationUsage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The item-years whose district split or roles name a district or a staff member, for confirmation pages. */
@Component
class PlanOrganizationUsage implements OrganizationUsage {

    private final JdbcClient jdbc;

    PlanOrganizationUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> ofDistrict(long districtId) {
        return line("地区別実績のある項目", "SELECT COUNT(*) FROM item_year_district_actual WHERE district_id = ?",
                districtId);
    }

    @Override
    public List<String> ofStaffMember(long staffMemberId) {
        return line("担当している項目", "SELECT COUNT(*) FROM item_year_role WHERE staff_member_id = ?", staffMemberId);
    }

    private List<String> line(String what, String sql, long id) {
        long count = jdbc.sql(sql).param(id).query(Long.class).single();
        return count == 0 ? List.of() : List.of(what + " " + count + "件");
    }
}
