package jp.bansou.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.bansou.organization.OrganizationService;
import jp.bansou.organization.RoleHolder;
import jp.bansou.organization.StaffKind;
import jp.bansou.plan.ItemUnit;
import jp.bansou.plan.ItemYearSetup;
import jp.bansou.plan.NewItem;
import jp.bansou.plan.PlanQueries;
import jp.bansou.plan.PlanService;
import jp.bansou.plan.RoleAssignment;
import jp.bansou.plan.TargetComparator;
import jp.bansou.shared.FiscalYear;
import jp.bansou.support.BansouSpringTest;
import jp.bansou.support.DemoUsers;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/** Another association's items do not exist for the seed association's users, even by id. */
@BansouSpringTest
@Transactional
class AssociationIsolationTest {

    private static final String OTHER_ITEM = "他会の巡回件数";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired OrganizationService organizationService;
    @Autowired PlanService planService;

    @Autowired PlanQueries planQueries;

    private long otherAssociation;
    private long otherItemYearId;

    @BeforeEach
    void setUpAnotherAssociation() {
        long association = organizationService.createAssociation("other-town", "隣町商工会");
        otherAssociation = association;
        long district = organizationService.addDistrict(association, "中央", true);
        RoleHolder advisor = RoleHolder.person(
                organizationService.addStaffMember(association, "山田", StaffKind.ADVISOR, LocalDate.of(2020, 4, 1)));
        long area = planService.addArea(association, "経営状況分析", 1, null);
        long item = planService.addItem(association,
                new NewItem(area, null, OTHER_ITEM, ItemUnit.KEN, TargetComparator.AT_LEAST, null, null));
        otherItemYearId = planService.setUpItemYear(new ItemYearSetup(item, FiscalYear.of(2021), new BigDecimal("50"),
                null, new BigDecimal("12"), Map.of(district, new BigDecimal("12")), null, null,
                new RoleAssignment(advisor, advisor, List.of())));
    }

    @Test
    void hidesTheItemPage() throws Exception {
        mvc.perform(get("/items/{id}", otherItemYearId).with(as("sasaki"))).andExpect(status().isNotFound());
    }

    @Test
    void refusesToSaveTheItem() throws Exception {
        mvc.perform(post("/items/{id}", otherItemYearId).param("actual", "99").param("version", "0")
                        .with(csrf()).with(as("sasaki")))
                .andExpect(status().isNotFound());
        assertThat(planQueries.itemYear(otherAssociation, otherItemYearId).orElseThrow().actual())
                .isEqualByComparingTo("12");
    }

    @Test
    void leavesTheItemOutOfTheApi() throws Exception {
        mvc.perform(get("/api/v1/target-table").param("fy", "2021").with(httpBasic("sasaki", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(63))
                .andExpect(jsonPath("$.items[*].name", Matchers.not(Matchers.hasItem(OTHER_ITEM))));
    }

    private RequestPostProcessor as(String username) {
        return new DemoUsers(users).as(username);
    }
}
