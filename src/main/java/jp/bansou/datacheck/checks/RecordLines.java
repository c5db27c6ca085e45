package jp.bansou.datacheck.checks;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.bansou.activity.Page;
import jp.bansou.activity.RecordGap;
import jp.bansou.datacheck.Finding;
import jp.bansou.datacheck.Findings;
import jp.bansou.shared.FiscalYear;

/** Lines about activity records: the record named by date, kind and business, linked to the list narrowed to it. */
final class RecordLines {

    private RecordLines() {
    }

    static Findings of(Page<RecordGap> records, String problem, Object... arguments) {
        return new Findings(records.rows().stream().map(r -> line(r, problem, arguments)).toList(), records.total());
    }

    static Finding line(RecordGap record, String problem, Object... arguments) {
        String subject = Stream.of(record.date().toString(), record.kind(), record.business())
                .filter(s -> s != null).collect(Collectors.joining(" "));
        return Finding.of(subject, problem, Links.record(record.id(), FiscalYear.containing(record.date())), arguments);
    }
}
