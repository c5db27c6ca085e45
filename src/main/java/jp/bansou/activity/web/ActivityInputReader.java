package jp.bansou.activity.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.bansou.activity.ActivityKind;
import jp.bansou.activity.ActivityQueries;
import jp.bansou.activity.NewActivity;
import jp.bansou.activity.NewBusiness;
import jp.bansou.organization.OrganizationQueries;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns an API body given by names into the record to store (and the business to register with
 * it), collecting every reason it cannot, in Japanese, as the quick entry would show them.
 */
@Component
class ActivityInputReader {

    private final ActivityQueries queries;
    private final OrganizationQueries organization;
    private final BusinessLookup lookup;
    private final MessageSource messages;

    ActivityInputReader(ActivityQueries queries, OrganizationQueries organization, BusinessLookup lookup,
                        MessageSource messages) {
        this.queries = queries;
        this.organization = organization;
        this.lookup = lookup;
        this.messages = messages;
    }

    /** The record and the business to register with it (or null); null when {@code problems} got reasons. */
    Entry read(long associationId, ActivityInput input, List<String> problems) {
        ActivityNames names = names(associationId);
        LocalDate date = input.parsedDate(problems);
        if (input.kind() == null || input.kind().isBlank()) {
            problems.add("種類は必須です");
        }
        ActivityKind kind = names.kind(input.kind(), problems);
        Long district = names.district(input.district(), problems);
        Set<Long> staff = names.staffIds(input.staff(), problems);
        Set<Long> categories = names.categoryIds(input.categories(), problems);
        input.checkCounts(problems);
        BusinessChoice business = lookup.find(associationId, input.business(), input.memberNumber(), district);
        checkBusiness(business, kind, district, problems);
        if (!problems.isEmpty()) {
            return null;
        }
        return new Entry(new NewActivity(date, kind.id(), business.existingId(), business.named() ? null : district,
                staff, categories, input.minutes(), input.participants(), input.deals(), input.pressReleases(),
                input.note(), null), business.toRegister());
    }

    ActivityNames names(long associationId) {
        return ActivityNames.of(associationId, queries, organization);
    }

    /** A consultation needs a business; an event a business or a district. */
    private void checkBusiness(BusinessChoice business, ActivityKind kind, Long district, List<String> problems) {
        if (business.failed()) {
            problems.add(messages.getMessage(business.problemCode(), new Object[] {business.problemArgument()},
                    Locale.JAPANESE));
        } else if (kind != null && !business.named() && !kind.event()) {
            problems.add("事業所（business または memberNumber）は必須です");
        } else if (kind != null && !business.named() && district == null) {
            problems.add("イベントには事業所（business / memberNumber）か地区（district）を指定してください");
        }
    }

    record Entry(NewActivity activity, NewBusiness newBusiness) {
    }
}
