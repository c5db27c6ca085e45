package jp.bansou.budget.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import jp.bansou.budget.NewSpending;
import jp.bansou.shared.Yen;
import org.springframework.format.annotation.DateTimeFormat;

/** A spending entry: line, date, amount, payee, purpose, voucher, activity record, reason for going over. */
class SpendingForm {

    @NotNull(message = "{budget.validation.lineRequired}")
    private Long lineId;

    @NotNull(message = "{budget.validation.dateRequired}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @NotNull(message = "{budget.validation.amountRequired}")
    @Min(value = 1, message = "{budget.validation.amountPositive}")
    @Max(value = 999_999_999_999L, message = "{budget.validation.amountTooLarge}")
    private Long amount;

    @NotBlank(message = "{budget.validation.payeeRequired}")
    @Size(max = NewSpending.PAYEE_MAX, message = "{budget.validation.payeeLength}")
    private String payee;

    @NotBlank(message = "{budget.validation.purposeRequired}")
    @Size(max = NewSpending.PURPOSE_MAX, message = "{budget.validation.purposeLength}")
    private String purpose;

    @Size(max = NewSpending.VOUCHER_MAX, message = "{budget.validation.voucherLength}")
    private String voucherNo;

    private Long activityRecordId;

    private Long eventId;

    @Size(max = NewSpending.REASON_MAX, message = "{budget.validation.reasonLength}")
    private String overBudgetReason;

    @Size(max = NewSpending.REASON_MAX, message = "{budget.validation.reasonLength}")
    private String closedPeriodReason;

    static SpendingForm on(LocalDate date) {
        SpendingForm form = new SpendingForm();
        form.date = date;
        return form;
    }

    NewSpending toSpending() {
        return new NewSpending(lineId, date, Yen.of(amount), payee, purpose, voucherNo, activityRecordId, eventId,
                overBudgetReason);
    }

    public Long getLineId() {
        return lineId;
    }

    public void setLineId(Long lineId) {
        this.lineId = lineId;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public Long getAmount() {
        return amount;
    }

    public void setAmount(Long amount) {
        this.amount = amount;
    }

    public String getPayee() {
        return payee;
    }

    public void setPayee(String payee) {
        this.payee = payee;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getVoucherNo() {
        return voucherNo;
    }

    public void setVoucherNo(String voucherNo) {
        this.voucherNo = voucherNo;
    }

    public Long getActivityRecordId() {
        return activityRecordId;
    }

    public void setActivityRecordId(Long activityRecordId) {
        this.activityRecordId = activityRecordId;
    }

    public String getOverBudgetReason() {
        return overBudgetReason;
    }

    public void setOverBudgetReason(String overBudgetReason) {
        this.overBudgetReason = overBudgetReason;
    }

    public String getClosedPeriodReason() {
        return closedPeriodReason;
    }

    public void setClosedPeriodReason(String closedPeriodReason) {
        this.closedPeriodReason = closedPeriodReason;
    }

    public Long getEventId() {
        return eventId;
    }

    public void setEventId(Long eventId) {
        this.eventId = eventId;
    }
}
