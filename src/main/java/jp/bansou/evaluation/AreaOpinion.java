package jp.bansou.evaluation;

/** The committee's overall opinion on a business area for the year; {@code opinion} null where none was given. */
public record AreaOpinion(long areaId, String areaName, String opinion) {
}
