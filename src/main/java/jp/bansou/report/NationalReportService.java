package jp.bansou.report;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.bansou.activity.ActivityKind;
import jp.bansou.activity.ActivityQueries;
import jp.bansou.activity.SupportCategory;
import jp.bansou.audit.AuditAction;
import jp.bansou.audit.AuditEntry;
import jp.bansou.audit.AuditTrail;
import jp.bansou.audit.AuditType;
import jp.bansou.audit.FieldChanges;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.UserRole;
import jp.bansou.report.internal.NationalLineStore;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the national report's line definitions: admins only, every line changed one audit row,
 * all lines in one transaction.
 */
@Service
@Transactional
public class NationalReportService {

    private final NationalLineStore store;
    private final ActivityQueries activities;
    private final AuditTrail audit;

    NationalReportService(NationalLineStore store, ActivityQueries activities, AuditTrail audit) {
        this.store = store;
        this.activities = activities;
        this.audit = audit;
    }

    /**
     * Replaces the definitions of the lines given (others stay); kinds and categories not of the
     * association are refused before anything is stored.
     */
    public void define(BansouUser user, Collection<LineDefinition> definitions) {
        if (user.role() != UserRole.ADMIN) {
            throw new AccessDeniedException("実施状況報告の設定は管理者だけができます");
        }
        define(user.associationId(), definitions);
    }

    /** As {@link #define(BansouUser, Collection)}, by set-up (the demo) without a user. */
    public void define(long associationId, Collection<LineDefinition> definitions) {
        Map<Long, String> kinds = activities.kinds(associationId).stream()
                .collect(Collectors.toMap(ActivityKind::id, ActivityKind::name));
        Map<Long, String> categories = activities.categories(associationId).stream()
                .collect(Collectors.toMap(SupportCategory::id, SupportCategory::name));
        boolean foreign = definitions.stream().anyMatch(d -> !kinds.keySet().containsAll(d.kindIds())
                || !categories.keySet().containsAll(d.categoryIds()));
        if (foreign) {
            throw new IllegalArgumentException("登録されていない活動種別または支援区分が指定されています");
        }
        Map<NationalLine, LineDefinition> before = store.definitions(associationId);
        for (LineDefinition after : definitions) {
            LineDefinition was = before.get(after.line());
            FieldChanges changes = FieldChanges.none()
                    .field("活動種別", names(was.kindIds(), kinds), names(after.kindIds(), kinds))
                    .field("支援区分", names(was.categoryIds(), categories), names(after.categoryIds(), categories));
            if (!changes.isEmpty()) {
                store.replace(associationId, after);
                audit.record(AuditEntry.of(associationId, AuditType.NATIONAL_REPORT, AuditAction.UPDATE,
                        after.line().name(), "実施状況報告: " + after.line().japanese()).changing(changes));
            }
        }
    }

    private static String names(Set<Long> ids, Map<Long, String> names) {
        return ids.stream().map(id -> names.getOrDefault(id, "#" + id)).sorted()
                .collect(Collectors.joining("・"));
    }
}
