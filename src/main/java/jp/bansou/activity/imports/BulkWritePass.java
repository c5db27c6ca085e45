package jp.bansou.activity.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import jp.bansou.activity.BusinessName;
import jp.bansou.activity.ImportMapping;
import jp.bansou.activity.ImportedRecord;
import jp.bansou.shared.FiscalYear;

/**
 * The second pass, inside the import's transaction: resolves each row again and hands it to the
 * bulk writer, which stages it and stores the batch with set-based statements. A row without a
 * record id is keyed by a digest of its fields, so the same row imported again is skipped.
 */
final class BulkWritePass implements RowHandler {

    private final Consumer<ImportedRecord> sink;
    private final ImportMapping mapping;
    private final Lookups lookups;
    private final FiscalYear year;
    private final String fileName;
    private final Function<String, Optional<Long>> businessByMemberNumber;
    private final ImportErrors errors = new ImportErrors();
    private RowResolver resolver;

    BulkWritePass(Consumer<ImportedRecord> sink, ImportMapping mapping, Lookups lookups, FiscalYear year,
                  String fileName, Function<String, Optional<Long>> businessByMemberNumber) {
        this.sink = sink;
        this.mapping = mapping;
        this.lookups = lookups;
        this.year = year;
        this.fileName = fileName;
        this.businessByMemberNumber = businessByMemberNumber;
    }

    @Override
    public boolean header(List<String> names) {
        Columns columns = Columns.bind(mapping, names, fileName, errors);
        resolver = new RowResolver(columns, lookups, year, businessByMemberNumber);
        return !errors.any();
    }

    @Override
    public boolean row(int line, List<String> cells) {
        if (!Columns.blank(cells)) {
            resolver.resolve(line, cells, errors).map(BulkWritePass::record).ifPresent(sink);
        }
        return true;
    }

    ImportErrors errors() {
        return errors;
    }

    /** A business row needs its name and district to be found or registered; else its member number finds it. */
    static ImportedRecord record(ResolvedRow row) {
        boolean named = row.businessName() != null && row.districtId() != null;
        boolean business = named || row.memberNumber() != null;
        String key = row.naturalKey() != null ? row.naturalKey() : digest(row);
        return new ImportedRecord(row.line(), key, row.date(), row.kind().id(), named ? row.businessName() : null,
                row.memberNumber(), named ? row.districtId() : null, business ? null : row.districtId(),
                row.staffIds(), row.categoryIds(), row.minutes(), row.participants(), null, null, row.note());
    }

    /** The fields that make two rows the same record: date, kind, business, district, staff, categories, counts, note. */
    static String digest(ResolvedRow row) {
        String text = String.join("|", row.date().toString(), Long.toString(row.kind().id()),
                BusinessName.normalize(row.businessName()), String.valueOf(row.memberNumber()),
                String.valueOf(row.districtId()), new TreeSet<>(row.staffIds()).toString(),
                new TreeSet<>(row.categoryIds()).toString(), String.valueOf(row.minutes()),
                String.valueOf(row.participants()), String.valueOf(row.note()));
        try {
            return "fields:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 56);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
