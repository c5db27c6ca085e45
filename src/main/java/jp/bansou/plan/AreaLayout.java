package jp.bansou.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * The items of one business area in table order, as the sheet lays them out: each item followed by
 * its うち rows (one level only). Every change returns a new layout; the rules that keep the table
 * readable are here: an item moves with its うち rows, a うち row moves only among its siblings, and
 * only a top-level item without うち rows of its own can become a うち row of another top-level item.
 */
public record AreaLayout(List<ItemPlace> items) {

    public AreaLayout {
        items = List.copyOf(items);
    }

    /** One place up (delta -1) or down (+1) among its siblings; unchanged at either end. */
    public AreaLayout move(long itemId, int delta) {
        ItemPlace item = find(itemId);
        List<List<ItemPlace>> blocks = item.isSubItem() ? subBlocks(item.parentId()) : topBlocks();
        int at = indexOfBlock(blocks, itemId);
        int to = at + delta;
        if (to < 0 || to >= blocks.size()) {
            return this;
        }
        blocks.add(to, blocks.remove(at));
        return item.isSubItem() ? withChildren(item.parentId(), flatten(blocks)) : new AreaLayout(flatten(blocks));
    }

    /** Makes the item a うち row of {@code parentId}, placed after the parent's last うち row. */
    public AreaLayout makeSubItem(long itemId, long parentId) {
        ItemPlace item = find(itemId);
        ItemPlace parent = find(parentId);
        if (itemId == parentId) {
            throw new PlanChangeRefused("項目を自分自身の「うち」にはできません");
        }
        if (parent.isSubItem()) {
            throw new PlanChangeRefused("「" + parent.name() + "」は「うち」の項目です。「うち」は一段までです");
        }
        if (!children(itemId).isEmpty()) {
            throw new PlanChangeRefused("「" + item.name() + "」には「うち」の項目があるため、ほかの項目の「うち」にはできません");
        }
        List<ItemPlace> rest = new ArrayList<>(items);
        rest.remove(item);
        AreaLayout without = new AreaLayout(rest);
        int after = without.items.indexOf(parent) + without.children(parentId).size();
        rest.add(after + 1, item.under(parentId));
        return new AreaLayout(rest);
    }

    /** Makes a うち row a top-level item again, placed right after its former parent's block. */
    public AreaLayout makeTopLevel(long itemId) {
        ItemPlace item = find(itemId);
        if (!item.isSubItem()) {
            return this;
        }
        List<ItemPlace> rest = new ArrayList<>(items);
        rest.remove(item);
        AreaLayout without = new AreaLayout(rest);
        ItemPlace parent = find(item.parentId());
        int after = without.items.indexOf(parent) + without.children(parent.itemId()).size();
        rest.add(after + 1, item.under(null));
        return new AreaLayout(rest);
    }

    /** The item with its うち rows, which leave this area together (a moved うち row becomes top-level). */
    public List<ItemPlace> block(long itemId) {
        ItemPlace item = find(itemId);
        List<ItemPlace> block = new ArrayList<>();
        block.add(item.under(null));
        block.addAll(children(itemId));
        return block;
    }

    public AreaLayout without(List<ItemPlace> block) {
        List<Long> ids = block.stream().map(ItemPlace::itemId).toList();
        return new AreaLayout(items.stream().filter(i -> !ids.contains(i.itemId())).toList());
    }

    public AreaLayout append(List<ItemPlace> block) {
        List<ItemPlace> all = new ArrayList<>(items);
        all.addAll(block);
        return new AreaLayout(all);
    }

    public List<ItemPlace> children(long parentId) {
        return items.stream().filter(i -> i.parentId() != null && i.parentId() == parentId).toList();
    }

    ItemPlace find(long itemId) {
        return items.stream().filter(i -> i.itemId() == itemId).findFirst()
                .orElseThrow(() -> new PlanChangeRefused("項目がこの事業にありません"));
    }

    private List<List<ItemPlace>> topBlocks() {
        List<List<ItemPlace>> blocks = new ArrayList<>();
        items.stream().filter(i -> !i.isSubItem()).forEach(i -> blocks.add(block(i.itemId())));
        return blocks;
    }

    private List<List<ItemPlace>> subBlocks(long parentId) {
        List<List<ItemPlace>> blocks = new ArrayList<>();
        children(parentId).forEach(c -> blocks.add(List.of(c)));
        return blocks;
    }

    private AreaLayout withChildren(long parentId, List<ItemPlace> newChildren) {
        List<ItemPlace> all = new ArrayList<>(items.stream().filter(i -> !newChildren.contains(i)).toList());
        all.addAll(all.indexOf(find(parentId)) + 1, newChildren);
        return new AreaLayout(all);
    }

    private static int indexOfBlock(List<List<ItemPlace>> blocks, long itemId) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).get(0).itemId() == itemId) {
                return i;
            }
        }
        throw new IllegalStateException("item not in a block");
    }

    private static List<ItemPlace> flatten(List<List<ItemPlace>> blocks) {
        return blocks.stream().flatMap(List::stream).toList();
    }
}
