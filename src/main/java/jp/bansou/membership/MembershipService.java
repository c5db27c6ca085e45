package jp.bansou.membership;

import java.util.Map;
import jp.bansou.shared.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records a year's member counts per district and the area's business counts. */
@Service
@Transactional
public class MembershipService {

    private final JdbcClient jdbc;

    MembershipService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the year's counts with {@code membersByDistrict} (district id → members). */
    public void recordMembers(long associationId, FiscalYear year, Map<Long, Integer> membersByDistrict) {
        jdbc.sql("DELETE FROM member_count WHERE association_id = ? AND fiscal_year = ?")
                .params(associationId, year.startYear()).update();
        membersByDistrict.forEach((district, members) -> jdbc.sql("""
                INSERT INTO member_count (association_id, fiscal_year, district_id, members)
                SELECT d.association_id, ?, d.id, ? FROM district d WHERE d.id = ? AND d.association_id = ?""")
                .params(year.startYear(), members, district, associationId).update());
    }

    public void recordBusinessCounts(long associationId, FiscalYear year, int businesses, int smallBusinesses) {
        jdbc.sql("DELETE FROM area_business_count WHERE association_id = ? AND fiscal_year = ?")
                .params(associationId, year.startYear()).update();
        jdbc.sql("""
                INSERT INTO area_business_count (association_id, fiscal_year, businesses, small_businesses)
                VALUES (?, ?, ?, ?)""").params(associationId, year.startYear(), businesses, smallBusinesses).update();
    }
}
