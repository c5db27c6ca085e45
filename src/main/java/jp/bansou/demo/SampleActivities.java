package jp.bansou.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import jp.bansou.activity.ActivityService;
import jp.bansou.activity.ActivitySource;
import jp.bansou.activity.NewActivity;
import jp.bansou.activity.NewBusiness;
import jp.bansou.shared.FiscalYear;

/**
 * Generated FY2022 activity records, labelled サンプル everywhere they show, so the FY2022 table has
 * live actuals in the demo. Reproducible: the same seed gives the same records.
 */
final class SampleActivities {

    static final String LABEL = "サンプル";

    private final ActivityService activities;
    private final long association;
    private final Map<String, Long> kinds;
    private final Map<String, Long> categories;
    private final List<Long> districts;
    private final List<Long> advisors;
    private final Random random = new Random(2022);
    private final List<Long> businesses = new ArrayList<>();
    private final FiscalYear year = FiscalYear.of(2022);

    SampleActivities(ActivityService activities, long association, Map<String, Long> kinds,
                     Map<String, Long> categories, List<Long> districts, List<Long> advisors) {
        this.activities = activities;
        this.association = association;
        this.kinds = kinds;
        this.categories = categories;
        this.districts = districts;
        this.advisors = advisors;
    }

    void generate() {
        for (int i = 1; i <= 150; i++) {
            long district = districts.get(random.nextInt(districts.size()));
            boolean member = random.nextInt(10) < 7;
            businesses.add(activities.findOrRegisterBusiness(association, new NewBusiness(
                    "（" + LABEL + "）事業所" + String.format("%03d", i), null, district, member,
                    member ? "S" + String.format("%04d", i) : null, null, null, null)));
        }
        consultations("巡回相談", 700);
        consultations("窓口相談", 600);
        onDistinctBusinesses(110, "巡回相談", "財務分析", "定性分析", "事業計画策定");
        for (int i = 0; i < 250; i++) {
            List<String> cats = new ArrayList<>(List.of("事業計画実施支援"));
            if (i < 40) {
                cats.add("経営革新");
            } else if (i < 55) {
                cats.add("事業承継");
            }
            business("巡回相談", businesses.get(random.nextInt(60)), cats.toArray(String[]::new));
        }
        for (int i = 0; i < 30; i++) {
            business("窓口相談", randomBusiness(), "金融");
        }
        for (int i = 0; i < 25; i++) {
            business("窓口相談", randomBusiness(), "創業");
        }
        onDistinctBusinesses(140, "確定申告支援");
        onDistinctBusinesses(115, "記帳指導");
        onDistinctBusinesses(14, "専門家派遣", "生産性向上");
        onDistinctBusinesses(24, "専門家派遣", "販路開拓");
        onDistinctBusinesses(4, "巡回相談", "働き方改革");
        for (int i = 0; i < 30; i++) {
            store(new NewActivity(date(), kinds.get("商談会・展示会"), randomBusiness(), null, staff(), Set.of(),
                    null, null, random.nextInt(3) == 0 ? 1 : 0, i < 8 ? 1 : 0, LABEL, null));
        }
        event("セミナー開催", "人材育成", 2);
        event("セミナー開催", "生産性向上", 3);
        for (int i = 0; i < 30; i++) {
            store(new NewActivity(date(), kinds.get("情報交換会"), null, null, staff(), Set.of(), 90, null, null, null,
                    LABEL, null));
        }
        activities.changed(association, Set.of(year));
    }

    private void consultations(String kind, int count) {
        for (int i = 0; i < count; i++) {
            business(kind, randomBusiness());
        }
    }

    private void onDistinctBusinesses(int count, String kind, String... cats) {
        List<Long> shuffled = new ArrayList<>(businesses);
        java.util.Collections.shuffle(shuffled, random);
        shuffled.subList(0, count).forEach(b -> business(kind, b, cats));
    }

    private void event(String kind, String category, int count) {
        for (int i = 0; i < count; i++) {
            store(new NewActivity(date(), kinds.get(kind), null, districts.get(random.nextInt(districts.size())),
                    staff(), Set.of(categories.get(category)), 120, 8 + random.nextInt(15), null, null, LABEL, null));
        }
    }

    private void business(String kind, long business, String... cats) {
        Map<String, Long> chosen = new HashMap<>();
        for (String c : cats) {
            chosen.put(c, categories.get(c));
        }
        store(new NewActivity(date(), kinds.get(kind), business, null, staff(), Set.copyOf(chosen.values()),
                30 + 15 * random.nextInt(5), null, null, null, LABEL, null));
    }

    private void store(NewActivity activity) {
        activities.recordUnlessKnown(association, withKey(activity), ActivitySource.SAMPLE, null);
    }

    /** Every sample record is its own record even when two happen to look alike. */
    private NewActivity withKey(NewActivity a) {
        return new NewActivity(a.date(), a.kindId(), a.businessId(), a.districtId(), a.staffIds(), a.categoryIds(),
                a.minutes(), a.participants(), a.deals(), a.pressReleases(), a.note(), "sample-" + random.nextLong());
    }

    private long randomBusiness() {
        return businesses.get(random.nextInt(businesses.size()));
    }

    private Set<Long> staff() {
        return Set.of(advisors.get(random.nextInt(advisors.size())));
    }

    private LocalDate date() {
        return year.firstDay().plusDays(random.nextInt(365));
    }
}
