package jp.bansou.progress.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import jp.bansou.organization.BansouUser;
import jp.bansou.plan.PlanQueries;
import jp.bansou.progress.ItemPace;
import jp.bansou.progress.PaceQueries;
import jp.bansou.progress.StatusOverride;
import jp.bansou.shared.Decimals;
import jp.bansou.shared.FiscalYear;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/pace?fy=2022&asOf=2022-09-30}: every item's pace as of the date (today, or the
 * year's last day once it is over), worst status first: expected and actual to date, forecast,
 * pace rate in percent (0.1), the status shown and the computed one, and the hand-set status if any.
 */
@RestController
class PaceApiController {

    private final PaceQueries pace;
    private final PlanQueries plan;

    PaceApiController(PaceQueries pace, PlanQueries plan) {
        this.pace = pace;
        this.plan = plan;
    }

    @GetMapping("/api/v1/pace")
    PaceJson pace(@AuthenticationPrincipal BansouUser user, @RequestParam(required = false) Integer fy,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        FiscalYear year = FiscalYear.requestedOrLatest(fy, plan.yearsWithTable(user.associationId()), pace.today());
        LocalDate date = asOf != null ? asOf : pace.asOfFor(year);
        return new PaceJson(year.startYear(), year.japaneseLabel(), date,
                pace.worstFirst(user.associationId(), year, date).stream().map(ItemJson::of).toList());
    }

    record PaceJson(int fiscalYear, String label, LocalDate asOf, List<ItemJson> items) {
    }

    record ItemJson(long id, String area, String name, String lead, boolean counted, BigDecimal target,
                    BigDecimal expectedToDate, BigDecimal actualToDate, BigDecimal forecast, BigDecimal paceRate,
                    String status, String computedStatus, String spread, OverrideJson override) {

        static ItemJson of(ItemPace p) {
            return new ItemJson(p.itemYearId(), p.areaName(), p.name(), p.lead(), p.counted(),
                    p.target() == null ? null : Decimals.plain(p.target().value()),
                    Decimals.plain(p.pace().expectedToDate()), Decimals.plain(p.pace().actualToDate()),
                    Decimals.plain(p.pace().forecast()), p.pace().rate() == null ? null : p.pace().rate().percent(),
                    p.status().name(), p.pace().status().name(), p.source().name(), OverrideJson.of(p.override()));
        }
    }

    record OverrideJson(String status, String comment, String setBy, LocalDateTime setAt) {

        static OverrideJson of(StatusOverride o) {
            return o == null ? null : new OverrideJson(o.status().name(), o.comment(), o.setBy(), o.setAt());
        }
    }
}
