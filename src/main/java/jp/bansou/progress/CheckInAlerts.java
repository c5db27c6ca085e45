package jp.bansou.progress;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.organization.UserRole;
import jp.bansou.plan.ItemYearDetail;
import jp.bansou.plan.PlanQueries;
import jp.bansou.notification.Notifications;
import jp.bansou.progress.internal.CheckInSettingStore;
import jp.bansou.progress.internal.CheckInStore;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who hears about check-ins: the reviewer when one is posted, the poster when one is returned, and
 * the reviewer again when one still awaits confirmation more than the association's number of days
 * after it was posted (checked daily, once per check-in). Where no login but the poster reviews
 * the item (a group without logins, or the poster reviewing their own item), the association's
 * admins are told instead, so a check-in never waits unseen.
 */
@Service
@Transactional
public class CheckInAlerts {

    static final String POSTED = "CHECK_IN_POSTED";
    static final String RETURNED = "CHECK_IN_RETURNED";
    static final String OVERDUE = "CHECK_IN_OVERDUE";

    private final Notifications notifications;
    private final OrganizationQueries organization;
    private final PlanQueries plan;
    private final CheckInStore store;
    private final CheckInSettingStore settings;

    CheckInAlerts(Notifications notifications, OrganizationQueries organization, PlanQueries plan, CheckInStore store,
                  CheckInSettingStore settings) {
        this.notifications = notifications;
        this.organization = organization;
        this.plan = plan;
        this.store = store;
        this.settings = settings;
    }

    void posted(BansouUser poster, ItemYearDetail item, NewCheckIn checkIn) {
        notifications.notify(item.associationId(), reviewersOtherThan(item, poster.id()), POSTED, subject(item) + "に" + poster.displayName()
                + "さんがチェックインしました（" + checkIn.status().label() + "）。確認してください。", link(item));
    }

    void returned(BansouUser reviewer, ItemYearDetail item, CheckIn checkIn) {
        notifications.notify(item.associationId(), List.of(checkIn.postedByUserId()), RETURNED, subject(item)
                + "のチェックインが" + reviewer.displayName() + "さんから差し戻されました: " + checkIn.review().comment(),
                link(item));
    }

    /** Daily at 7:00 (Japan): alerts about check-ins that wait too long. */
    @Scheduled(cron = "${bansou.check-in.alert-cron:0 0 7 * * *}", zone = "Asia/Tokyo")
    public void alertOverdueDaily() {
        alertOverdue(Clock.system(CheckInService.JAPAN));
    }

    /**
     * Alerts the reviewers of every check-in still awaiting confirmation more than the association's
     * number of days after it was posted, at the clock's time, and marks it so it never alerts twice.
     * Returns how many check-ins alerted.
     */
    public int alertOverdue(Clock clock) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), CheckInService.JAPAN).truncatedTo(ChronoUnit.SECONDS);
        int alerted = 0;
        for (long association : organization.associationIds()) {
            int days = settings.overdueDays(association).orElse(CheckInSettings.DEFAULT_OVERDUE_DAYS);
            for (CheckIn checkIn : store.overdueUnalerted(association, now.minusDays(days))) {
                ItemYearDetail item = plan.itemYear(association, checkIn.itemYearId()).orElseThrow();
                notifications.notify(association, reviewersOtherThan(item, checkIn.postedByUserId()), OVERDUE, subject(item) + "の"
                        + checkIn.postedByName() + "さんのチェックイン（基準日 " + checkIn.asOf() + "）が" + days
                        + "日を過ぎても確認されていません。", link(item));
                store.markAlerted(checkIn.id(), now);
                alerted++;
            }
        }
        return alerted;
    }

    /** The reviewer's logins but the poster's; the admins (but the poster) where that leaves nobody. */
    private List<Long> reviewersOtherThan(ItemYearDetail item, long posterId) {
        List<Long> users = new ArrayList<>(item.roles() == null ? List.of()
                : organization.userIdsOf(item.associationId(), item.roles().reviewer()));
        users.remove(posterId);
        if (users.isEmpty()) {
            users.addAll(organization.userIdsWithRole(item.associationId(), UserRole.ADMIN));
            users.remove(posterId);
        }
        return users;
    }

    /** 「財務分析数」（令和4年度）. */
    private static String subject(ItemYearDetail item) {
        return "「" + item.name() + "」（" + item.year().japaneseLabel() + "）";
    }

    private static String link(ItemYearDetail item) {
        return "/items/" + item.itemYearId() + "#check-ins";
    }
}
