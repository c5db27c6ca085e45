package jp.bansou.organization.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.organization.StaffGroup;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The association at a glance: districts in order, staff by kind, groups with their members. */
@Controller
class OrganizationController {

    private final OrganizationQueries queries;

    OrganizationController(OrganizationQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/organization")
    String organization(@AuthenticationPrincipal BansouUser user, Model model) {
        long association = user.associationId();
        Map<StaffGroup, List<String>> groups = new LinkedHashMap<>();
        queries.groups(association).forEach(g -> groups.put(g, queries.memberNames(g.id())));
        model.addAttribute("districts", queries.districts(association));
        model.addAttribute("staff", queries.staffMembers(association));
        model.addAttribute("groups", groups);
        return "organization/organization";
    }
}
