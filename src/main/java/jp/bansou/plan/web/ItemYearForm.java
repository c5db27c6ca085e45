package jp.bansou.plan.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.bansou.organization.RoleHolder;
import jp.bansou.plan.ItemYearChange;
import jp.bansou.plan.ItemYearDetail;
import jp.bansou.plan.RoleAssignment;
import jp.bansou.shared.Decimals;

/**
 * The item page's form: numbers as the user typed them (stored figures shown as people write them,
 * 123 not 123.0), roles as holder keys (s12 / g3).
 */
class ItemYearForm {

    @DecimalMin(value = "0", message = "{validation.nonNegative}")
    @Digits(integer = 13, fraction = 1, message = "{validation.decimal}")
    private BigDecimal target;

    @DecimalMin(value = "0", message = "{validation.nonNegative}")
    @Digits(integer = 13, fraction = 1, message = "{validation.decimal}")
    private BigDecimal actual;

    private Map<Long, BigDecimal> districtActuals = new LinkedHashMap<>();

    @Size(max = 2000, message = "{validation.noteLength}")
    private String note;

    @NotBlank(message = "{validation.reviewerRequired}")
    private String reviewer;

    @NotBlank(message = "{validation.leadRequired}")
    private String lead;

    private List<String> deputies = new ArrayList<>();

    private int version;

    /** Why an admin changes an item of a closed year; unused otherwise. */
    @Size(max = 1000, message = "{period.reasonLength}")
    private String changeReason;

    static ItemYearForm of(ItemYearDetail item) {
        ItemYearForm form = new ItemYearForm();
        form.target = Decimals.plain(item.target());
        form.actual = Decimals.plain(item.actual());
        item.districtActuals().forEach((district, value) -> form.districtActuals.put(district, Decimals.plain(value)));
        form.note = item.note();
        if (item.roles() != null) {
            form.reviewer = item.roles().reviewer().key();
            form.lead = item.roles().lead().key();
            form.deputies = new ArrayList<>(item.roles().deputies().stream().map(RoleHolder::key).toList());
        }
        form.version = item.version();
        return form;
    }

    ItemYearChange toChange() {
        Map<Long, BigDecimal> split = new LinkedHashMap<>();
        districtActuals.forEach((district, value) -> {
            if (value != null) {
                split.put(district, value);
            }
        });
        List<RoleHolder> deputyHolders = deputies.stream().filter(d -> d != null && !d.isBlank())
                .filter(d -> !d.equals(lead)).distinct().map(RoleHolder::parseKey).toList();
        return new ItemYearChange(target, actual, split, note,
                new RoleAssignment(RoleHolder.parseKey(reviewer), RoleHolder.parseKey(lead), deputyHolders));
    }

    /** District entries below zero, by district id (Bean Validation does not reach map values). */
    List<Long> negativeDistricts() {
        return districtActuals.entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue().signum() < 0).map(Map.Entry::getKey).toList();
    }

    public BigDecimal getTarget() {
        return target;
    }

    public void setTarget(BigDecimal target) {
        this.target = target;
    }

    public BigDecimal getActual() {
        return actual;
    }

    public void setActual(BigDecimal actual) {
        this.actual = actual;
    }

    public Map<Long, BigDecimal> getDistrictActuals() {
        return districtActuals;
    }

    public void setDistrictActuals(Map<Long, BigDecimal> districtActuals) {
        this.districtActuals = districtActuals;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReviewer() {
        return reviewer;
    }

    public void setReviewer(String reviewer) {
        this.reviewer = reviewer;
    }

    public String getLead() {
        return lead;
    }

    public void setLead(String lead) {
        this.lead = lead;
    }

    public List<String> getDeputies() {
        return deputies;
    }

    public void setDeputies(List<String> deputies) {
        this.deputies = deputies;
    }

    public String getChangeReason() {
        return changeReason;
    }

    public void setChangeReason(String changeReason) {
        this.changeReason = changeReason;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
