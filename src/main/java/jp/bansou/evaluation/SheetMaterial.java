package jp.bansou.evaluation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.bansou.actuals.ActualsQueries;
import jp.bansou.actuals.HalfYearActuals;
import jp.bansou.evaluation.internal.CommitteeStore;
import jp.bansou.plan.AreaBlock;
import jp.bansou.plan.PlanQueries;
import jp.bansou.plan.Target;
import jp.bansou.plan.TargetComparator;
import jp.bansou.plan.TargetRow;
import jp.bansou.plan.TargetTable;
import jp.bansou.progress.AchievementRate;
import jp.bansou.progress.GradeStep;
import jp.bansou.progress.GradingQueries;
import jp.bansou.progress.SnapshotQueries;
import jp.bansou.progress.SnapshotRow;
import org.springframework.stereotype.Component;

/**
 * Builds a meeting's committee sheet: the items in table order with the material's figures, and the
 * members' grades counted per item and grade in one GROUP BY. A fixed number of queries per sheet.
 */
@Component
class SheetMaterial {

    private final PlanQueries plan;
    private final SnapshotQueries snapshots;
    private final ActualsQueries actuals;
    private final GradingQueries grading;
    private final CommitteeStore store;

    SheetMaterial(PlanQueries plan, SnapshotQueries snapshots, ActualsQueries actuals, GradingQueries grading,
                  CommitteeStore store) {
        this.plan = plan;
        this.snapshots = snapshots;
        this.actuals = actuals;
        this.grading = grading;
        this.store = store;
    }

    CommitteeSheet sheet(long associationId, Meeting meeting) {
        TargetTable table = plan.targetTable(associationId, meeting.year());
        Map<Long, SnapshotRow> frozen = new HashMap<>();
        snapshots.rows(associationId, meeting.year()).forEach(r -> frozen.put(r.itemYearId(), r));
        Material material = meeting.kind() == MeetingKind.HALF_YEAR ? Material.FIRST_HALF
                : frozen.isEmpty() ? Material.CURRENT_TABLE : Material.SNAPSHOT;
        Map<Long, HalfYearActuals> halves = material == Material.FIRST_HALF
                ? actuals.halfYears(associationId, meeting.year()) : Map.of();
        Map<Long, Map<String, Integer>> counts = store.gradeCounts(meeting.id());
        Map<Long, List<MemberComment>> comments = store.comments(meeting.id());
        List<SheetLine> lines = table.areas().stream().flatMap(area -> area.rows().stream().map(row -> {
            Figures f = switch (material) {
                case SNAPSHOT -> Figures.of(frozen.get(row.itemYearId()));
                case FIRST_HALF -> new Figures(value(row.target()),
                        Optional.ofNullable(halves.get(row.itemId())).map(HalfYearActuals::firstHalf).orElse(null), null);
                case CURRENT_TABLE -> new Figures(value(row.target()), row.actual(), row.grade());
            };
            return line(area, row, f, counts.getOrDefault(row.itemYearId(), Map.of()),
                    comments.getOrDefault(row.itemYearId(), List.of()));
        })).toList();
        return new CommitteeSheet(meeting, material, gradeCodes(associationId), lines);
    }

    /** The codes of the association's grading scale, best first. */
    List<String> gradeCodes(long associationId) {
        return grading.scale(associationId).steps().stream().map(GradeStep::code).toList();
    }

    private static SheetLine line(AreaBlock area, TargetRow row, Figures f, Map<String, Integer> counts,
                                  List<MemberComment> comments) {
        TargetComparator comparator = row.target() == null ? TargetComparator.AT_LEAST : row.target().comparator();
        String target = f.target() == null ? "" : Target.formatNumber(f.target()) + comparator.suffix();
        String actual = f.actual() == null ? "" : Target.formatNumber(f.actual());
        String rate = AchievementRate.of(comparator, f.target(), f.actual()).map(AchievementRate::text).orElse("");
        return new SheetLine(area.id(), area.name(), row.itemId(), row.itemYearId(), row.name(), row.subItem(), target,
                actual, rate, f.grade(), counts, comments);
    }

    private static BigDecimal value(Target target) {
        return target == null ? null : target.value();
    }

    private record Figures(BigDecimal target, BigDecimal actual, String grade) {

        /** An item added after the snapshot has no frozen row: it shows empty, as the snapshot knew it. */
        static Figures of(SnapshotRow row) {
            return row == null ? new Figures(null, null, null) : new Figures(row.target(), row.actual(), row.grade());
        }
    }
}
