package jp.bansou.progress.web;

import java.time.LocalDate;
import java.util.List;
import jp.bansou.shared.FiscalYear;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The fiscal year a page asks for ({@code ?fy=2022}), or by default the newest with a table. */
final class YearParam {

    private YearParam() {
    }

    static FiscalYear resolve(Integer fy, List<FiscalYear> available) {
        if (fy != null) {
            try {
                return FiscalYear.of(fy);
            } catch (IllegalArgumentException e) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "年度が正しくありません: " + fy);
            }
        }
        return available.isEmpty() ? FiscalYear.containing(LocalDate.now()) : available.get(available.size() - 1);
    }
}
