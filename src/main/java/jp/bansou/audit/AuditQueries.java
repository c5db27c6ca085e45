package jp.bansou.audit;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import jp.bansou.audit.internal.AuditStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the change log: the admin search, an item's history, the last change of item-years. */
@Service
@Transactional(readOnly = true)
public class AuditQueries {

    public static final int MAX_SIZE = 200;

    private final AuditStore store;

    AuditQueries(AuditStore store) {
        this.store = store;
    }

    /** A page (from 0) of the association's changes matching the filter, newest first. */
    public AuditPage search(long associationId, AuditFilter filter, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("ページは0以上、件数は1〜" + MAX_SIZE + "で指定してください");
        }
        return new AuditPage(store.search(associationId, filter, page, size), page, size,
                store.count(associationId, filter));
    }

    /** Every change recorded about the item (all its years), newest first. */
    public List<AuditRow> itemHistory(long associationId, long itemId) {
        return store.search(associationId, AuditFilter.ofItem(itemId), 0, Integer.MAX_VALUE);
    }

    /** The names of those who changed something, for the search's choice of user. */
    public List<String> userNames(long associationId) {
        return store.userNames(associationId);
    }

    /** Item-year id → its latest change after {@code since}, for the item-years asked (one query). */
    public Map<Long, AuditRow> latestChangesSince(long associationId, Collection<Long> itemYearIds,
                                                  LocalDateTime since) {
        return store.latestPerItemYear(associationId, itemYearIds, since);
    }

    /** How many changes the login made in the association (they stay when the login is deactivated). */
    public long countByUser(long associationId, long userId) {
        return store.countByUser(associationId, userId);
    }
}
