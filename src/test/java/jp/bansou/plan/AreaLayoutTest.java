package jp.bansou.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AreaLayoutTest {

    // 1 合計 (うち 2, 3), 4, 5
    private final AreaLayout layout = new AreaLayout(List.of(place(1, null), place(2, 1L), place(3, 1L),
            place(4, null), place(5, null)));

    @Test
    void movesATopLevelItemWithItsSubItems() {
        assertThat(ids(layout.move(4, -1))).containsExactly(4L, 1L, 2L, 3L, 5L);
        assertThat(layout.move(4, -1).items().get(2).parentId()).isEqualTo(1L);
        assertThat(ids(layout.move(1, 1))).containsExactly(4L, 1L, 2L, 3L, 5L);
    }

    @Test
    void movesASubItemOnlyAmongItsSiblings() {
        assertThat(ids(layout.move(3, -1))).containsExactly(1L, 3L, 2L, 4L, 5L);
        assertThat(layout.move(2, -1)).isEqualTo(layout);
        assertThat(layout.move(3, 1)).isEqualTo(layout);
    }

    @Test
    void leavesTheEndsAlone() {
        assertThat(layout.move(1, -1)).isEqualTo(layout);
        assertThat(layout.move(5, 1)).isEqualTo(layout);
    }

    @Test
    void makesASubItemAfterTheParentsLastSubItem() {
        AreaLayout after = layout.makeSubItem(5, 1);
        assertThat(ids(after)).containsExactly(1L, 2L, 3L, 5L, 4L);
        assertThat(after.children(1)).extracting(ItemPlace::itemId).containsExactly(2L, 3L, 5L);
    }

    @Test
    void makesASubItemTopLevelAfterItsFormerParentsBlock() {
        AreaLayout after = layout.makeTopLevel(2);
        assertThat(ids(after)).containsExactly(1L, 3L, 2L, 4L, 5L);
        assertThat(after.items().get(2).isSubItem()).isFalse();
    }

    @Test
    void refusesASecondLevelOrAParentBecomingASubItem() {
        assertThatThrownBy(() -> layout.makeSubItem(4, 2)).isInstanceOf(PlanChangeRefused.class)
                .hasMessageContaining("「うち」は一段までです");
        assertThatThrownBy(() -> layout.makeSubItem(1, 4)).isInstanceOf(PlanChangeRefused.class)
                .hasMessageContaining("「item1」には「うち」の項目がある");
        assertThatThrownBy(() -> layout.makeSubItem(4, 4)).isInstanceOf(PlanChangeRefused.class);
    }

    @Test
    void refusesAParentFromAnotherArea() {
        assertThatThrownBy(() -> layout.makeSubItem(4, 99)).isInstanceOf(PlanChangeRefused.class)
                .hasMessage("項目がこの事業にありません");
    }

    @Test
    void takesAnItemOutWithItsSubItemsAndAppendsThemElsewhere() {
        List<ItemPlace> block = layout.block(1);
        assertThat(ids(layout.without(block))).containsExactly(4L, 5L);
        AreaLayout other = new AreaLayout(List.of(place(9, null))).append(block);
        assertThat(ids(other)).containsExactly(9L, 1L, 2L, 3L);
        assertThat(layout.block(2)).singleElement().satisfies(p -> assertThat(p.isSubItem()).isFalse());
    }

    private static ItemPlace place(long id, Long parent) {
        return new ItemPlace(id, parent, "item" + id);
    }

    private static List<Long> ids(AreaLayout layout) {
        return layout.items().stream().map(ItemPlace::itemId).toList();
    }
}
