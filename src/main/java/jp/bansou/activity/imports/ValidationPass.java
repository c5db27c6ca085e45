package jp.bansou.activity.imports;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.function.Function;
import jp.bansou.activity.ImportError;
import jp.bansou.activity.ImportMapping;
import jp.bansou.shared.FiscalYear;

/**
 * The first pass: every row checked, nothing written. Keeps no rows, only the errors (up to a limit),
 * the count, and the member numbers of businesses earlier rows will register (so later rows may
 * name them by number alone): its memory grows with new businesses, not with the file.
 */
public final class ValidationPass implements RowHandler {

    private final ImportMapping mapping;
    private final Lookups lookups;
    private final FiscalYear year;
    private final Function<String, Optional<Long>> businessByMemberNumber;
    private final String fileName;
    private final ImportErrors errors = new ImportErrors();
    private final Set<String> numbersRegisteredEarlier = new HashSet<>();
    private RowResolver resolver;
    private boolean headerSeen;
    private int rows;

    public ValidationPass(ImportMapping mapping, Lookups lookups, FiscalYear year,
                          Function<String, Optional<Long>> businessByMemberNumber, String fileName) {
        this.mapping = mapping;
        this.lookups = lookups;
        this.year = year;
        this.businessByMemberNumber = businessByMemberNumber;
        this.fileName = fileName;
    }

    @Override
    public boolean header(List<String> names) {
        headerSeen = true;
        Columns columns = Columns.bind(mapping, names, fileName, errors);
        resolver = new RowResolver(columns, lookups, year, number -> numbersRegisteredEarlier.contains(number)
                ? Optional.of(0L) : businessByMemberNumber.apply(number));
        return !errors.any();
    }

    @Override
    public boolean row(int line, List<String> cells) {
        if (!Columns.blank(cells)) {
            rows++;
            resolver.resolve(line, cells, errors)
                    .filter(r -> r.businessName() != null && r.districtId() != null && r.memberNumber() != null)
                    .ifPresent(r -> numbersRegisteredEarlier.add(r.memberNumber()));
        }
        return true;
    }

    /** The errors, with an empty file or one without data rows counted as an error too. */
    public ImportErrors finish() {
        if (!headerSeen) {
            errors.add(ImportError.ofFile("ファイルが空です: " + fileName));
        } else if (rows == 0 && !errors.any()) {
            errors.add(ImportError.ofFile("取り込む行がありません（見出し行だけです）: " + fileName));
        }
        return errors;
    }

    public int rows() {
        return rows;
    }
}
