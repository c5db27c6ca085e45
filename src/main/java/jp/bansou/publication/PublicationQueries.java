package jp.bansou.publication;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.bansou.evaluation.EvaluationQueries;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.plan.PlanQueries;
import jp.bansou.plan.TargetComparator;
import jp.bansou.plan.TargetRow;
import jp.bansou.progress.SnapshotQueries;
import jp.bansou.progress.YearSnapshot;
import jp.bansou.publication.internal.PublicationStore;
import jp.bansou.shared.FiscalYear;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads for the public page (only a published year whose snapshot is still the one published) and
 * for the admins' publication page.
 */
@Service
@Transactional(readOnly = true)
public class PublicationQueries {

    private final PublicationStore store;
    private final SnapshotQueries snapshots;
    private final PlanQueries plan;
    private final OrganizationQueries organization;
    private final EvaluationQueries evaluation;

    PublicationQueries(PublicationStore store, SnapshotQueries snapshots, PlanQueries plan,
                       OrganizationQueries organization, EvaluationQueries evaluation) {
        this.evaluation = evaluation;
        this.store = store;
        this.snapshots = snapshots;
        this.plan = plan;
        this.organization = organization;
    }

    /** The public page of the association's year; empty when unknown, not published or re-closed since. */
    public Optional<PublicPage> publicPage(String associationCode, FiscalYear year) {
        return organization.associationIdByCode(associationCode)
                .flatMap(id -> store.find(id, year)
                        .filter(p -> p.shows(snapshots.snapshot(id, year)))
                        .map(p -> new PublicPage(organization.associationName(id).orElse(""), associationCode, p,
                                rows(id, year), evaluation.publicOpinions(id, year),
                                evaluation.publicImprovements(id, year))));
    }

    /** Every year with a target table, newest first, with its snapshot and publication. */
    public List<PublishableYear> years(long associationId) {
        Map<FiscalYear, Publication> published = store.all(associationId).stream()
                .collect(Collectors.toMap(Publication::year, Function.identity()));
        return plan.yearsWithTable(associationId).stream()
                .sorted(java.util.Comparator.reverseOrder())
                .map(y -> new PublishableYear(y, snapshots.snapshot(associationId, y).orElse(null), published.get(y)))
                .toList();
    }

    private List<PublicRow> rows(long associationId, FiscalYear year) {
        Map<Long, TargetComparator> comparators = plan.targetTable(associationId, year).areas().stream()
                .flatMap(a -> a.rows().stream())
                .filter(r -> r.target() != null)
                .collect(Collectors.toMap(TargetRow::itemYearId, r -> r.target().comparator()));
        return snapshots.rows(associationId, year).stream()
                .map(r -> PublicRow.of(r, comparators.get(r.itemYearId()))).toList();
    }

    /** The association's code for the public page's address. */
    public String associationCode(long associationId) {
        return organization.associationCode(associationId).orElse("");
    }

    Optional<YearSnapshot> snapshot(long associationId, FiscalYear year) {
        return snapshots.snapshot(associationId, year);
    }
}
