package jp.bansou.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import jp.bansou.activity.ActivityQueries;
import jp.bansou.activity.SupportCategory;
import jp.bansou.audit.AuditFilter;
import jp.bansou.audit.AuditQueries;
import jp.bansou.audit.AuditRow;
import jp.bansou.audit.AuditType;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.organization.RoleHolder;
import jp.bansou.organization.StaffGroup;
import jp.bansou.plan.PlanQueries;
import jp.bansou.plan.TargetRow;
import jp.bansou.shared.FiscalYear;
import jp.bansou.support.LoggedIn;
import jp.bansou.support.SeedItems;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * The schedule on H2 and PostgreSQL (the subclasses): events and recurring plans stored and read
 * back, statuses, marking held with a new or an existing activity record (the counted item follows),
 * a person's events through their groups, and the audit rows.
 */
@Transactional
abstract class ScheduleContract {

    static final FiscalYear FY2022 = SeedItems.FY2022;
    static final String SEMINAR_ITEM = "人材活用セミナー開催";

    @Autowired ScheduleService schedule;
    @Autowired ScheduleKinds kinds;
    @Autowired EventCompletion completion;
    @Autowired ScheduleQueries queries;
    @Autowired ActivityQueries activities;
    @Autowired PlanQueries plan;
    @Autowired OrganizationQueries organization;
    @Autowired AuditQueries audit;
    @Autowired UserDetailsService users;

    SeedItems seed;
    long association;
    BansouUser staff;

    @BeforeEach
    void setUp() {
        seed = new SeedItems(plan, organization);
        association = seed.associationId();
        staff = new LoggedIn(users).as("kawamoto");
    }

    @AfterEach
    void logOut() {
        LoggedIn.logOut();
    }

    @Test
    void storesAnEventWithItsPeopleAndItemsAndReadsItBack() {
        StaffGroup advisors = group("各指導員");
        long id = schedule.add(staff, draft("人材活用セミナー", PlannedWhen.days(LocalDate.of(2022, 7, 5), null),
                List.of(RoleHolder.person(staff.staffMemberId()), RoleHolder.group(advisors.id()))));

        ScheduleEvent event = queries.event(association, id).orElseThrow();
        assertThat(event.title()).isEqualTo("人材活用セミナー");
        assertThat(event.kindName()).isEqualTo("セミナー");
        assertThat(event.fiscalYear()).isEqualTo(FY2022);
        assertThat(event.place()).isEqualTo("本所 会議室");
        assertThat(event.holderNames()).containsExactly("河本", "各指導員");
        assertThat(event.itemNames()).containsExactly(SEMINAR_ITEM);
        assertThat(event.status()).isEqualTo(EventStatus.PLANNED);
        assertThat(latest().after()).contains("人材活用セミナー", "2022-07-05");
        assertThat(latest().userName()).isEqualTo("河本");
    }

    @Test
    void aQuarterlyPlanExpandsIntoFourEventsOfTheSameFiscalYear() {
        List<Long> ids = schedule.addRecurring(staff, FY2022, Recurrence.parse("quarterly: 4,7,10,1月"),
                draft("景況調査", PlannedWhen.month(YearMonth.of(2022, 4)), List.of()));

        List<ScheduleEvent> events = queries.events(association, FY2022).stream()
                .filter(e -> ids.contains(e.id())).toList();
        assertThat(events).extracting(e -> e.when().from()).containsExactly(LocalDate.of(2022, 4, 1),
                LocalDate.of(2022, 7, 1), LocalDate.of(2022, 10, 1), LocalDate.of(2023, 1, 1));
        assertThat(events).allSatisfy(e -> {
            assertThat(e.fiscalYear()).isEqualTo(FY2022);
            assertThat(e.planId()).isNotNull();
            assertThat(e.when().wholeMonth()).isTrue();
        });
        assertThat(latest().after()).contains("4,7,10,1月", "令和4年度 4件");
    }

    @Test
    void editsAnEventAndSetsItsStatus() {
        long id = schedule.add(staff, draft("商談会", PlannedWhen.month(YearMonth.of(2022, 9)), List.of()));
        schedule.update(staff, id, 0, new EventDraft(firstArea(), kind("商談会・展示会"), "オールクレ商談会",
                PlannedWhen.days(LocalDate.of(2022, 11, 1), LocalDate.of(2022, 11, 2)), "呉市役所", List.of(),
                Set.of(), null));
        schedule.setOutcome(staff, id, new Outcome(EventStatus.POSTPONED, null));

        ScheduleEvent event = queries.event(association, id).orElseThrow();
        assertThat(event.title()).isEqualTo("オールクレ商談会");
        assertThat(event.when().label()).isEqualTo("2022-11-01〜2022-11-02");
        assertThat(event.itemIds()).isEmpty();
        assertThat(event.status()).isEqualTo(EventStatus.POSTPONED);
        assertThat(event.overdue(LocalDate.of(2022, 11, 3))).isTrue();
        assertThat(latest().before()).contains("状況: 予定");
        assertThat(latest().after()).contains("状況: 延期");
    }

    @Test
    void markingASeminarDoneRecordsItAndTheCountedItemFollows() {
        BigDecimal before = actual(SEMINAR_ITEM);
        long id = schedule.add(staff, draft("人材活用セミナー", PlannedWhen.month(YearMonth.of(2022, 6)),
                List.of(RoleHolder.person(staff.staffMemberId()))));

        long record = completion.markDone(staff, id, LocalDate.of(2022, 6, 15), 23, Set.of(category("人材育成")));

        assertThat(actual(SEMINAR_ITEM)).isEqualByComparingTo(before.add(BigDecimal.ONE));
        ScheduleEvent event = queries.event(association, id).orElseThrow();
        assertThat(event.status()).isEqualTo(EventStatus.DONE);
        assertThat(event.actualDate()).isEqualTo(LocalDate.of(2022, 6, 15));
        assertThat(event.recordIds()).containsExactly(record);
        assertThat(latest().after()).contains("実施済", "#" + record);
        assertThatThrownBy(() -> completion.markDone(staff, id, LocalDate.of(2022, 6, 16), null, Set.of()))
                .hasMessageContaining("すでに実施済");
        assertThat(actual(SEMINAR_ITEM)).isEqualByComparingTo(before.add(BigDecimal.ONE));
    }

    @Test
    void linksAnExistingRecordAndTakesItsDate() {
        long first = schedule.add(staff, draft("人材活用セミナー", PlannedWhen.month(YearMonth.of(2022, 6)), List.of()));
        long record = completion.markDone(staff, first, LocalDate.of(2022, 6, 15), null, Set.of());
        long second = schedule.add(staff, draft("同じセミナー（別枠）", PlannedWhen.month(YearMonth.of(2022, 6)), List.of()));

        completion.link(staff, second, record);

        ScheduleEvent event = queries.event(association, second).orElseThrow();
        assertThat(event.recordIds()).containsExactly(record);
        assertThat(event.actualDate()).isEqualTo(LocalDate.of(2022, 6, 15));
        assertThatThrownBy(() -> completion.link(staff, second, -5)).hasMessageContaining("見つかりません");
    }

    @Test
    void aKindWithoutActivityKindCannotCreateARecord() {
        long id = schedule.add(staff, new EventDraft(firstArea(), kind("委員会"), "事業評価委員会",
                PlannedWhen.month(YearMonth.of(2022, 8)), null, List.of(), Set.of(), null));
        assertThatThrownBy(() -> completion.markDone(staff, id, LocalDate.of(2022, 8, 1), null, Set.of()))
                .hasMessageContaining("対応する活動種別がない");
    }

    @Test
    void aPersonSeesTheEventsOfTheirGroups() {
        long id = schedule.add(staff, draft("指導員研修", PlannedWhen.month(YearMonth.of(2022, 5)),
                List.of(RoleHolder.group(group("各指導員").id()))));
        assertThat(queries.of(association, staff.staffMemberId())).extracting(ScheduleEvent::id).contains(id);
        long other = organization.staffMembers(association).stream().filter(s -> s.name().equals("奥田"))
                .findFirst().orElseThrow().id();
        assertThat(queries.of(association, other)).extracting(ScheduleEvent::id).doesNotContain(id);
    }

    @Test
    void refusesItemsOfAnotherAssociationOrNone() {
        assertThatThrownBy(() -> schedule.add(staff, new EventDraft(firstArea(), kind("セミナー"), "x",
                PlannedWhen.month(YearMonth.of(2022, 5)), null, List.of(), Set.of(-1L), null)))
                .hasMessageContaining("関連する項目");
        assertThatThrownBy(() -> schedule.add(staff, new EventDraft(-1, kind("セミナー"), "x",
                PlannedWhen.month(YearMonth.of(2022, 5)), null, List.of(), Set.of(), null)))
                .hasMessageContaining("事業を選んでください");
    }

    @Test
    void viewersOnlyReadAndKindsAreAddedByAdmins() {
        BansouUser viewer = new LoggedIn(users).as("viewer");
        assertThatThrownBy(() -> schedule.add(viewer, draft("x", PlannedWhen.month(YearMonth.of(2022, 5)), List.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> kinds.add(staff, "研修", null)).isInstanceOf(AccessDeniedException.class);

        BansouUser admin = new LoggedIn(users).as("admin");
        kinds.add(admin, "研修", "情報交換会");
        assertThat(queries.kinds(association)).extracting(ScheduleKind::name)
                .startsWith("セミナー", "商談会・展示会").contains("専門家派遣", "研修");
        assertThatThrownBy(() -> kinds.add(admin, "研修", null)).hasMessageContaining("すでにあります");
    }

    private EventDraft draft(String title, PlannedWhen when, List<RoleHolder> holders) {
        TargetRow item = seed.row(SEMINAR_ITEM, FY2022);
        return new EventDraft(firstArea(), kind("セミナー"), title, when, "本所 会議室", holders, Set.of(item.itemId()),
                null);
    }

    private long firstArea() {
        return queries.areas(association).get(0).id();
    }

    private long kind(String name) {
        return queries.kinds(association).stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow().id();
    }

    private long category(String name) {
        return activities.categories(association).stream().filter(c -> c.name().equals(name))
                .map(SupportCategory::id).findFirst().orElseThrow();
    }

    private StaffGroup group(String name) {
        return organization.groups(association).stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
    }

    private BigDecimal actual(String item) {
        BigDecimal actual = seed.row(item, FY2022).actual();
        return actual == null ? BigDecimal.ZERO : actual;
    }

    private AuditRow latest() {
        return audit.search(association, new AuditFilter(null, null, null, AuditType.SCHEDULE, null, null), 0, 1)
                .rows().get(0);
    }
}
