package jp.bansou.plan;

import java.util.List;
import jp.bansou.audit.AuditAction;
import jp.bansou.audit.AuditEntry;
import jp.bansou.audit.AuditTrail;
import jp.bansou.audit.FieldChanges;
import jp.bansou.organization.BansouUser;
import jp.bansou.shared.StaleEditException;
import jp.bansou.plan.internal.PlanAdminStore;
import jp.bansou.plan.internal.PlanStore;
import jp.bansou.shared.FiscalYear;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admins' changes of KPI items: create, edit, reorder, move to another area, make a うち row or
 * back, retire from a year on (its past years stay as they were). Each one audited.
 */
@Service
@Transactional
public class ItemAdminService {

    private final PlanStore store;
    private final PlanAdminStore admin;
    private final PlanAdminQueries queries;
    private final AuditTrail audit;

    ItemAdminService(PlanStore store, PlanAdminStore admin, PlanAdminQueries queries, AuditTrail audit) {
        this.store = store;
        this.admin = admin;
        this.queries = queries;
        this.audit = audit;
    }

    /** Adds the item at the end of the area. */
    public long addItem(BansouUser user, long areaId, ItemDefinition item) {
        AreaSummary area = queries.area(user.associationId(), areaId)
                .orElseThrow(() -> new PlanChangeRefused("事業を選んでください"));
        long id = store.insertItem(user.associationId(), new NewItem(areaId, null, item.name(), item.unit(),
                item.comparator(), item.fiveYearTarget(), item.fiveYearKind()));
        audit.record(PlanAudit.item(user.associationId(), id, item.name(), AuditAction.CREATE)
                .changing(PlanAudit.item(null, item).field("事業", null, area.name())));
        return id;
    }

    /** Refused with {@link PlanChangeRefused}, changing nothing, when the item is no longer at {@code expectedVersion}. */
    public void editItem(BansouUser user, long itemId, int expectedVersion, ItemDefinition item) {
        PlanItem before = item(user, itemId);
        if (!admin.updateItem(user.associationId(), itemId, expectedVersion, item)) {
            throw new PlanChangeRefused(new StaleEditException("項目「" + before.name() + "」", null).getMessage());
        }
        FieldChanges changes = PlanAudit.item(PlanAudit.definition(before), item);
        if (!changes.isEmpty()) {
            audit.record(PlanAudit.item(user.associationId(), itemId, item.name(), AuditAction.UPDATE).changing(changes));
        }
    }

    /** One place up (-1) or down (+1) among its siblings, with its うち rows. */
    public void moveItem(BansouUser user, long itemId, int delta) {
        PlanItem item = item(user, itemId);
        AreaLayout before = queries.layout(user.associationId(), item.areaId());
        AreaLayout after = before.move(itemId, delta);
        if (!after.equals(before)) {
            place(user, item.areaId(), after);
            audit.record(entry(user, item).changing("順番: " + position(before, itemId), "順番: " + position(after, itemId)));
        }
    }

    /** Moves the item with its うち rows to the end of another area; a うち row moved becomes top-level. */
    public void moveToArea(BansouUser user, long itemId, long areaId) {
        PlanItem item = item(user, itemId);
        AreaSummary target = queries.area(user.associationId(), areaId)
                .orElseThrow(() -> new PlanChangeRefused("移動先の事業が見つかりません"));
        if (target.id() == item.areaId()) {
            return;
        }
        AreaLayout from = queries.layout(user.associationId(), item.areaId());
        List<ItemPlace> block = from.block(itemId);
        place(user, item.areaId(), from.without(block));
        place(user, areaId, queries.layout(user.associationId(), areaId).append(block));
        audit.record(entry(user, item).changing("事業: " + item.areaName(), "事業: " + target.name()));
    }

    /** Makes the item a うち row of {@code parentId} in the same area, or top-level again when it is null. */
    public void setParent(BansouUser user, long itemId, Long parentId) {
        PlanItem item = item(user, itemId);
        AreaLayout layout = queries.layout(user.associationId(), item.areaId());
        AreaLayout after = parentId == null ? layout.makeTopLevel(itemId) : layout.makeSubItem(itemId, parentId);
        place(user, item.areaId(), after);
        String parentName = parentId == null ? null : layout.find(parentId).name();
        String beforeName = item.parentId() == null ? null : layout.find(item.parentId()).name();
        FieldChanges changes = FieldChanges.none().field("うちの親項目", beforeName, parentName);
        if (!changes.isEmpty()) {
            audit.record(entry(user, item).changing(changes));
        }
    }

    /**
     * Retires the item from {@code from} on (null: in use again). Its item-years stay; the tables of
     * {@code from} and later leave it out. An item whose うち rows are still shown is refused, naming them.
     */
    public void retire(BansouUser user, long itemId, FiscalYear from) {
        PlanItem item = item(user, itemId);
        if (from != null) {
            List<String> active = queries.items(user.associationId()).stream()
                    .filter(i -> i.parentId() != null && i.parentId() == itemId && i.shownIn(from))
                    .map(PlanItem::name).toList();
            if (!active.isEmpty()) {
                throw new PlanChangeRefused("「" + item.name() + "」には使用中の「うち」の項目があります（"
                        + String.join("、", active) + "）。先にそれらを廃止するか、「うち」を外してください");
            }
        }
        admin.retireItem(user.associationId(), itemId, from == null ? null : from.startYear());
        audit.record(entry(user, item).changing(FieldChanges.none().field("廃止年度",
                item.retiredFrom() == null ? null : item.retiredFrom().japaneseLabel(),
                from == null ? null : from.japaneseLabel())));
    }

    private void place(BansouUser user, long areaId, AreaLayout layout) {
        admin.placeItems(user.associationId(), areaId, layout.items());
    }

    private PlanItem item(BansouUser user, long itemId) {
        return queries.item(user.associationId(), itemId).orElseThrow(() -> new PlanElementNotFoundException("item", itemId));
    }

    private static AuditEntry entry(BansouUser user, PlanItem item) {
        return PlanAudit.item(user.associationId(), item.id(), item.name(), AuditAction.UPDATE);
    }

    private static int position(AreaLayout layout, long itemId) {
        return layout.items().indexOf(layout.find(itemId)) + 1;
    }
}
