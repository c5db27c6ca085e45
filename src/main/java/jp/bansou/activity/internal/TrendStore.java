package jp.bansou.activity.internal;

import java.util.List;
import java.util.Optional;
import jp.bansou.activity.BusinessTrend;
import jp.bansou.activity.Trend;
import jp.bansou.shared.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table business_year_trend: one row per business and fiscal year told about. */
@Repository
public class TrendStore {

    private final JdbcClient jdbc;

    TrendStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The business's trends, newest year first; only the business of the association. */
    public List<BusinessTrend> trends(long associationId, long businessId) {
        return jdbc.sql("""
                SELECT t.fiscal_year, t.sales_trend, t.gross_profit_trend FROM business_year_trend t
                JOIN business b ON b.id = t.business_id WHERE b.association_id = ? AND t.business_id = ?
                ORDER BY t.fiscal_year DESC""")
                .params(associationId, businessId)
                .query((rs, n) -> new BusinessTrend(FiscalYear.of(rs.getInt("fiscal_year")),
                        Trend.valueOf(rs.getString("sales_trend").strip()),
                        Trend.valueOf(rs.getString("gross_profit_trend").strip())))
                .list();
    }

    public Optional<BusinessTrend> trend(long associationId, long businessId, FiscalYear year) {
        return trends(associationId, businessId).stream().filter(t -> t.year().equals(year)).findFirst();
    }

    public void save(long businessId, BusinessTrend trend) {
        jdbc.sql("DELETE FROM business_year_trend WHERE business_id = ? AND fiscal_year = ?")
                .params(businessId, trend.year().startYear()).update();
        jdbc.sql("""
                INSERT INTO business_year_trend (business_id, fiscal_year, sales_trend, gross_profit_trend)
                VALUES (?, ?, ?, ?)""")
                .params(businessId, trend.year().startYear(), trend.sales().name(), trend.grossProfit().name())
                .update();
    }

    /** A merged business's trends go to the business kept, for the years the latter has none of its own. */
    public void moveToKept(long kept, long duplicate) {
        jdbc.sql("""
                INSERT INTO business_year_trend (business_id, fiscal_year, sales_trend, gross_profit_trend)
                SELECT :kept, d.fiscal_year, d.sales_trend, d.gross_profit_trend FROM business_year_trend d
                WHERE d.business_id = :dup AND NOT EXISTS (SELECT 1 FROM business_year_trend k
                      WHERE k.business_id = :kept AND k.fiscal_year = d.fiscal_year)""")
                .param("kept", kept).param("dup", duplicate).update();
        jdbc.sql("DELETE FROM business_year_trend WHERE business_id = ?").param(duplicate).update();
    }
}
