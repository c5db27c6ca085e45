package jp.bansou.datacheck.checks;

import jp.bansou.activity.BusinessQueries;
import jp.bansou.activity.DuplicatePair;
import jp.bansou.datacheck.CheckScope;
import jp.bansou.datacheck.DataCheck;
import jp.bansou.datacheck.Finding;
import jp.bansou.datacheck.Findings;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Businesses that look like one registered twice (the registry's duplicate pairs, whatever the
 * year), linked to the merge page that keeps the older one.
 */
@Component
@Order(80)
class DuplicateBusinessCheck implements DataCheck {

    private final BusinessQueries businesses;

    DuplicateBusinessCheck(BusinessQueries businesses) {
        this.businesses = businesses;
    }

    @Override
    public String code() {
        return "duplicateBusinesses";
    }

    @Override
    public Findings run(CheckScope scope) {
        return Findings.of(businesses.duplicates(scope.associationId()).stream().map(DuplicateBusinessCheck::line)
                .toList());
    }

    private static Finding line(DuplicatePair pair) {
        String subject = pair.first().name() + " / " + pair.second().name();
        String link = Links.merge(pair.first().id(), pair.second().id());
        return pair.reason() == DuplicatePair.Reason.SAME_MEMBER_NUMBER
                ? Finding.of(subject, "datacheck.duplicateBusinesses.sameNumber", link, pair.first().memberNumber())
                : Finding.of(subject, "datacheck.duplicateBusinesses.sameName", link, pair.first().district());
    }
}
