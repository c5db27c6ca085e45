package jp.bansou.report;

import java.util.List;
import java.util.Map;
import jp.bansou.activity.ReachQueries;
import jp.bansou.activity.Reach;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.organization.StaffKind;
import jp.bansou.report.internal.NationalLineStore;
import jp.bansou.shared.FiscalYear;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national implementation report of a fiscal year: each defined line counted set-based by the
 * activity module ({@link ReachQueries}), one query per line, and the advisors in post beside it.
 */
@Service
@Transactional(readOnly = true)
public class NationalReportQueries {

    private final NationalLineStore lines;
    private final ReachQueries reach;
    private final OrganizationQueries organization;

    NationalReportQueries(NationalLineStore lines, ReachQueries reach, OrganizationQueries organization) {
        this.lines = lines;
        this.reach = reach;
        this.organization = organization;
    }

    /** Every line of the association, defined or not, in the report's order. */
    public List<LineDefinition> definitions(long associationId) {
        return List.copyOf(lines.definitions(associationId).values());
    }

    public NationalReport report(long associationId, FiscalYear year) {
        Map<NationalLine, LineDefinition> defined = lines.definitions(associationId);
        LineDefinition followUp = defined.get(NationalLine.FOLLOW_UP);
        return new NationalReport(year, advisorsInPost(associationId, year),
                reach(associationId, defined.get(NationalLine.STAFF), year),
                reach(associationId, defined.get(NationalLine.SURVEYS), year),
                reach(associationId, defined.get(NationalLine.BASIC_DATA), year),
                reach(associationId, defined.get(NationalLine.ANALYSED), year),
                reach(associationId, defined.get(NationalLine.PLANNED), year),
                reach(associationId, followUp, year),
                followUp.defined() ? reach.trends(associationId, followUp.spec(), year) : null);
    }

    private Reach reach(long associationId, LineDefinition line, FiscalYear year) {
        return line.defined() ? reach.reach(associationId, line.spec(), year) : null;
    }

    /** Advisors (経営指導員) in post on any day of the year: a handful of staff, filtered here. */
    private long advisorsInPost(long associationId, FiscalYear year) {
        return organization.staffMembers(associationId).stream()
                .filter(s -> s.kind() == StaffKind.ADVISOR)
                .filter(s -> (s.startDate() == null || !s.startDate().isAfter(year.lastDay()))
                        && (s.endDate() == null || !s.endDate().isBefore(year.firstDay())))
                .count();
    }
}
