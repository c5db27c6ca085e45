package jp.bansou.plan;

/** A business area by name, for choosing or matching one; guideline 1–4 or null. */
public record AreaRef(long id, String name, Integer guideline, String subHeading) {
}
