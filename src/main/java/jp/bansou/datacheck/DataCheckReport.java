package jp.bansou.datacheck;

import java.time.LocalDate;
import java.util.List;
import jp.bansou.shared.FiscalYear;

/** Every check's result for one fiscal year, as of {@code today}, in the checks' order. */
public record DataCheckReport(FiscalYear year, LocalDate today, List<CheckResult> results) {

    public DataCheckReport {
        results = List.copyOf(results);
    }

    /** How many problems all checks found together. */
    public long total() {
        return results.stream().mapToLong(r -> r.findings().count()).sum();
    }

    /** The result of the check with this code. */
    public CheckResult result(String code) {
        return results.stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no check " + code));
    }
}
