package jp.bansou.budget.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import jp.bansou.budget.NewTransfer;
import jp.bansou.shared.Yen;
import org.springframework.format.annotation.DateTimeFormat;

/** A transfer between two lines of the year: from, to, amount, date, reason. */
class TransferForm {

    @NotNull(message = "{budget.validation.fromRequired}")
    private Long fromLineId;

    @NotNull(message = "{budget.validation.toRequired}")
    private Long toLineId;

    @NotNull(message = "{budget.validation.transferAmountRequired}")
    @Min(value = 1, message = "{budget.validation.transferAmountPositive}")
    @Max(value = 999_999_999_999L, message = "{budget.validation.amountTooLarge}")
    private Long amount;

    @NotNull(message = "{budget.validation.transferDateRequired}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @NotBlank(message = "{budget.validation.transferReasonRequired}")
    @Size(max = 1000, message = "{budget.validation.reasonLength}")
    private String reason;

    static TransferForm on(LocalDate date) {
        TransferForm form = new TransferForm();
        form.date = date;
        return form;
    }

    NewTransfer toTransfer() {
        return new NewTransfer(fromLineId, toLineId, Yen.of(amount), date, reason);
    }

    public Long getFromLineId() {
        return fromLineId;
    }

    public void setFromLineId(Long fromLineId) {
        this.fromLineId = fromLineId;
    }

    public Long getToLineId() {
        return toLineId;
    }

    public void setToLineId(Long toLineId) {
        this.toLineId = toLineId;
    }

    public Long getAmount() {
        return amount;
    }

    public void setAmount(Long amount) {
        this.amount = amount;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
