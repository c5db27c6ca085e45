package jp.bansou.activity.imports;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import jp.bansou.activity.ImportError;
import jp.bansou.activity.ImportMapping;
import jp.bansou.activity.ImportProgress;
import jp.bansou.activity.ImportedRecord;
import jp.bansou.shared.FiscalYear;

/**
 * The one pass over a file: every row checked, and, when a sink is given, each good row handed to it
 * (the bulk writer stages it). All or nothing stops handing rows on at the first wrong one but still
 * checks the rest, so the user sees every error; skipping bad rows keeps handing the good ones on.
 * Keeps no rows, only the errors (up to a limit) and the member numbers of businesses earlier rows
 * register (so later rows may name them by number alone): memory grows with new businesses, not the file.
 */
public final class ImportPass implements RowHandler {

    private final ImportMapping mapping;
    private final Lookups lookups;
    private final FiscalYear year;
    private final Set<String> knownMemberNumbers;
    private final String fileName;
    private final Consumer<ImportedRecord> sink;
    private final boolean skipBadRows;
    private final ImportProgress progress;
    private final ImportErrors errors = new ImportErrors();
    private final Set<String> numbersRegisteredEarlier = new HashSet<>();
    private RowResolver resolver;
    private boolean headerSeen;
    private boolean fileRefused;
    private int rows;
    private int badRows;

    /**
     * @param knownMemberNumbers the member numbers of the registry's businesses, read once before the pass
     * @param sink where good rows go; null to check only
     */
    public ImportPass(ImportMapping mapping, Lookups lookups, FiscalYear year, Set<String> knownMemberNumbers,
                      String fileName, Consumer<ImportedRecord> sink, boolean skipBadRows, ImportProgress progress) {
        this.mapping = mapping;
        this.lookups = lookups;
        this.year = year;
        this.knownMemberNumbers = knownMemberNumbers;
        this.fileName = fileName;
        this.sink = sink;
        this.skipBadRows = skipBadRows;
        this.progress = progress;
    }

    @Override
    public boolean header(List<String> names) {
        headerSeen = true;
        Columns columns = Columns.bind(mapping, names, fileName, errors);
        resolver = new RowResolver(columns, lookups, year, number -> numbersRegisteredEarlier.contains(number)
                || knownMemberNumbers.contains(number) ? Optional.of(0L) : Optional.empty());
        fileRefused = errors.any();
        return !fileRefused;
    }

    @Override
    public boolean row(int line, List<String> cells) {
        progress.rowRead();
        if (Columns.blank(cells)) {
            return true;
        }
        rows++;
        Optional<ResolvedRow> row = resolver.resolve(line, cells, errors);
        if (row.isEmpty()) {
            badRows++;
            return true;
        }
        ResolvedRow good = row.get();
        if (good.businessName() != null && good.districtId() != null && good.memberNumber() != null) {
            numbersRegisteredEarlier.add(good.memberNumber());
        }
        if (sink != null && (skipBadRows || badRows == 0)) {
            sink.accept(BulkRecords.record(good));
        }
        return true;
    }

    /** The errors, with an empty file or one without data rows counted as an error too. */
    public ImportErrors finish() {
        if (!headerSeen) {
            errors.add(ImportError.ofFile("ファイルが空です: " + fileName));
            fileRefused = true;
        } else if (rows == 0 && !errors.any()) {
            errors.add(ImportError.ofFile("取り込む行がありません（見出し行だけです）: " + fileName));
            fileRefused = true;
        }
        return errors;
    }

    /** True when what the pass found refuses the import as asked: any error, or, skipping bad rows, a file-level one. */
    public boolean refused() {
        return skipBadRows ? fileRefused || rows == badRows : errors.any();
    }

    public int rows() {
        return rows;
    }

    public int badRows() {
        return badRows;
    }
}
