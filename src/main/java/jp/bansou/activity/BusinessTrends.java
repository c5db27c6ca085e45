package jp.bansou.activity;

import java.util.List;
import jp.bansou.activity.internal.TrendStore;
import jp.bansou.audit.AuditAction;
import jp.bansou.audit.AuditEntry;
import jp.bansou.audit.AuditTrail;
import jp.bansou.audit.AuditType;
import jp.bansou.audit.FieldChanges;
import jp.bansou.shared.FiscalYear;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sales and gross-profit trend of a business per fiscal year, which the national report counts
 * among the businesses followed up. A year never told about is unknown. Every change is audited.
 */
@Service
@Transactional
public class BusinessTrends {

    private final TrendStore store;
    private final BusinessQueries businesses;
    private final AuditTrail audit;

    BusinessTrends(TrendStore store, BusinessQueries businesses, AuditTrail audit) {
        this.store = store;
        this.businesses = businesses;
        this.audit = audit;
    }

    /** The years told about, newest first. */
    @Transactional(readOnly = true)
    public List<BusinessTrend> trends(long associationId, long businessId) {
        return store.trends(associationId, businessId);
    }

    @Transactional(readOnly = true)
    public BusinessTrend trend(long associationId, long businessId, FiscalYear year) {
        return store.trend(associationId, businessId, year).orElse(BusinessTrend.unknown(year));
    }

    /** Sets the business's trends of the year; false (nothing stored) when it is no business of the association. */
    public boolean set(long associationId, long businessId, BusinessTrend trend) {
        BusinessRow business = businesses.business(associationId, businessId).orElse(null);
        if (business == null) {
            return false;
        }
        BusinessTrend before = trend(associationId, businessId, trend.year());
        String year = trend.year().japaneseLabel();
        FieldChanges changes = FieldChanges.none()
                .field(year + "売上高", before.sales().japanese(), trend.sales().japanese())
                .field(year + "粗利益", before.grossProfit().japanese(), trend.grossProfit().japanese());
        if (changes.isEmpty()) {
            return true;
        }
        store.save(businessId, trend);
        audit.record(AuditEntry.of(associationId, AuditType.BUSINESS, AuditAction.UPDATE, businessId, business.name())
                .changing(changes));
        return true;
    }
}
