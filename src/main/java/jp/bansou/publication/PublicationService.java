package jp.bansou.publication;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import jp.bansou.audit.AuditAction;
import jp.bansou.audit.AuditEntry;
import jp.bansou.audit.AuditTrail;
import jp.bansou.audit.AuditType;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.UserRole;
import jp.bansou.progress.YearSnapshot;
import jp.bansou.publication.internal.PublicationStore;
import jp.bansou.shared.FiscalYear;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing a year's snapshot and withdrawing it (admins only); each leaves a row in the audit
 * trail. A year can be published only once it has a snapshot, i.e. once it was closed.
 */
@Service
@Transactional
public class PublicationService {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final PublicationStore store;
    private final PublicationQueries queries;
    private final AuditTrail audit;

    PublicationService(PublicationStore store, PublicationQueries queries, AuditTrail audit) {
        this.store = store;
        this.queries = queries;
        this.audit = audit;
    }

    /** Publishes the year's current snapshot (again, after the year was closed anew). */
    public void publish(BansouUser user, FiscalYear year) {
        requireAdmin(user);
        YearSnapshot snapshot = queries.snapshot(user.associationId(), year).orElseThrow(() ->
                new IllegalArgumentException(year.japaneseLabel() + "は締められていないため公開できません（先に年度を締めてください）"));
        store.publish(user.associationId(), new Publication(year, snapshot.takenAt(),
                LocalDateTime.now(JAPAN).truncatedTo(ChronoUnit.SECONDS), user.displayName()));
        audit.record(entry(user, year, AuditAction.PUBLISH)
                .changing("公開: なし", "公開: 締め時点の版（" + snapshot.takenAt().truncatedTo(ChronoUnit.MINUTES) + "）"));
    }

    /** Withdraws the year from the public page. */
    public void withdraw(BansouUser user, FiscalYear year) {
        requireAdmin(user);
        if (!store.delete(user.associationId(), year)) {
            throw new IllegalArgumentException(year.japaneseLabel() + "は公開されていません");
        }
        audit.record(entry(user, year, AuditAction.WITHDRAW).changing("公開: あり", "公開: なし"));
    }

    private static void requireAdmin(BansouUser user) {
        if (user.role() != UserRole.ADMIN) {
            throw new AccessDeniedException("公開と取り下げは管理者だけができます");
        }
    }

    private static AuditEntry entry(BansouUser user, FiscalYear year, AuditAction action) {
        return AuditEntry.of(user.associationId(), AuditType.PUBLICATION, action, year.startYear(),
                year.japaneseLabel() + "の公開").by(user.actor());
    }
}
