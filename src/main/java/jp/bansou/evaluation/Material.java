package jp.bansou.evaluation;

/**
 * Where a committee sheet's figures come from: the year-end snapshot frozen when the year was closed;
 * the live table where a year-end meeting's year is not closed yet (the page says so); or, for a
 * half-year meeting, the first half (上期) counted from the records, which only items counted by a rule
 * have (typed-in items keep no half-year figure, so their actual stays empty).
 */
public enum Material {
    SNAPSHOT,
    CURRENT_TABLE,
    FIRST_HALF
}
