package jp.bansou.budget.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.bansou.budget.BudgetRow;

/** A budget line to set: business area, expense category, budget in whole yen, note. */
class LineForm {

    @NotNull(message = "{budget.validation.areaRequired}")
    private Long areaId;

    @NotNull(message = "{budget.validation.categoryRequired}")
    private Long categoryId;

    @NotNull(message = "{budget.validation.budgetRequired}")
    @Min(value = 0, message = "{budget.validation.budgetNonNegative}")
    @Max(value = 999_999_999_999L, message = "{budget.validation.amountTooLarge}")
    private Long amount;

    @Size(max = 200, message = "{budget.validation.noteLength}")
    private String note;

    /** The line's version when the form was read; null for a new line. */
    private Integer version;

    /** The form filled with a line's area, category, budget and note, to change it. */
    static LineForm of(BudgetRow line) {
        LineForm form = new LineForm();
        form.areaId = line.areaId();
        form.categoryId = line.categoryId();
        form.amount = line.balance().budget().amount();
        form.note = line.note();
        form.version = line.version();
        return form;
    }

    public Long getAreaId() {
        return areaId;
    }

    public void setAreaId(Long areaId) {
        this.areaId = areaId;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public Long getAmount() {
        return amount;
    }

    public void setAmount(Long amount) {
        this.amount = amount;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
