package jp.bansou.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.bansou.support.BansouSpringTest;
import jp.bansou.support.DemoUsers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A year nobody can have (before 1989, or not a number) is the visitor's mistake: 400, never 500. */
@BansouSpringTest
class InvalidYearTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    @ParameterizedTest(name = "{0}?fy={1}")
    @CsvSource({"/target-table, 1800", "/target-table, abc", "/members, 1800", "/members, abc",
        "/five-year, 1800", "/five-year, abc"})
    void answersBadRequestForAYearOutOfRange(String page, String fy) throws Exception {
        mvc.perform(get(page).param("fy", fy).with(new DemoUsers(users).as("viewer")))
                .andExpect(status().isBadRequest());
    }
}
