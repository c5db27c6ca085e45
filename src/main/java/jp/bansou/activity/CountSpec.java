package jp.bansou.activity;

import java.util.Set;

/**
 * Which records a rule counts and how: the measure, the kinds (any when empty), the categories (a
 * record counts when it carries any of them; any when empty), and whether only members' records count.
 */
public record CountSpec(Measure measure, Set<Long> kindIds, Set<Long> categoryIds, boolean membersOnly) {

    public CountSpec {
        if (measure == null) {
            throw new IllegalArgumentException("集計方法は必須です");
        }
        kindIds = kindIds == null ? Set.of() : Set.copyOf(kindIds);
        categoryIds = categoryIds == null ? Set.of() : Set.copyOf(categoryIds);
    }
}
