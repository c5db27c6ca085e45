package jp.bansou.organization.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import jp.bansou.organization.StaffDetails;
import jp.bansou.organization.StaffKind;
import jp.bansou.organization.StaffMember;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** A staff member's name, kind, first and last day in post. */
class StaffForm {

    @NotBlank(message = "氏名を入力してください")
    @Size(max = 100, message = "氏名は100文字以内にしてください")
    private String name;
    @NotNull(message = "職種を選んでください")
    private StaffKind kind = StaffKind.ADVISOR;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;

    static StaffForm of(StaffMember member) {
        StaffForm form = new StaffForm();
        form.name = member.name();
        form.kind = member.kind();
        form.startDate = member.startDate();
        form.endDate = member.endDate();
        return form;
    }

    void checkDates(Errors errors) {
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            errors.rejectValue("endDate", "order", "退職日は着任日以降の日付にしてください");
        }
    }

    StaffDetails toDetails() {
        return new StaffDetails(name, kind, startDate, endDate);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public StaffKind getKind() {
        return kind;
    }

    public void setKind(StaffKind kind) {
        this.kind = kind;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }
}
