package jp.bansou.budget;

import java.util.List;
import jp.bansou.audit.AuditAction;
import jp.bansou.audit.AuditEntry;
import jp.bansou.audit.AuditTrail;
import jp.bansou.audit.AuditType;
import jp.bansou.budget.internal.CategoryStore;
import jp.bansou.organization.AssociationCreated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The association's list of expense categories, maintained by admins: added, renamed, retired (a
 * retired category keeps its lines but takes no new ones) and restored. A new association starts with
 * {@link ExpenseCategory#DEFAULT_NAMES}.
 */
@Service
@Transactional
public class ExpenseCategories {

    private final CategoryStore store;
    private final AuditTrail audit;

    ExpenseCategories(CategoryStore store, AuditTrail audit) {
        this.store = store;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<ExpenseCategory> all(long associationId) {
        return store.all(associationId);
    }

    public long add(long associationId, String name) {
        String checked = unique(associationId, ExpenseCategory.checkedName(name), null);
        long id = store.insert(associationId, checked);
        record(associationId, AuditAction.CREATE, id, checked, null, "費目: " + checked);
        return id;
    }

    public void rename(long associationId, long id, String name) {
        ExpenseCategory category = find(associationId, id);
        String checked = unique(associationId, ExpenseCategory.checkedName(name), id);
        store.rename(associationId, id, checked);
        record(associationId, AuditAction.UPDATE, id, checked, "費目: " + category.name(), "費目: " + checked);
    }

    public void setActive(long associationId, long id, boolean active) {
        ExpenseCategory category = find(associationId, id);
        store.setActive(associationId, id, active);
        record(associationId, AuditAction.UPDATE, id, category.name(), "使用: " + (category.active() ? "する" : "しない"),
                "使用: " + (active ? "する" : "しない"));
    }

    @EventListener
    public void onAssociationCreated(AssociationCreated event) {
        ExpenseCategory.DEFAULT_NAMES.forEach(name -> store.insert(event.associationId(), name));
    }

    private ExpenseCategory find(long associationId, long id) {
        return store.find(associationId, id).orElseThrow(() -> new BudgetNotFoundException("費目", id));
    }

    private String unique(long associationId, String name, Long exceptId) {
        if (store.nameTaken(associationId, name, exceptId)) {
            throw new IllegalArgumentException("費目「" + name + "」はすでにあります");
        }
        return name;
    }

    private void record(long associationId, AuditAction action, long id, String label, String before, String after) {
        audit.record(AuditEntry.of(associationId, AuditType.BUDGET, action, "category:" + id, "費目 " + label)
                .changing(before, after));
    }
}
