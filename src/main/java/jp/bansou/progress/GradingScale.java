package jp.bansou.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.bansou.plan.TargetComparator;

/**
 * An association's grading scale: graded steps best first, each with a lower bound strictly below
 * the one before, and at most one not-carried-out step (未実施).
 *
 * <p>A rate gets the first step whose bound it reaches exactly (99.99% → B on the default scale,
 * 100% → A, 80% → B, 79.99% → C), or the lowest graded step when it reaches none. An item not
 * carried out (no actual, or an actual of 0 on an 以上 or exact item) gets the not-carried-out step,
 * or the lowest graded step on a scale without one.
 */
public record GradingScale(List<GradeStep> steps) {

    public GradingScale {
        steps = List.copyOf(steps);
        Set<String> codes = new HashSet<>();
        BigDecimal previous = null;
        int notCarriedOut = 0;
        for (GradeStep step : steps) {
            if (!codes.add(step.code())) {
                throw new IllegalArgumentException("記号「" + step.code() + "」が重複しています");
            }
            if (step.notCarriedOut()) {
                notCarriedOut++;
            } else if (previous != null && step.lowerBound().compareTo(previous) >= 0) {
                throw new IllegalArgumentException("下限は上の段階より小さくしてください（" + step.code() + "）");
            } else {
                previous = step.lowerBound();
            }
        }
        if (previous == null) {
            throw new IllegalArgumentException("下限のある段階が少なくとも1つ必要です");
        }
        if (notCarriedOut > 1) {
            throw new IllegalArgumentException("未実施の段階は1つまでです");
        }
    }

    /** A 100%以上, B 80–99%, C 30–79%, D 30%未満, E 未実施: the scale most associations publish. */
    public static GradingScale defaultScale() {
        return new GradingScale(List.of(
                GradeStep.graded("A", "100%以上", "100", "#2e7d32"),
                GradeStep.graded("B", "80–99%", "80", "#1565c0"),
                GradeStep.graded("C", "30–79%", "30", "#ef6c00"),
                GradeStep.graded("D", "30%未満", "0", "#c62828"),
                GradeStep.notCarriedOut("E", "未実施", "#757575")));
    }

    /** The grade for a rate (null when there is none) of an item carried out or not. */
    public Optional<GradeStep> propose(AchievementRate rate, boolean carriedOut) {
        if (!carriedOut) {
            return Optional.of(steps.stream().filter(GradeStep::notCarriedOut).findFirst().orElseGet(this::lowest));
        }
        if (rate == null) {
            return Optional.empty();
        }
        return Optional.of(graded().stream().filter(s -> s.isReachedBy(rate)).findFirst().orElseGet(this::lowest));
    }

    /** The grade for an item's figures; empty when the item has no target. */
    public Optional<GradeStep> proposeFor(TargetComparator comparator, BigDecimal target, BigDecimal actual) {
        if (target == null) {
            return Optional.empty();
        }
        return propose(AchievementRate.of(comparator, target, actual).orElse(null), carriedOut(comparator, actual));
    }

    /** Carried out: there is an actual, and it is above 0 unless less is better (以下). */
    public static boolean carriedOut(TargetComparator comparator, BigDecimal actual) {
        return actual != null && (actual.signum() > 0 || comparator == TargetComparator.AT_MOST);
    }

    public Optional<GradeStep> step(String code) {
        return steps.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** The scale with one more step, placed by its bound (a not-carried-out step goes last). */
    public GradingScale with(GradeStep added) {
        List<GradeStep> result = new ArrayList<>(steps);
        int at = added.notCarriedOut() ? result.size() : 0;
        while (!added.notCarriedOut() && at < result.size() && !result.get(at).notCarriedOut()
                && result.get(at).lowerBound().compareTo(added.lowerBound()) > 0) {
            at++;
        }
        result.add(at, added);
        return new GradingScale(result);
    }

    public GradingScale without(String code) {
        return new GradingScale(steps.stream().filter(s -> !s.code().equals(code)).toList());
    }

    private List<GradeStep> graded() {
        return steps.stream().filter(s -> !s.notCarriedOut()).toList();
    }

    private GradeStep lowest() {
        List<GradeStep> graded = graded();
        return graded.get(graded.size() - 1);
    }
}
