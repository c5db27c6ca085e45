package jp.bansou.datacheck.checks;

import jp.bansou.activity.RecordConsistencyQueries;
import jp.bansou.datacheck.CheckScope;
import jp.bansou.datacheck.DataCheck;
import jp.bansou.datacheck.Findings;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Activity records dated after today, in any year: a typing error, as nothing can have happened yet. */
@Component
@Order(70)
class FutureRecordsCheck implements DataCheck {

    private final RecordConsistencyQueries records;

    FutureRecordsCheck(RecordConsistencyQueries records) {
        this.records = records;
    }

    @Override
    public String code() {
        return "futureRecords";
    }

    @Override
    public Findings run(CheckScope scope) {
        return RecordLines.of(records.datedAfter(scope.associationId(), scope.today(), MAX_LINES),
                "datacheck.futureRecords.problem", scope.today().toString());
    }
}
