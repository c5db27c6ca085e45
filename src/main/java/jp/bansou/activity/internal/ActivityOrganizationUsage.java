package jp.bansou.activity.internal;

import java.util.ArrayList;
import java.util.List;
import jp.bansou.organization.OrganizationUsage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What of the activity module stays attached to a district or a staff member, for confirmation pages. */
@Component
class ActivityOrganizationUsage implements OrganizationUsage {

    private final JdbcClient jdbc;

    ActivityOrganizationUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> ofDistrict(long districtId) {
        List<String> lines = new ArrayList<>();
        line(lines, "事業所", count("SELECT COUNT(*) FROM business WHERE district_id = ?", districtId));
        line(lines, "活動記録", count("SELECT COUNT(*) FROM activity_record WHERE district_id = ?", districtId));
        return lines;
    }

    @Override
    public List<String> ofStaffMember(long staffMemberId) {
        List<String> lines = new ArrayList<>();
        line(lines, "活動記録", count("SELECT COUNT(*) FROM activity_staff WHERE staff_member_id = ?", staffMemberId));
        return lines;
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }

    private static void line(List<String> lines, String what, long count) {
        if (count > 0) {
            lines.add(what + " " + count + "件");
        }
    }
}
