package jp.bansou.web.authz;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.bansou.notification.Notifications;
import jp.bansou.organization.OrganizationService;
import jp.bansou.organization.UserRole;
import jp.bansou.plan.ItemUnit;
import jp.bansou.plan.ItemYearSetup;
import jp.bansou.plan.NewItem;
import jp.bansou.plan.PlanService;
import jp.bansou.plan.TargetComparator;
import jp.bansou.shared.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fills a route's path variables with real rows of the seed association (the first of each kind),
 * and sets up a second association, through the organization and plan APIs, whose admin asks for
 * them. Ids are looked up by SQL: the fixture only reads, to find what the demo data holds.
 */
final class RouteFixture {

    static final String OTHER_ADMIN = "authz-other-admin";
    static final String MISSING = "999999999";
    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

    private final JdbcClient jdbc;
    private final long seed;
    private final long leadItemYear;
    private final long otherItemYear;
    private final String feedToken;
    private final Map<String, String> ids = new LinkedHashMap<>();

    RouteFixture(JdbcClient jdbc, OrganizationService organization, PlanService plan, Notifications notifications,
                 String feedToken) {
        this.jdbc = jdbc;
        this.feedToken = feedToken;
        this.seed = jdbc.sql("SELECT id FROM association WHERE code = 'kure-koiki'").query(Long.class).single();
        long staffMember = jdbc.sql("SELECT staff_member_id FROM app_user WHERE username = 'kawamoto'")
                .query(Long.class).single();
        this.leadItemYear = first("""
                SELECT y.id FROM item_year y JOIN item_year_role r ON r.item_year_id = y.id
                WHERE r.role = 'LEAD' AND r.staff_member_id = ? AND y.fiscal_year = 2022""", staffMember);
        this.otherItemYear = first("""
                SELECT y.id FROM item_year y JOIN kpi_item i ON i.id = y.item_id
                WHERE i.association_id = ? AND y.fiscal_year = 2022 AND NOT EXISTS (
                    SELECT 1 FROM item_year_role r WHERE r.item_year_id = y.id
                    AND (r.staff_member_id = ? OR r.staff_member_id IS NULL))""", seed, staffMember);
        secondAssociation(organization, plan);
        ids.put("business", first("SELECT id FROM business WHERE association_id = ?", seed) + "");
        ids.put("duplicate", first("SELECT id FROM business WHERE association_id = ? AND id > ?", seed,
                Long.parseLong(ids.get("business"))) + "");
        ids.put("event", first("SELECT id FROM schedule_event WHERE association_id = ?", seed) + "");
        ids.put("meeting", first("SELECT id FROM committee_meeting WHERE association_id = ?", seed) + "");
        ids.put("committeeMember", first("SELECT id FROM committee_member WHERE association_id = ?", seed) + "");
        ids.put("improvement", first("SELECT id FROM improvement WHERE association_id = ?", seed) + "");
        ids.put("expenseCategory", first("SELECT id FROM expense_category WHERE association_id = ?", seed) + "");
        ids.put("spending", first("SELECT id FROM spending_entry WHERE association_id = ?", seed) + "");
        long kawamoto = jdbc.sql("SELECT id FROM app_user WHERE username = 'kawamoto'").query(Long.class).single();
        notifications.notify(seed, List.of(kawamoto), "AUTHZ", "権限の確認", null);
        ids.put("notification", first("SELECT id FROM notification WHERE user_id = ?", kawamoto) + "");
        ids.put("batch", first("SELECT id FROM import_batch WHERE association_id = ?", seed) + "");
        ids.put("area", first("SELECT id FROM business_area WHERE association_id = ?", seed) + "");
        ids.put("item", first("SELECT id FROM kpi_item WHERE association_id = ?", seed) + "");
        ids.put("user", kawamoto + "");
        ids.put("staff", staffMember + "");
        ids.put("group", first("SELECT id FROM staff_group WHERE association_id = ? AND kind <> 'ALL_ADVISORS'", seed)
                + "");
        ids.put("groupMember", staffMember + "");
        ids.put("district", first("SELECT id FROM district WHERE association_id = ? AND NOT head_office", seed) + "");
        ids.put("profile", jdbc.sql("SELECT MIN(name) FROM import_profile WHERE association_id = ?").param(seed)
                .query(String.class).optional().orElse("none"));
    }

    private void secondAssociation(OrganizationService organization, PlanService plan) {
        long other = organization.createAssociation("authz-other", "他商工会");
        organization.addDistrict(other, "本所", true);
        organization.addUser(other, OTHER_ADMIN, "other-secret", "他会 管理者", UserRole.ADMIN, null);
        plan.createPlan(other, "他会の計画", FiscalYear.of(2021), FiscalYear.of(2025));
        long area = plan.addArea(other, "他会の事業", 1, null);
        long item = plan.addItem(other, new NewItem(area, null, "他会の項目", ItemUnit.KEN, TargetComparator.AT_LEAST,
                null, null));
        plan.setUpItemYear(new ItemYearSetup(item, FiscalYear.of(2022), BigDecimal.TEN, null, null, null, null,
                null, null));
    }

    /** The path with every variable filled for the role; an id the demo lacks becomes one that exists nowhere. */
    String path(String pattern, Role role) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(path, Matcher.quoteReplacement(value(pattern, m.group(1), role)));
        }
        m.appendTail(path);
        return path.toString();
    }

    /** Query parameters a route needs to reach its controller at all. */
    Map<String, String> params(String pattern) {
        return switch (pattern) {
            case "/businesses/{kept}/merge" -> Map.of("duplicate", ids.get("duplicate"));
            case "/businesses/{id}/trend" -> Map.of("fy", "2022", "sales", "UP", "grossProfit", "UP");
            case "/admin/budget-categories/{id}/active" -> Map.of("active", "false");
            case "/budget/ledger/{id}/reverse" -> Map.of("fy", "2022", "reason", "誤記");
            case "/schedule/events/{id}/status" -> Map.of("status", "CANCELLED");
            case "/evaluation/members/{id}/delete" -> Map.of("fy", "2022");
            case "/admin/districts/{id}/move", "/admin/staff/{id}/move" -> Map.of("up", "true");
            case "/admin/areas/{id}/move", "/admin/items/{id}/move" -> Map.of("delta", "1");
            case "/admin/items/{id}/area" -> Map.of("area", ids.get("area"));
            case "/admin/groups/{id}/members" -> Map.of("staffMemberId", ids.get("staff"));
            case "/admin/users/{id}/role" -> Map.of("role", "STAFF");
            case "/admin/grading-scale/steps/delete" -> Map.of("code", "C");
            default -> Map.of();
        };
    }

    /** A row the test created through another module's API (e.g. kawamoto's API token). */
    void add(String kind, long id) {
        ids.put(kind, id + "");
    }

    /** What the fixture found, for the report beside the observed answers. */
    Map<String, String> ids() {
        return ids;
    }

    private String value(String pattern, String variable, Role role) {
        long itemYear = role == Role.STAFF ? otherItemYear : leadItemYear;
        return switch (variable) {
            case "fy" -> "2022";
            case "code" -> "kure-koiki";
            case "itemId" -> jdbc.sql("SELECT item_id FROM item_year WHERE id = ?").param(itemYear)
                    .query(Long.class).single() + "";
            case "itemYear" -> itemYear + "";
            case "checkInId" -> first("SELECT id FROM check_in WHERE item_year_id = ?", itemYear) + "";
            case "kept" -> ids.get("business");
            case "member" -> ids.get("committeeMember");
            case "name" -> ids.get("profile");
            case "staffMemberId" -> ids.get("groupMember");
            case "token" -> pattern.startsWith("/calendar") ? feedToken : "no-such-token";
            case "id" -> idFor(pattern, itemYear);
            default -> throw new IllegalStateException("the fixture cannot fill {" + variable + "} in " + pattern);
        };
    }

    private String idFor(String pattern, long itemYear) {
        if (pattern.startsWith("/items/") || pattern.startsWith("/api/v1/item-years/")) {
            return itemYear + "";
        }
        String kind = pattern.startsWith("/businesses/") ? "business"
                : pattern.startsWith("/schedule/events/") ? "event"
                : pattern.startsWith("/evaluation/meetings/") ? "meeting"
                : pattern.startsWith("/evaluation/members/") ? "committeeMember"
                : pattern.startsWith("/evaluation/improvements/") ? "improvement"
                : pattern.startsWith("/admin/budget-categories/") ? "expenseCategory"
                : pattern.startsWith("/admin/areas/") ? "area"
                : pattern.startsWith("/admin/items/") ? "item"
                : pattern.startsWith("/admin/users/") ? "user"
                : pattern.startsWith("/admin/staff/") ? "staff"
                : pattern.startsWith("/admin/groups/") ? "group"
                : pattern.startsWith("/admin/districts/") ? "district"
                : pattern.startsWith("/budget/ledger/") ? "spending"
                : pattern.startsWith("/notifications/") ? "notification"
                : pattern.startsWith("/imports/jobs/") ? "job"
                : pattern.startsWith("/imports/") || pattern.startsWith("/api/v1/imports/") ? "batch"
                : pattern.startsWith("/account/tokens/") || pattern.startsWith("/admin/tokens/") ? "token"
                : null;
        if (kind == null) {
            throw new IllegalStateException("the fixture does not know what {id} is in " + pattern);
        }
        return ids.getOrDefault(kind, MISSING);
    }


    private long first(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).list().stream().min(Long::compare)
                .orElse(Long.parseLong(MISSING));
    }
}
