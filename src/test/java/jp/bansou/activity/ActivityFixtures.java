package jp.bansou.activity;

import java.time.LocalDate;
import java.util.Set;
import jp.bansou.activity.internal.ActivityStore;
import jp.bansou.organization.District;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.organization.StaffMember;
import org.springframework.context.ApplicationContext;

/**
 * Small builders over the demo association (kure-koiki): ids by name, businesses planted as they
 * are (duplicates included, which the services would refuse), and records about them.
 */
public final class ActivityFixtures {

    private final OrganizationQueries organization;
    private final ActivityQueries queries;
    private final ActivityStore store;
    private final ActivityService service;

    public ActivityFixtures(ApplicationContext context) {
        this.organization = context.getBean(OrganizationQueries.class);
        this.queries = context.getBean(ActivityQueries.class);
        this.store = context.getBean(ActivityStore.class);
        this.service = context.getBean(ActivityService.class);
    }

    public long association() {
        return organization.associationIdByCode("kure-koiki").orElseThrow();
    }

    public long district(String name) {
        return organization.districts(association()).stream().filter(d -> d.name().equals(name))
                .map(District::id).findFirst().orElseThrow();
    }

    public long staff(String name) {
        return organization.staffMembers(association()).stream().filter(s -> s.name().equals(name))
                .map(StaffMember::id).findFirst().orElseThrow();
    }

    public ActivityKind kind(String name) {
        return queries.kinds(association()).stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow();
    }

    public long category(String name) {
        return queries.categories(association()).stream().filter(c -> c.name().equals(name))
                .map(SupportCategory::id).findFirst().orElseThrow();
    }

    /** A business stored as given, without looking for one already there. */
    public long plantBusiness(String name, String district, String memberNumber) {
        return store.insertBusiness(association(), new NewBusiness(name, null, district(district),
                memberNumber != null, memberNumber, null, null, null));
    }

    /** A 巡回相談 record about the business, by 河本, typed in. */
    public long visit(long businessId, LocalDate date, String note) {
        return service.record(association(), new NewActivity(date, kind("巡回相談").id(), businessId, null,
                Set.of(staff("河本")), Set.of(), 30, null, null, null, note, null));
    }
}
