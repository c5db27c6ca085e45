package jp.bansou.activity.web;

import java.util.List;
import java.util.Optional;
import jp.bansou.activity.BusinessQueries;
import jp.bansou.activity.BusinessRow;
import jp.bansou.activity.NewBusiness;
import org.springframework.stereotype.Component;

/**
 * Finds the business a record names, for the quick entry and the API alike: by member number
 * first, then by normalised name — within the district when one is given, where a name not yet
 * registered becomes a new business; without a district the name must be unique in the association.
 */
@Component
class BusinessLookup {

    private final BusinessQueries businesses;

    BusinessLookup(BusinessQueries businesses) {
        this.businesses = businesses;
    }

    BusinessChoice find(long associationId, String name, String memberNumber, Long districtId) {
        boolean hasName = name != null && !name.isBlank();
        boolean hasNumber = memberNumber != null && !memberNumber.isBlank();
        if (!hasName && !hasNumber) {
            return BusinessChoice.NONE;
        }
        if (hasNumber) {
            Optional<BusinessRow> byNumber = businesses.byMemberNumber(associationId, memberNumber);
            if (byNumber.isPresent()) {
                return BusinessChoice.existing(byNumber.get().id());
            }
            if (!hasName) {
                return BusinessChoice.problem("activity.validation.memberNumberUnknown", memberNumber.strip());
            }
        }
        List<BusinessRow> named = businesses.byName(associationId, name);
        if (districtId != null) {
            return named.stream().filter(b -> b.districtId() == districtId).findFirst()
                    .map(b -> BusinessChoice.existing(b.id()))
                    .orElseGet(() -> BusinessChoice.register(new NewBusiness(name, null, districtId, hasNumber,
                            memberNumber, null, null, null)));
        }
        if (named.size() == 1) {
            return BusinessChoice.existing(named.get(0).id());
        }
        return BusinessChoice.problem(named.isEmpty() ? "activity.validation.businessUnknown"
                : "activity.validation.businessAmbiguous", name.strip());
    }
}
