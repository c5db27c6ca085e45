package jp.bansou.budget;

/** A business area (事業) of the plan, as a choice for a budget line. */
public record AreaRef(long id, String name) {
}
