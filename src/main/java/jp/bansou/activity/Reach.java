package jp.bansou.activity;

/**
 * How far a selection of records goes over a fiscal year: how many records (延べ回数), how many
 * distinct businesses they concern (records without a business, such as events, count for none)
 * and how many distinct staff members appear on them.
 */
public record Reach(long records, long businesses, long staff) {
}
