package jp.bansou.activity;

import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import jp.bansou.activity.internal.ActivityStore;
import jp.bansou.activity.internal.BulkRecordWriter;
import jp.bansou.activity.internal.TrendStore;
import jp.bansou.audit.AuditAction;
import jp.bansou.audit.AuditEntry;
import jp.bansou.audit.AuditTrail;
import jp.bansou.audit.AuditType;
import jp.bansou.organization.BansouUser;
import jp.bansou.period.PeriodLocks;
import jp.bansou.shared.FiscalYear;
import jp.bansou.shared.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commands on businesses and activity records. Each change publishes {@link ActivitiesChanged} so
 * the counted actuals follow at once, and lands in the audit trail (an import as one row per batch,
 * see {@link ActivityImports}). Records dated in a closed period are refused (see {@link PeriodLocks}).
 */
@Service
@Transactional
public class ActivityService {

    private final ActivityStore store;
    private final BulkRecordWriter bulk;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final PeriodLocks locks;
    private final TrendStore trends;

    ActivityService(ActivityStore store, BulkRecordWriter bulk, ApplicationEventPublisher events, AuditTrail audit,
                    PeriodLocks locks, TrendStore trends) {
        this.store = store;
        this.bulk = bulk;
        this.events = events;
        this.audit = audit;
        this.locks = locks;
        this.trends = trends;
    }

    public long addKind(long associationId, String name, boolean event) {
        long id = store.insertKind(associationId, name.strip(), event);
        audit.record(AuditEntry.of(associationId, AuditType.ACTIVITY_LIST, AuditAction.CREATE, id, name.strip())
                .changing(null, "活動種別: " + name.strip() + (event ? "（催し）" : "")));
        return id;
    }

    public long addCategory(long associationId, String name) {
        long id = store.insertCategory(associationId, name.strip());
        audit.record(AuditEntry.of(associationId, AuditType.ACTIVITY_LIST, AuditAction.CREATE, id, name.strip())
                .changing(null, "支援区分: " + name.strip()));
        return id;
    }

    /** The registered business with this member number or normalised name in the district, else a new one. */
    public long findOrRegisterBusiness(long associationId, NewBusiness business) {
        return store.findBusiness(associationId, business.memberNumber(), business.name(), business.districtId())
                .orElseGet(() -> {
                    long id = store.insertBusiness(associationId, business);
                    audit.record(AuditEntry.of(associationId, AuditType.BUSINESS, AuditAction.CREATE, id,
                            business.name()).changing(null, "事業所: " + business.name()
                            + (business.memberNumber() == null ? "" : "; 会員番号: " + business.memberNumber())));
                    return id;
                });
    }

    /** Stores a record typed in (by set-up or a test: no user, so refused in a closed period). */
    public long record(long associationId, NewActivity activity) {
        return store(null, associationId, activity, null);
    }

    /**
     * Stores a record a user typed in, registering its business first where it is new. In a closed
     * period only an admin may, giving a reason ({@link jp.bansou.period.PeriodClosedException}).
     */
    public long record(BansouUser user, NewActivity activity, NewBusiness newBusiness, String reason) {
        locks.checkDate(user, user.associationId(), activity.date(), reason);
        NewActivity about = newBusiness == null ? activity
                : activity.withBusiness(findOrRegisterBusiness(user.associationId(), newBusiness));
        return store(user, user.associationId(), about, reason);
    }

    private long store(BansouUser user, long associationId, NewActivity activity, String reason) {
        locks.checkDate(user, associationId, activity.date(), reason);
        long id = store.insertRecord(associationId, activity, ActivitySource.MANUAL, null, "manual-" + UUID.randomUUID());
        audit.record(AuditEntry.of(associationId, AuditType.ACTIVITY_RECORD, AuditAction.CREATE, id, "活動記録 #" + id)
                .changing(null, store.describeRecord(id)).because(reason));
        changed(associationId, Set.of(FiscalYear.containing(activity.date())));
        return id;
    }

    /**
     * Stores a record typed in about a business not registered yet: registers it (or finds it again
     * by member number or normalised name in its district) and stores the record, in one transaction.
     */
    public long record(long associationId, NewActivity activity, NewBusiness newBusiness) {
        if (newBusiness == null) {
            return record(associationId, activity);
        }
        return record(associationId, activity.withBusiness(findOrRegisterBusiness(associationId, newBusiness)));
    }

    /**
     * Stores a record that carries its natural key (sample data, a record of another system); false
     * (and nothing stored) when a record with the same key is already there. Imports go through
     * {@link #recordAll}, which keys their rows itself.
     */
    public boolean recordUnlessKnown(long associationId, NewActivity activity, ActivitySource source, Long batchId) {
        String key = activity.naturalKey();
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a record stored unless known needs its natural key");
        }
        if (store.naturalKeyExists(associationId, key)) {
            return false;
        }
        store.insertRecord(associationId, activity, source, batchId, key);
        return true;
    }

    /**
     * Stores many records in one go (an import batch): the producer hands each validated row to the
     * consumer it is given. Records whose natural key is already stored are skipped; unknown
     * businesses are registered; the counted actuals of the years touched follow at once.
     */
    public BulkImportResult recordAll(long associationId, Long batchId, Consumer<Consumer<ImportedRecord>> rows) {
        BulkImportResult result = bulk.write(associationId, batchId, rows);
        if (result.stored() > 0) {
            changed(associationId, result.years());
        }
        return result;
    }

    /** Tells the actuals that records of these years changed (after a batch, once). */
    public void changed(long associationId, Set<FiscalYear> years) {
        events.publishEvent(new ActivitiesChanged(associationId, years));
    }

    /**
     * Merges a duplicate business into the one kept: its records follow (and its sales and gross-profit trends, for
     * years the kept one has none), it stays as merged. Refused with {@link StaleEditException}, changing
     * nothing, when either was merged (or is not the association's) since the page was read.
     */
    public void mergeBusinesses(long associationId, long kept, long duplicate) {
        if (kept == duplicate) {
            throw new IllegalArgumentException("同じ事業所どうしは統合できません");
        }
        Set<FiscalYear> years = new TreeSet<>();
        store.datesOfBusiness(duplicate).forEach(d -> years.add(FiscalYear.containing(d)));
        String keptName = store.businessName(associationId, kept);
        String duplicateName = store.businessName(associationId, duplicate);
        if (!store.mergeBusiness(associationId, kept, duplicate)) {
            throw new StaleEditException("事業所「" + duplicateName + "」と「" + keptName + "」の統合", null);
        }
        trends.moveToKept(kept, duplicate);
        audit.record(AuditEntry.of(associationId, AuditType.BUSINESS, AuditAction.MERGE, duplicate,
                        duplicateName + " → " + keptName)
                .changing("事業所 #" + duplicate + ": " + duplicateName, "統合先 #" + kept + ": " + keptName));
        changed(associationId, years);
    }
}
