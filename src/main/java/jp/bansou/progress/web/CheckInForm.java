package jp.bansou.progress.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import jp.bansou.progress.CheckInStatus;
import jp.bansou.progress.NewCheckIn;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The check-in form: the date it speaks of, the figure to date (manual items), the status, a comment,
 * and (admins, for a date in a closed period) the reason.
 */
class CheckInForm {

    @NotNull(message = "{checkIn.validation.asOfRequired}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate asOf;

    @DecimalMin(value = "0", message = "{checkIn.validation.figureNonNegative}")
    @Digits(integer = 13, fraction = 1, message = "{checkIn.validation.figureDecimal}")
    private BigDecimal figureToDate;

    @NotNull(message = "{checkIn.validation.statusRequired}")
    private CheckInStatus status;

    @NotBlank(message = "{checkIn.validation.commentRequired}")
    @Size(max = NewCheckIn.COMMENT_MAX, message = "{checkIn.validation.commentLength}")
    private String comment;

    /** Why an admin posts a check-in dated in a closed period (required then, kept in the audit trail). */
    @Size(max = 1000, message = "{checkIn.validation.changeReasonLength}")
    private String changeReason;

    /** An empty form dated today. */
    static CheckInForm startingOn(LocalDate today) {
        CheckInForm form = new CheckInForm();
        form.asOf = today;
        return form;
    }

    NewCheckIn toCheckIn() {
        return new NewCheckIn(asOf, figureToDate, status, comment);
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    public BigDecimal getFigureToDate() {
        return figureToDate;
    }

    public void setFigureToDate(BigDecimal figureToDate) {
        this.figureToDate = figureToDate;
    }

    public CheckInStatus getStatus() {
        return status;
    }

    public void setStatus(CheckInStatus status) {
        this.status = status;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getChangeReason() {
        return changeReason;
    }

    public void setChangeReason(String changeReason) {
        this.changeReason = changeReason;
    }
}
