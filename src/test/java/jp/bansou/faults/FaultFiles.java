package jp.bansou.faults;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.bansou.activity.ImportField;
import jp.bansou.activity.ImportMapping;
import jp.bansou.activity.ImportRequest;
import jp.bansou.benchmark.SyntheticRecords;
import jp.bansou.shared.FiscalYear;

/** Files of synthetic FY2022 activity records and the import request that maps their columns. */
final class FaultFiles {

    private static final List<ImportField> FIELDS = List.of(ImportField.RECORD_ID, ImportField.DATE,
            ImportField.KIND, ImportField.BUSINESS, ImportField.MEMBER_NUMBER, ImportField.DISTRICT,
            ImportField.STAFF, ImportField.CATEGORIES, ImportField.MINUTES, ImportField.PARTICIPANTS,
            ImportField.NOTE);

    private FaultFiles() {
    }

    static void records(Path file, int count, long seed) throws IOException {
        SyntheticRecords.write(file, count, 2022, 1, seed);
    }

    /** An all-or-nothing import of the file into FY2022, as the admin. */
    static ImportRequest request(long association, Path file) {
        Map<String, ImportField> columns = new LinkedHashMap<>();
        for (int i = 0; i < FIELDS.size(); i++) {
            columns.put(SyntheticRecords.HEADERS.get(i), FIELDS.get(i));
        }
        return new ImportRequest(association, "admin", file, file.getFileName().toString(), "MS932", null,
                FiscalYear.of(2022), null, ImportMapping.of(columns));
    }
}
