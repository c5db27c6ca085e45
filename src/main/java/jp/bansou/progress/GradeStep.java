package jp.bansou.progress;

import java.math.BigDecimal;
import jp.bansou.plan.Grade;
import jp.bansou.shared.Decimals;

/**
 * One step of a grading scale: its code (A), label (100%以上), the lowest achievement rate in
 * percent that reaches it (80 for B), and the colour pages show it in. The not-carried-out step
 * (未実施) has no bound: it is the grade of an item whose activity did not take place.
 */
public record GradeStep(String code, String label, BigDecimal lowerBound, String colour, boolean notCarriedOut) {

    private static final BigDecimal MAX_BOUND = new BigDecimal("99999.99");

    public GradeStep {
        code = new Grade(code).code();
        if (label == null || label.isBlank() || label.strip().length() > 40) {
            throw new IllegalArgumentException("表示名を40文字以内で入力してください（" + code + "）");
        }
        label = label.strip();
        if (colour == null || !colour.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("色は #1a2b3c の形で入力してください（" + code + "）");
        }
        colour = colour.toLowerCase(java.util.Locale.ROOT);
        lowerBound = Decimals.plain(lowerBound);
        if (notCarriedOut != (lowerBound == null)) {
            throw new IllegalArgumentException(notCarriedOut ? "未実施の段階に下限は付けられません（" + code + "）"
                    : "下限（%）を入力してください（" + code + "）");
        }
        if (lowerBound != null && (lowerBound.signum() < 0 || lowerBound.compareTo(MAX_BOUND) > 0
                || lowerBound.stripTrailingZeros().scale() > 2)) {
            throw new IllegalArgumentException("下限は0以上、小数2桁までで入力してください（" + code + "）");
        }
    }

    /** A graded step: reached by a rate of at least {@code lowerBound} percent. */
    public static GradeStep graded(String code, String label, String lowerBound, String colour) {
        return new GradeStep(code, label, new BigDecimal(lowerBound), colour, false);
    }

    /** The step for an item that was not carried out. */
    public static GradeStep notCarriedOut(String code, String label, String colour) {
        return new GradeStep(code, label, null, colour, true);
    }

    public boolean isReachedBy(AchievementRate rate) {
        return !notCarriedOut && rate.reaches(lowerBound);
    }
}
