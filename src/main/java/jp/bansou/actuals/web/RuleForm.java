package jp.bansou.actuals.web;

import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import jp.bansou.activity.CountSpec;
import jp.bansou.activity.Measure;
import jp.bansou.actuals.CountingRule;
import jp.bansou.shared.FiscalYear;

/** The rule page's form. */
class RuleForm {

    @NotNull(message = "{rules.measureRequired}")
    private Measure measure;
    private List<Long> kindIds = new ArrayList<>();
    private List<Long> categoryIds = new ArrayList<>();
    private boolean membersOnly;
    @NotNull(message = "{rules.fromRequired}")
    private Integer fromYear;
    /** The rule's version when the page was read; null when the page showed no rule (optimistic locking). */
    private Integer version;

    static RuleForm of(CountingRule rule, FiscalYear defaultFrom) {
        RuleForm form = new RuleForm();
        form.fromYear = defaultFrom.startYear();
        if (rule != null) {
            form.measure = rule.spec().measure();
            form.kindIds = new ArrayList<>(rule.spec().kindIds());
            form.categoryIds = new ArrayList<>(rule.spec().categoryIds());
            form.membersOnly = rule.spec().membersOnly();
            form.fromYear = rule.from().startYear();
        }
        return form;
    }

    CountingRule toRule(long itemId) {
        return new CountingRule(itemId, new CountSpec(measure, new HashSet<>(kindIds), new HashSet<>(categoryIds),
                membersOnly), FiscalYear.of(fromYear));
    }

    public Measure getMeasure() {
        return measure;
    }

    public void setMeasure(Measure measure) {
        this.measure = measure;
    }

    public List<Long> getKindIds() {
        return kindIds;
    }

    public void setKindIds(List<Long> kindIds) {
        this.kindIds = kindIds == null ? new ArrayList<>() : kindIds;
    }

    public List<Long> getCategoryIds() {
        return categoryIds;
    }

    public void setCategoryIds(List<Long> categoryIds) {
        this.categoryIds = categoryIds == null ? new ArrayList<>() : categoryIds;
    }

    public boolean isMembersOnly() {
        return membersOnly;
    }

    public void setMembersOnly(boolean membersOnly) {
        this.membersOnly = membersOnly;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public Integer getFromYear() {
        return fromYear;
    }

    public void setFromYear(Integer fromYear) {
        this.fromYear = fromYear;
    }
}
