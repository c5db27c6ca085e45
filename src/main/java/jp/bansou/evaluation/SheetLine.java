package jp.bansou.evaluation;

import java.util.List;
import java.util.Map;

/**
 * One item of the committee sheet: the figures of the meeting's material (target with 以上/以下,
 * actual, achievement rate HALF_UP to 0.1%, the decided grade), how many members gave each grade,
 * and their comments.
 */
public record SheetLine(long areaId, String areaName, long itemId, long itemYearId, String itemName, boolean subItem,
                        String target, String actual, String rate, String decidedGrade, Map<String, Integer> counts,
                        List<MemberComment> comments) {

    public SheetLine {
        counts = Map.copyOf(counts);
        comments = List.copyOf(comments);
    }

    /** How many members gave {@code grade} (0 when none). */
    public int count(String grade) {
        return counts.getOrDefault(grade, 0);
    }

    public int graded() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
