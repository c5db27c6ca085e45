package jp.bansou.datacheck;

import java.time.LocalDate;
import java.util.Objects;
import jp.bansou.shared.FiscalYear;

/** What a check looks at: the association's data of the fiscal year, as of {@code today}. */
public record CheckScope(long associationId, FiscalYear year, LocalDate today) {

    public CheckScope {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(today, "today");
    }
}
