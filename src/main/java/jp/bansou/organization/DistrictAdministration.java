package jp.bansou.organization;

import java.time.Clock;
import java.time.LocalDate;
import jp.bansou.audit.AuditAction;
import jp.bansou.audit.AuditEntry;
import jp.bansou.audit.AuditTrail;
import jp.bansou.audit.AuditType;
import jp.bansou.organization.AdministrationQueries.Named;
import jp.bansou.organization.internal.AdministrationStore;
import jp.bansou.organization.internal.OrganizationStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admin's changes to the districts. A district is never deleted: records, businesses and past
 * tables point at it. A rename keeps the old name with its last day (yesterday, by the Clock); a
 * retired district is no longer offered for new records. The head office and the last district in
 * use cannot be retired.
 */
@Service
@Transactional
public class DistrictAdministration {

    private final OrganizationStore organization;
    private final AdministrationStore store;
    private final AdministrationQueries queries;
    private final AuditTrail audit;
    private final Clock clock;

    DistrictAdministration(OrganizationStore organization, AdministrationStore store, AdministrationQueries queries,
                           AuditTrail audit, Clock clock) {
        this.organization = organization;
        this.store = store;
        this.queries = queries;
        this.audit = audit;
        this.clock = clock;
    }

    public long add(BansouUser admin, String name) {
        String checked = freeName(admin, name, null);
        long id = organization.insertDistrict(admin.associationId(), checked, false);
        record(admin, AuditAction.CREATE, id, checked, null, "地区: " + checked);
        return id;
    }

    public void rename(BansouUser admin, long districtId, String name) {
        District district = district(admin, districtId);
        String checked = freeName(admin, name, districtId);
        if (checked.equals(district.name())) {
            return;
        }
        store.renameDistrict(admin.associationId(), districtId, district.name(), checked,
                LocalDate.now(clock).minusDays(1));
        record(admin, AuditAction.UPDATE, districtId, checked, "名称: " + district.name(), "名称: " + checked);
    }

    public void move(BansouUser admin, long districtId, boolean up) {
        District district = district(admin, districtId);
        store.move("district", admin.associationId(), districtId, up);
        record(admin, AuditAction.UPDATE, districtId, district.name(), null, up ? "表示順: 上へ" : "表示順: 下へ");
    }

    public void retire(BansouUser admin, long districtId) {
        District district = district(admin, districtId);
        if (district.retired()) {
            return;
        }
        if (district.headOffice()) {
            throw new IllegalArgumentException("本所の地区「" + district.name() + "」は廃止できません");
        }
        store.updateDistrictRetired(admin.associationId(), districtId, true);
        record(admin, AuditAction.UPDATE, districtId, district.name(), "状態: 使用中", "状態: 廃止");
    }

    public void reinstate(BansouUser admin, long districtId) {
        District district = district(admin, districtId);
        if (!district.retired()) {
            return;
        }
        store.updateDistrictRetired(admin.associationId(), districtId, false);
        record(admin, AuditAction.UPDATE, districtId, district.name(), "状態: 廃止", "状態: 使用中");
    }

    public District district(BansouUser admin, long districtId) {
        return queries.district(admin.associationId(), districtId)
                .orElseThrow(() -> new OrganizationNotFoundException("district", districtId));
    }

    private String freeName(BansouUser admin, String name, Long except) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("地区名を入力してください");
        }
        if (name.strip().length() > 100) {
            throw new IllegalArgumentException("地区名は100文字以内にしてください");
        }
        if (queries.nameTaken(Named.DISTRICT, admin.associationId(), name, except)) {
            throw new IllegalArgumentException("地区名「" + name.strip() + "」は既にあります");
        }
        return name.strip();
    }

    private void record(BansouUser admin, AuditAction action, long id, String label, String before, String after) {
        audit.record(AuditEntry.of(admin.associationId(), AuditType.STAFF, action, id, label)
                .changing(before, after).by(admin.actor()));
    }
}
