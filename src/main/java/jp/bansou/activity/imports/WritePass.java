package jp.bansou.activity.imports;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import jp.bansou.activity.ActivityService;
import jp.bansou.activity.ActivitySource;
import jp.bansou.activity.ImportField;
import jp.bansou.activity.ImportMapping;
import jp.bansou.activity.NewActivity;
import jp.bansou.activity.NewBusiness;
import jp.bansou.activity.internal.ActivityStore;
import jp.bansou.shared.FiscalYear;

/**
 * The second pass, inside the import's transaction: registers businesses not yet in the registry and
 * stores each row through {@link ActivityService#recordUnlessKnown}, so a row already imported (by
 * record id, else by the digest of its fields) is skipped. A row that repeats an earlier row of the
 * same file is an error, which rolls the whole batch back.
 */
public final class WritePass implements RowHandler {

    private final ActivityService activities;
    private final ActivityStore store;
    private final long associationId;
    private final long batchId;
    private final ImportMapping mapping;
    private final Lookups lookups;
    private final FiscalYear year;
    private final String fileName;
    private final ImportErrors errors = new ImportErrors();
    private final Set<FiscalYear> years = new TreeSet<>();
    private Columns columns;
    private RowResolver resolver;
    private int stored;
    private int skipped;

    public WritePass(ActivityService activities, ActivityStore store, long associationId, long batchId,
                     ImportMapping mapping, Lookups lookups, FiscalYear year, String fileName) {
        this.activities = activities;
        this.store = store;
        this.associationId = associationId;
        this.batchId = batchId;
        this.mapping = mapping;
        this.lookups = lookups;
        this.year = year;
        this.fileName = fileName;
    }

    @Override
    public boolean header(List<String> names) {
        columns = Columns.bind(mapping, names, fileName, errors);
        resolver = new RowResolver(columns, lookups, year, this::byMemberNumber);
        return !errors.any();
    }

    @Override
    public boolean row(int line, List<String> cells) {
        if (Columns.blank(cells)) {
            return true;
        }
        resolver.resolve(line, cells, errors).ifPresent(this::store);
        return true;
    }

    private void store(ResolvedRow row) {
        NewActivity activity = new NewActivity(row.date(), row.kind().id(), business(row), row.districtId(),
                row.staffIds(), row.categoryIds(), row.minutes(), row.participants(), null, null, row.note(),
                row.naturalKey());
        String key = activities.naturalKeyOf(activity);
        if (activities.recordUnlessKnown(associationId, activity.withNaturalKey(key), ActivitySource.IMPORT, batchId)) {
            stored++;
            years.add(FiscalYear.containing(row.date()));
        } else if (store.importBatchOfKey(associationId, key).filter(b -> b == batchId).isPresent()) {
            errors.add(row.line(), columns.mapped(ImportField.RECORD_ID) ? columns.header(ImportField.RECORD_ID) : null,
                    "このファイルの前の行と同じ記録です（重複行）");
        } else {
            skipped++;
        }
    }

    private Long business(ResolvedRow row) {
        if (row.businessName() != null && row.districtId() != null) {
            return activities.findOrRegisterBusiness(associationId, new NewBusiness(row.businessName(), null,
                    row.districtId(), row.memberNumber() != null, row.memberNumber(), null, null, null));
        }
        return row.memberNumber() == null ? null : byMemberNumber(row.memberNumber()).orElseThrow();
    }

    private Optional<Long> byMemberNumber(String number) {
        return store.findBusinessByMemberNumber(associationId, number);
    }

    public ImportErrors errors() {
        return errors;
    }

    public int stored() {
        return stored;
    }

    public int skipped() {
        return skipped;
    }

    public Set<FiscalYear> years() {
        return years;
    }
}
