package jp.bansou.plan;

/** An item by name, for lists where one is chosen; parentItemId for うち rows. */
public record ItemRef(long id, String areaName, String name, Long parentItemId, ItemUnit unit) {
}
