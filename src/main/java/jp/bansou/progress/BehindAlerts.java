package jp.bansou.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import jp.bansou.notification.Notifications;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.organization.RoleHolder;
import jp.bansou.organization.UserRole;
import jp.bansou.plan.ItemYearDetail;
import jp.bansou.plan.PlanQueries;
import jp.bansou.progress.internal.BehindAlertStore;
import jp.bansou.shared.FiscalYear;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily alert about items falling behind: in the fiscal year under way, an item whose pace status
 * (as shown: a hand-set status wins) becomes 遅れ is notified once to the logins of its reviewer, lead
 * and deputies (in person or through a group; the admins where none has a login), and again only after
 * it recovered and fell behind anew (see {@link BehindTransitions}).
 */
@Service
@Transactional
public class BehindAlerts {

    static final String BEHIND = "PACE_BEHIND";
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final PaceQueries paces;
    private final PlanQueries plan;
    private final OrganizationQueries organization;
    private final Notifications notifications;
    private final BehindAlertStore store;

    BehindAlerts(PaceQueries paces, PlanQueries plan, OrganizationQueries organization, Notifications notifications,
                 BehindAlertStore store) {
        this.paces = paces;
        this.plan = plan;
        this.organization = organization;
        this.notifications = notifications;
        this.store = store;
    }

    /** Daily at 7:10 (Japan; {@code bansou.pace.behind-alert-cron}, "-" switches it off). */
    @Scheduled(cron = "${bansou.pace.behind-alert-cron:0 10 7 * * *}", zone = "Asia/Tokyo")
    public void alertBehindDaily() {
        alertBehind(Clock.system(JAPAN));
    }

    /** Alerts every association's items newly behind as of the clock's day; returns how many items alerted. */
    public int alertBehind(Clock clock) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), JAPAN).truncatedTo(ChronoUnit.SECONDS);
        FiscalYear year = FiscalYear.containing(now.toLocalDate());
        int alerted = 0;
        for (long association : organization.associationIds()) {
            alerted += alert(association, year, now);
        }
        return alerted;
    }

    private int alert(long association, FiscalYear year, LocalDateTime now) {
        Map<Long, ItemPace> byId = new LinkedHashMap<>();
        paces.yearPace(association, year, now.toLocalDate()).forEach(p -> byId.put(p.itemYearId(), p));
        Map<Long, PaceStatus> statuses = new LinkedHashMap<>();
        byId.forEach((id, pace) -> statuses.put(id, pace.status()));
        BehindTransitions transitions = BehindTransitions.of(statuses, store.alerted(association, year.startYear()));
        store.recovered(transitions.recovered());
        for (long id : transitions.toAlert()) {
            notifications.notify(association, recipients(association, id), BEHIND,
                    message(year, now.toLocalDate(), byId.get(id)), "/items/" + id + "#pace");
            store.markAlerted(id, now);
        }
        return transitions.toAlert().size();
    }

    /** The logins of the item-year's reviewer, lead and deputies; its association's admins where there are none. */
    private List<Long> recipients(long association, long itemYearId) {
        ItemYearDetail item = plan.itemYear(association, itemYearId).orElseThrow();
        Set<Long> users = new LinkedHashSet<>();
        if (item.roles() != null) {
            Stream.concat(Stream.of(item.roles().reviewer(), item.roles().lead()), item.roles().deputies().stream())
                    .forEach((RoleHolder holder) -> users.addAll(organization.userIdsOf(association, holder)));
        }
        if (users.isEmpty()) {
            users.addAll(organization.userIdsWithRole(association, UserRole.ADMIN));
        }
        return new ArrayList<>(users);
    }

    /** 「財務分析数」（令和4年度）が遅れています（2022-09-30時点 予定 54件・実績 30件、年度末予測 66.7件）。 */
    private static String message(FiscalYear year, LocalDate day, ItemPace pace) {
        String unit = pace.unitLabel();
        String forecast = pace.forecastText().isEmpty() ? "" : "、年度末予測 " + pace.forecastText() + unit;
        String figures = pace.override() != null ? "手動設定: " + pace.override().comment()
                : "予定 " + pace.expectedText() + unit + "・実績 " + pace.actualText() + unit + forecast;
        return "「" + pace.name() + "」（" + year.japaneseLabel() + "）が遅れています（" + day + "時点 " + figures + "）。";
    }
}
