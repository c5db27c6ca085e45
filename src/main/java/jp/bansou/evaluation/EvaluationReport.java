package jp.bansou.evaluation;

import java.util.List;
import jp.bansou.shared.FiscalYear;

/**
 * What the evaluation report of a year holds: the committee, its meetings, the sheet of the main
 * meeting (the latest year-end one, else the latest; null without meetings), the opinions per area
 * and the improvements.
 */
public record EvaluationReport(FiscalYear year, List<CommitteeMember> members, List<Meeting> meetings,
                               CommitteeSheet sheet, List<AreaOpinion> opinions, List<ImprovementRow> improvements) {
}
