package jp.bansou.datacheck.checks;

import jp.bansou.activity.RecordConsistencyQueries;
import jp.bansou.datacheck.CheckScope;
import jp.bansou.datacheck.DataCheck;
import jp.bansou.datacheck.Findings;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Activity records of the year without a staff member: they count to nobody in the split by staff. */
@Component
@Order(50)
class RecordsWithoutStaffCheck implements DataCheck {

    private final RecordConsistencyQueries records;

    RecordsWithoutStaffCheck(RecordConsistencyQueries records) {
        this.records = records;
    }

    @Override
    public String code() {
        return "recordsWithoutStaff";
    }

    @Override
    public Findings run(CheckScope scope) {
        return RecordLines.of(records.withoutStaff(scope.associationId(), scope.year(), MAX_LINES),
                "datacheck.recordsWithoutStaff.problem");
    }
}
