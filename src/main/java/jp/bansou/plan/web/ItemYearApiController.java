package jp.bansou.plan.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.District;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.organization.RoleHolder;
import jp.bansou.period.PeriodClosedException;
import jp.bansou.plan.ItemYearChange;
import jp.bansou.plan.ItemYearDetail;
import jp.bansou.plan.PlanQueries;
import jp.bansou.plan.PlanService;
import jp.bansou.plan.RoleAssignment;
import jp.bansou.plan.StaleItemYearException;
import jp.bansou.shared.Decimals;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * One item's year over the API: {@code GET} it, {@code PUT} a change quoting the version read
 * (409 when someone saved since or the year is closed, 422 with the reasons when the input is wrong,
 * 403 when not allowed). In a closed year an admin changes with a {@code reason}.
 * Districts and role holders are given by name, as the table shows them.
 */
@RestController
class ItemYearApiController {

    private final PlanQueries queries;
    private final PlanService service;
    private final OrganizationQueries organization;

    ItemYearApiController(PlanQueries queries, PlanService service, OrganizationQueries organization) {
        this.queries = queries;
        this.service = service;
        this.organization = organization;
    }

    @GetMapping("/api/v1/item-years/{id}")
    ResponseEntity<?> get(@AuthenticationPrincipal BansouUser user, @PathVariable long id) {
        return queries.itemYear(user.associationId(), id)
                .<ResponseEntity<?>>map(item -> ResponseEntity.ok(ItemYearJson.of(item, names(user), districts(user))))
                .orElseGet(() -> error(HttpStatus.NOT_FOUND, List.of("項目が見つかりません")));
    }

    @PutMapping("/api/v1/item-years/{id}")
    ResponseEntity<?> put(@AuthenticationPrincipal BansouUser user, @PathVariable long id,
                          @RequestBody ItemYearInput input) {
        ItemYearDetail current = queries.itemYear(user.associationId(), id).orElse(null);
        if (current == null) {
            return error(HttpStatus.NOT_FOUND, List.of("項目が見つかりません"));
        }
        List<String> problems = new ArrayList<>();
        if (input.grade() != null && !input.grade().equals(current.grade())) {
            problems.add("達成状況は確認者が判定します（項目ページの「達成状況の判定」）");
        }
        ItemYearChange change = input.toChange(user, organization, problems);
        if (!problems.isEmpty()) {
            return error(HttpStatus.UNPROCESSABLE_CONTENT, problems);
        }
        try {
            List<String> warnings = service.changeItemYear(user, id, input.version(), change, input.reason());
            ItemYearDetail saved = queries.itemYear(user.associationId(), id).orElseThrow();
            return ResponseEntity.ok(Map.of("item", ItemYearJson.of(saved, names(user), districts(user)),
                    "warnings", warnings));
        } catch (StaleItemYearException e) {
            return error(HttpStatus.CONFLICT, List.of("他の人が先に保存しました。最新の内容を取得し直してください"));
        } catch (PeriodClosedException e) {
            return error(HttpStatus.CONFLICT, List.of(e.getMessage()));
        } catch (IllegalArgumentException e) {
            return error(HttpStatus.UNPROCESSABLE_CONTENT, List.of(e.getMessage()));
        }
    }

    private Map<String, String> names(BansouUser user) {
        return organization.holderNames(user.associationId());
    }

    private List<District> districts(BansouUser user) {
        return organization.districts(user.associationId());
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, List<String> messages) {
        return ResponseEntity.status(status).body(Map.of("status", status.value(), "errors", messages));
    }

    record ItemYearJson(long id, int fiscalYear, String area, String name, String unit, String comparator,
                        BigDecimal target, BigDecimal actual, Map<String, BigDecimal> districts, String grade,
                        String reviewer, String lead, List<String> deputies, String note, int version) {

        static ItemYearJson of(ItemYearDetail item, Map<String, String> names, List<District> districts) {
            Map<String, BigDecimal> split = new LinkedHashMap<>();
            districts.stream().filter(d -> item.districtActuals().containsKey(d.id()))
                    .forEach(d -> split.put(d.name(), Decimals.plain(item.districtActuals().get(d.id()))));
            RoleAssignment roles = item.roles();
            return new ItemYearJson(item.itemYearId(), item.year().startYear(), item.areaName(), item.name(),
                    item.unit().label(), item.comparator().name(), Decimals.plain(item.target()),
                    Decimals.plain(item.actual()), split, item.grade(),
                    roles == null ? null : names.get(roles.reviewer().key()),
                    roles == null ? null : names.get(roles.lead().key()),
                    roles == null ? List.of() : roles.deputies().stream().map(d -> names.get(d.key())).toList(),
                    item.note(), item.version());
        }
    }

    /**
     * The body of a PUT: every field is the new state, as in the item page's form. The grade may be
     * left out or repeated as read; changing it here is refused, as the reviewer decides it.
     */
    record ItemYearInput(int version, BigDecimal target, BigDecimal actual, Map<String, BigDecimal> districts,
                         String grade, String note, String reviewer, String lead, List<String> deputies,
                         String reason) {

        ItemYearChange toChange(BansouUser user, OrganizationQueries organization, List<String> problems) {
            Map<String, Long> districtIds = new HashMap<>();
            organization.districts(user.associationId()).forEach(d -> districtIds.put(d.name(), d.id()));
            Map<String, RoleHolder> holders = new HashMap<>();
            organization.holderNames(user.associationId())
                    .forEach((key, name) -> holders.put(name, RoleHolder.parseKey(key)));
            Map<Long, BigDecimal> split = new LinkedHashMap<>();
            if (districts != null) {
                districts.forEach((name, value) -> {
                    if (!districtIds.containsKey(name)) {
                        problems.add("地区「" + name + "」は登録されていません");
                    } else if (value != null) {
                        split.put(districtIds.get(name), value);
                    }
                });
            }
            RoleHolder reviewerHolder = holder(holders, reviewer, "確認者", problems);
            RoleHolder leadHolder = holder(holders, lead, "主担当", problems);
            List<RoleHolder> deputyHolders = deputies == null ? List.of()
                    : deputies.stream().map(d -> holder(holders, d, "副担当", problems)).toList();
            if (!problems.isEmpty()) {
                return null;
            }
            try {
                return new ItemYearChange(target, actual, split, note,
                        new RoleAssignment(reviewerHolder, leadHolder, deputyHolders));
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
                return null;
            }
        }

        private static RoleHolder holder(Map<String, RoleHolder> holders, String name, String role,
                                         List<String> problems) {
            if (name == null || name.isBlank()) {
                problems.add(role + "は必須です");
                return null;
            }
            RoleHolder holder = holders.get(name.strip());
            if (holder == null) {
                problems.add(role + "「" + name + "」は職員にもグループにも登録されていません");
            }
            return holder;
        }
    }
}
