package jp.bansou.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.math.BigDecimal;
import java.util.List;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.shared.FiscalYear;
import jp.bansou.support.BansouSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

@BansouSpringTest
@Transactional
class SubItemCheckTest {

    static final FiscalYear FY2021 = FiscalYear.of(2021);

    @Autowired PlanQueries plan;
    @Autowired PlanService service;
    @Autowired OrganizationQueries organization;
    @Autowired UserDetailsService users;
    @Autowired MockMvc mvc;

    @Test
    void flagsASubItemLargerThanItsParentAndWarnsOnSave() throws Exception {
        BansouUser reviewer = (BansouUser) users.loadUserByUsername("sasaki");
        long association = reviewer.associationId();
        assertThat(plan.subItemsAboveParent(association, FY2021)).isEmpty();
        TargetRow innovation = plan.targetTable(association, FY2021).areas().stream()
                .flatMap(a -> a.rows().stream()).filter(r -> r.name().equals("経営革新支援")).findFirst().orElseThrow();
        ItemYearDetail detail = plan.itemYear(association, innovation.itemYearId()).orElseThrow();

        List<String> warnings = service.changeItemYear(reviewer, innovation.itemYearId(), detail.version(),
                new ItemYearChange(detail.target(), new BigDecimal("1000"), detail.districtActuals(), detail.note(),
                        detail.roles()));

        assertThat(warnings).contains("「うち」の項目の実績が親項目の実績を上回っています");
        assertThat(plan.subItemsAboveParent(association, FY2021)).containsOnlyKeys(innovation.itemYearId());
        assertThat(plan.targetTable(association, FY2021).exceedsParent(innovation)).isTrue();
        mvc.perform(get("/target-table").param("fy", "2021").with(user(reviewer)))
                .andExpect(content().string(containsString("親項目の実績を上回っています")));
    }
}
