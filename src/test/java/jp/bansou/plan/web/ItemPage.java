package jp.bansou.plan.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.bansou.support.DemoUsers;
import jp.bansou.support.Html;
import org.jsoup.nodes.Document;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/** Drives the item page as a demo user: show it, post the form, follow the redirect after a save. */
final class ItemPage {

    private final MockMvc mvc;
    private final DemoUsers users;

    ItemPage(MockMvc mvc, DemoUsers users) {
        this.mvc = mvc;
        this.users = users;
    }

    Document show(long itemYearId, String username) throws Exception {
        return Html.parse(mvc.perform(get("/items/{id}", itemYearId).with(users.as(username)))
                .andExpect(status().isOk()).andReturn());
    }

    ResultActions save(ItemFormParams form, String username) throws Exception {
        return mvc.perform(form.post().with(csrf()).with(users.as(username)));
    }

    /** The page the browser sees after the save's redirect, with its flash messages. */
    Document afterRedirect(MvcResult saved, String username) throws Exception {
        return Html.parse(mvc.perform(get(saved.getResponse().getRedirectedUrl())
                .flashAttrs(saved.getFlashMap()).with(users.as(username))).andExpect(status().isOk()).andReturn());
    }

    /** The text of the error shown beside the input with this id. */
    static String fieldError(Document page, String inputId) {
        return page.select(".field:has(#" + inputId + ") .field-error").text();
    }
}
