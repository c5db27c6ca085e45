package jp.bansou.report;

import java.util.Set;
import jp.bansou.activity.CountSpec;
import jp.bansou.activity.Measure;

/**
 * Which records a report line counts: records of any of the kinds that carry any of the categories
 * (an empty set does not narrow). A line with neither is not defined and shows no figure, so that an
 * association that has not set it up never reports every record as, say, a survey.
 */
public record LineDefinition(NationalLine line, Set<Long> kindIds, Set<Long> categoryIds) {

    public LineDefinition {
        if (line == null) {
            throw new IllegalArgumentException("報告項目は必須です");
        }
        kindIds = kindIds == null ? Set.of() : Set.copyOf(kindIds);
        categoryIds = categoryIds == null ? Set.of() : Set.copyOf(categoryIds);
    }

    public static LineDefinition undefined(NationalLine line) {
        return new LineDefinition(line, Set.of(), Set.of());
    }

    public boolean defined() {
        return !kindIds.isEmpty() || !categoryIds.isEmpty();
    }

    /** The records as the activity module selects them (its measure plays no part in a reach). */
    CountSpec spec() {
        return new CountSpec(Measure.RECORDS, kindIds, categoryIds, false);
    }
}
