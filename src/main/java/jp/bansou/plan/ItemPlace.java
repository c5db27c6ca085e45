package jp.bansou.plan;

/** Where an item sits in its area: its id and, for a うち row, the item it belongs to. */
public record ItemPlace(long itemId, Long parentId, String name) {

    public boolean isSubItem() {
        return parentId != null;
    }

    ItemPlace under(Long parent) {
        return new ItemPlace(itemId, parent, name);
    }
}
