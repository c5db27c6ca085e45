package jp.bansou.plan.web;

import java.math.BigDecimal;
import java.util.List;
import jp.bansou.organization.RoleHolder;
import jp.bansou.plan.ItemYearDetail;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The item form as the page would post it: the stored values, then whatever a test changes. */
final class ItemFormParams {

    private final long itemYearId;
    private final MultiValueMap<String, String> values = new LinkedMultiValueMap<>();

    private ItemFormParams(long itemYearId) {
        this.itemYearId = itemYearId;
    }

    static ItemFormParams of(ItemYearDetail item) {
        ItemFormParams form = new ItemFormParams(item.itemYearId());
        form.set("target", text(item.target())).set("actual", text(item.actual()))
                .set("note", item.note())
                .set("reviewer", item.roles().reviewer().key()).set("lead", item.roles().lead().key())
                .set("version", Integer.toString(item.version()));
        item.districtActuals().forEach((district, value) -> form.district(district, text(value)));
        form.values.put("deputies", item.roles().deputies().stream().map(RoleHolder::key).toList());
        return form;
    }

    ItemFormParams set(String name, String value) {
        values.put(name, List.of(value == null ? "" : value));
        return this;
    }

    ItemFormParams district(long districtId, String value) {
        return set("districtActuals[" + districtId + "]", value);
    }

    /** The POST without a CSRF token; add {@code csrf()} and a user as the test needs. */
    MockHttpServletRequestBuilder post() {
        return MockMvcRequestBuilders.post("/items/" + itemYearId)
                .params(values);
    }

    private static String text(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
