package jp.bansou.datacheck.checks;

import jp.bansou.activity.RecordConsistencyQueries;
import jp.bansou.datacheck.CheckScope;
import jp.bansou.datacheck.DataCheck;
import jp.bansou.datacheck.Findings;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Activity records of the year with neither a business nor a district of their own: the district
 * split counts them at the head office, which may not be where they happened.
 */
@Component
@Order(60)
class RecordsWithoutDistrictCheck implements DataCheck {

    private final RecordConsistencyQueries records;

    RecordsWithoutDistrictCheck(RecordConsistencyQueries records) {
        this.records = records;
    }

    @Override
    public String code() {
        return "recordsWithoutDistrict";
    }

    @Override
    public Findings run(CheckScope scope) {
        return RecordLines.of(records.withoutDistrict(scope.associationId(), scope.year(), MAX_LINES),
                "datacheck.recordsWithoutDistrict.problem");
    }
}
