package jp.bansou.progress.internal;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which item-years of a year have had their falling behind alerted (and not recovered since). */
@Repository
public class BehindAlertStore {

    private final JdbcClient jdbc;

    BehindAlertStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Set<Long> alerted(long associationId, int fiscalYear) {
        return new HashSet<>(jdbc.sql("""
                SELECT a.item_year_id FROM pace_behind_alert a
                JOIN item_year y ON y.id = a.item_year_id JOIN kpi_item i ON i.id = y.item_id
                WHERE i.association_id = ? AND y.fiscal_year = ?""")
                .params(associationId, fiscalYear).query(Long.class).list());
    }

    public void markAlerted(long itemYearId, LocalDateTime at) {
        jdbc.sql("INSERT INTO pace_behind_alert (item_year_id, alerted_at) VALUES (?, ?)").params(itemYearId, at)
                .update();
    }

    /** Forgets the alerts of the item-years that recovered, so falling behind again alerts again. */
    public void recovered(Collection<Long> itemYearIds) {
        if (!itemYearIds.isEmpty()) {
            jdbc.sql("DELETE FROM pace_behind_alert WHERE item_year_id IN (:ids)").param("ids", List.copyOf(itemYearIds))
                    .update();
        }
    }
}
