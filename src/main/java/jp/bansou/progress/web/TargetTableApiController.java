package jp.bansou.progress.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.District;
import jp.bansou.plan.PlanQueries;
import jp.bansou.plan.TargetRow;
import jp.bansou.plan.TargetTable;
import jp.bansou.progress.GradingQueries;
import jp.bansou.progress.ItemGrading;
import jp.bansou.shared.Decimals;
import jp.bansou.shared.FiscalYear;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/target-table?fy=2021}: the target table as JSON, districts keyed by name; per
 * item the decided grade, the grade the scale proposes and the achievement rate in percent (0.1).
 */
@RestController
class TargetTableApiController {

    private final PlanQueries queries;
    private final GradingQueries grading;
    private final Clock clock;

    TargetTableApiController(PlanQueries queries, GradingQueries grading, Clock clock) {
        this.queries = queries;
        this.grading = grading;
        this.clock = clock;
    }

    @GetMapping("/api/v1/target-table")
    TargetTableJson targetTable(@AuthenticationPrincipal BansouUser user, @RequestParam(required = false) Integer fy) {
        FiscalYear year = FiscalYear.requestedOrLatest(fy, queries.yearsWithTable(user.associationId()),
                LocalDate.now(clock));
        TargetTable table = queries.targetTable(user.associationId(), year);
        Map<Long, ItemGrading> gradings = grading.yearGradings(user.associationId(), year);
        List<ItemJson> items = table.areas().stream()
                .flatMap(area -> area.rows().stream().map(row -> ItemJson.of(area.name(), row, table.districts(),
                        gradings.get(row.itemYearId()))))
                .toList();
        return new TargetTableJson(year.startYear(), year.japaneseLabel(), items);
    }

    record TargetTableJson(int fiscalYear, String label, List<ItemJson> items) {
    }

    record ItemJson(long id, int version, String area, String name, boolean subItem, String unit, String comparator,
                    BigDecimal target, String targetText, BigDecimal actual, Map<String, BigDecimal> districts,
                    String grade, String proposedGrade, BigDecimal achievementRate,
                    String reviewer, String lead, List<String> deputies, String note) {

        static ItemJson of(String area, TargetRow row, List<District> districts, ItemGrading grading) {
            Map<String, BigDecimal> split = new LinkedHashMap<>();
            districts.forEach(d -> {
                BigDecimal value = row.districtActuals().get(d.id());
                if (value != null) {
                    split.put(d.name(), Decimals.plain(value));
                }
            });
            return new ItemJson(row.itemYearId(), row.version(), area, row.name(), row.subItem(),
                    row.target() == null ? null : row.target().unit().label(),
                    row.target() == null ? null : row.target().comparator().name(),
                    row.target() == null ? null : Decimals.plain(row.target().value()),
                    row.target() == null ? null : row.target().format(),
                    Decimals.plain(row.actual()), split, row.grade(),
                    grading == null ? null : grading.proposedCode(),
                    grading == null || grading.rate() == null ? null : grading.rate().percent(),
                    row.reviewer(), row.lead(), row.deputies(), row.note());
        }
    }
}
