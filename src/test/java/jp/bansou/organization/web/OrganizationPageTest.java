package jp.bansou.organization.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.bansou.organization.BansouUser;
import jp.bansou.support.BansouSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@BansouSpringTest
class OrganizationPageTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    @Test
    void showsDistrictsStaffAndGroupsWithTheirMembers() throws Exception {
        BansouUser viewer = (BansouUser) users.loadUserByUsername("viewer");
        mvc.perform(get("/organization").with(user(viewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(matchesPattern("(?s).*音戸.*倉橋.*川尻.*安浦.*安芸灘.*本所.*")))
                .andExpect(content().string(containsString("歴数")))
                .andExpect(content().string(containsString("鏡亀")))
                .andExpect(content().string(containsString("佐々木、河本、藤本、歴数、井川、古川、菊池、大石、鏡亀")))
                .andExpect(content().string(containsString("（メンバー未登録）")));
    }
}
