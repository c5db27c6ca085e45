package jp.bansou.plan;

import java.util.List;
import java.util.stream.IntStream;
import jp.bansou.shared.FiscalYear;

/** The association's five-year plan (R3–R7 for the seed association). */
public record FiveYearPlan(long id, String name, FiscalYear first, FiscalYear last) {

    public List<FiscalYear> years() {
        return IntStream.rangeClosed(first.startYear(), last.startYear()).mapToObj(FiscalYear::of).toList();
    }

    public boolean covers(FiscalYear year) {
        return year.compareTo(first) >= 0 && year.compareTo(last) <= 0;
    }
}
