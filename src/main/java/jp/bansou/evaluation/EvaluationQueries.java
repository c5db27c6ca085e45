package jp.bansou.evaluation;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.bansou.evaluation.internal.CommitteeStore;
import jp.bansou.evaluation.internal.ImprovementStore;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.plan.PlanQueries;
import jp.bansou.shared.FiscalYear;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of the committee's work, for its pages, other modules' pages (the next year's items and
 * table carry the improvements; the public page shows opinions and improvements) and the report.
 * Everything is read within one association.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationQueries {

    private final CommitteeStore committee;
    private final ImprovementStore improvements;
    private final SheetMaterial material;
    private final PlanQueries plan;
    private final OrganizationQueries organization;

    EvaluationQueries(CommitteeStore committee, ImprovementStore improvements, SheetMaterial material,
                      PlanQueries plan, OrganizationQueries organization) {
        this.committee = committee;
        this.improvements = improvements;
        this.material = material;
        this.plan = plan;
        this.organization = organization;
    }

    /** The year's committee: the chair first, then members, then observers. */
    public List<CommitteeMember> members(long associationId, FiscalYear year) {
        return committee.members(associationId, year);
    }

    public List<Meeting> meetings(long associationId, FiscalYear year) {
        return committee.meetings(associationId, year);
    }

    public Optional<Meeting> meeting(long associationId, long meetingId) {
        return committee.meeting(associationId, meetingId);
    }

    /** The committee sheet of a meeting; empty when the meeting is not the association's. */
    public Optional<CommitteeSheet> sheet(long associationId, long meetingId) {
        return meeting(associationId, meetingId).map(m -> material.sheet(associationId, m));
    }

    /** One member's grades at a meeting: item-year id → grade with comment. */
    public Map<Long, MemberGrade> memberGrades(long meetingId, long memberId) {
        return committee.grades(meetingId, memberId);
    }

    /** The codes of the association's grading scale, best first: the grades members may give. */
    public List<String> gradeCodes(long associationId) {
        return material.gradeCodes(associationId);
    }

    /** Every area of the year's table with the committee's opinion on it (null where none). */
    public List<AreaOpinion> opinions(long associationId, FiscalYear year) {
        Map<Long, String> opinions = improvements.opinions(associationId, year);
        return plan.targetTable(associationId, year).areas().stream()
                .map(a -> new AreaOpinion(a.id(), a.name(), opinions.get(a.id()))).toList();
    }

    /** The areas the committee gave an opinion on, for the public page. */
    public List<AreaOpinion> publicOpinions(long associationId, FiscalYear year) {
        return opinions(associationId, year).stream().filter(o -> o.opinion() != null).toList();
    }

    /** The improvements decided on the year, open first, with area, item and responsible names. */
    public List<ImprovementRow> improvements(long associationId, FiscalYear year) {
        return rows(associationId, year, improvements.improvements(associationId, year));
    }

    /** The year's improvements without who is responsible, for the public page. */
    public List<PublicImprovement> publicImprovements(long associationId, FiscalYear year) {
        return improvements(associationId, year).stream().map(PublicImprovement::of).toList();
    }

    /**
     * The improvements the previous year's committee decided that concern the item in {@code year}:
     * on the item itself or on its whole business area.
     */
    public List<ImprovementRow> improvementsFor(long associationId, FiscalYear year, long itemId) {
        FiscalYear evaluated = year.previous();
        Long areaId = TableIndex.of(plan.targetTable(associationId, year)).areaOfItem().get(itemId);
        if (areaId == null) {
            return List.of();
        }
        return rows(associationId, evaluated, improvements.improvementsFor(associationId, evaluated, areaId, itemId));
    }

    /** The improvements carried into {@code year}: those the previous year's committee decided. */
    public List<ImprovementRow> carriedInto(long associationId, FiscalYear year) {
        return improvements(associationId, year.previous());
    }

    public Optional<Improvement> improvement(long associationId, long improvementId) {
        return improvements.improvement(associationId, improvementId);
    }

    /** Everything the year's evaluation report prints. */
    public EvaluationReport report(long associationId, FiscalYear year) {
        List<Meeting> meetings = meetings(associationId, year);
        CommitteeSheet sheet = meetings.stream()
                .max(Comparator.comparing((Meeting m) -> m.kind() == MeetingKind.YEAR_END).thenComparing(Meeting::heldOn))
                .map(m -> material.sheet(associationId, m)).orElse(null);
        return new EvaluationReport(year, members(associationId, year), meetings, sheet, opinions(associationId, year),
                improvements(associationId, year));
    }

    private List<ImprovementRow> rows(long associationId, FiscalYear year, List<Improvement> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        TableIndex index = TableIndex.of(plan.targetTable(associationId, year));
        Map<String, String> holders = organization.holderNames(associationId);
        return list.stream().map(i -> new ImprovementRow(i, index.areaNames().getOrDefault(i.areaId(), ""),
                i.itemId() == null ? null : index.itemNames().get(i.itemId()),
                i.responsible() == null ? null : holders.get(i.responsible().key()))).toList();
    }
}
