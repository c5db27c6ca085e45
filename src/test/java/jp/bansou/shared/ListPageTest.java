package jp.bansou.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ListPageTest {

    private final List<String> names = List.of("旅費", "謝金", "会場借料", "Web広告費");

    @Test
    void searchesByPartOfTheNameIgnoringCase() {
        assertThat(ListPage.of(names, Function.identity(), "web", null, null).entries()).containsExactly("Web広告費");
        assertThat(ListPage.of(names, Function.identity(), " 費 ", null, null).entries()).containsExactly("旅費", "Web広告費");
    }

    @Test
    void keepsTheListsOwnOrderUnlessSortedByName() {
        assertThat(ListPage.of(names, Function.identity(), null, null, null).entries()).isEqualTo(names);
        List<String> ascending = new java.util.ArrayList<>(ListPage.of(names, Function.identity(), null, "name", null)
                .entries());
        assertThat(ascending).containsExactlyInAnyOrderElementsOf(names).isNotEqualTo(names);
        java.util.Collections.reverse(ascending);
        assertThat(ListPage.of(names, Function.identity(), null, "name-desc", null).entries())
                .containsExactlyElementsOf(ascending);
    }

    @Test
    void pagesByTwentyClampingThePageAsked() {
        List<String> many = IntStream.range(0, 45).mapToObj(i -> "n" + i).toList();
        ListPage<String> last = ListPage.of(many, Function.identity(), null, null, 9);
        assertThat(last.page()).isEqualTo(2);
        assertThat(last.pages()).isEqualTo(3);
        assertThat(last.entries()).containsExactly("n40", "n41", "n42", "n43", "n44");
        assertThat(last.hasNext()).isFalse();
        assertThat(ListPage.of(many, Function.identity(), null, null, -1).entries()).hasSize(20).startsWith("n0");
    }
}
