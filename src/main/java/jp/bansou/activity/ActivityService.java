package jp.bansou.activity;

import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import jp.bansou.activity.internal.ActivityStore;
import jp.bansou.activity.internal.BulkRecordWriter;
import jp.bansou.shared.FiscalYear;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commands on businesses and activity records. Each change publishes {@link ActivitiesChanged} so
 * the counted actuals follow at once.
 */
@Service
@Transactional
public class ActivityService {

    private final ActivityStore store;
    private final BulkRecordWriter bulk;
    private final ApplicationEventPublisher events;

    ActivityService(ActivityStore store, BulkRecordWriter bulk, ApplicationEventPublisher events) {
        this.store = store;
        this.bulk = bulk;
        this.events = events;
    }

    public long addKind(long associationId, String name, boolean event) {
        return store.insertKind(associationId, name.strip(), event);
    }

    public long addCategory(long associationId, String name) {
        return store.insertCategory(associationId, name.strip());
    }

    /** The registered business with this member number or normalised name in the district, else a new one. */
    public long findOrRegisterBusiness(long associationId, NewBusiness business) {
        return store.findBusiness(associationId, business.memberNumber(), business.name(), business.districtId())
                .orElseGet(() -> store.insertBusiness(associationId, business));
    }

    /** Stores a record typed in. */
    public long record(long associationId, NewActivity activity) {
        long id = store.insertRecord(associationId, activity, ActivitySource.MANUAL, null, "manual-" + UUID.randomUUID());
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

    /** Merges a duplicate business into the one kept: its records follow, it stays as merged. */
    public void mergeBusinesses(long associationId, long kept, long duplicate) {
        if (kept == duplicate) {
            throw new IllegalArgumentException("同じ事業所どうしは統合できません");
        }
        Set<FiscalYear> years = new TreeSet<>();
        store.datesOfBusiness(duplicate).forEach(d -> years.add(FiscalYear.containing(d)));
        store.mergeBusiness(associationId, kept, duplicate);
        changed(associationId, years);
    }
}
