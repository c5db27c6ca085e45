package jp.bansou.activity.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import jp.bansou.activity.NewActivity;
import org.springframework.format.annotation.DateTimeFormat;

/** The quick entry form: ids as chosen, the business by name as typed (or picked from the suggestions). */
class ActivityForm {

    @NotNull(message = "{activity.validation.dateRequired}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @NotNull(message = "{activity.validation.kindRequired}")
    private Long kindId;

    @Size(max = 200, message = "{activity.validation.businessLength}")
    private String business;

    private Long districtId;
    private List<Long> staffIds = new ArrayList<>();
    private List<Long> categoryIds = new ArrayList<>();

    @Min(value = 0, message = "{validation.nonNegative}")
    private Integer minutes;

    @Min(value = 0, message = "{validation.nonNegative}")
    private Integer participants;

    @Min(value = 0, message = "{validation.nonNegative}")
    private Integer deals;

    @Min(value = 0, message = "{validation.nonNegative}")
    private Integer pressReleases;

    @Size(max = 2000, message = "{validation.noteLength}")
    private String note;

    /** Why an admin adds a record to a closed period; unused otherwise. */
    @Size(max = 1000, message = "{period.reasonLength}")
    private String changeReason;

    /** The record, about the given business or (when null) placed in the chosen district. */
    NewActivity toActivity(Long businessId) {
        return new NewActivity(date, kindId, businessId, businessId == null ? districtId : null,
                new HashSet<>(staffIds), new HashSet<>(categoryIds), minutes, participants, deals, pressReleases,
                note, null);
    }

    boolean namesBusiness() {
        return business != null && !business.isBlank();
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public Long getKindId() {
        return kindId;
    }

    public void setKindId(Long kindId) {
        this.kindId = kindId;
    }

    public String getBusiness() {
        return business;
    }

    public void setBusiness(String business) {
        this.business = business;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Long districtId) {
        this.districtId = districtId;
    }

    public List<Long> getStaffIds() {
        return staffIds;
    }

    public void setStaffIds(List<Long> staffIds) {
        this.staffIds = staffIds == null ? new ArrayList<>() : staffIds;
    }

    public List<Long> getCategoryIds() {
        return categoryIds;
    }

    public void setCategoryIds(List<Long> categoryIds) {
        this.categoryIds = categoryIds == null ? new ArrayList<>() : categoryIds;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public Integer getParticipants() {
        return participants;
    }

    public void setParticipants(Integer participants) {
        this.participants = participants;
    }

    public Integer getDeals() {
        return deals;
    }

    public void setDeals(Integer deals) {
        this.deals = deals;
    }

    public Integer getPressReleases() {
        return pressReleases;
    }

    public void setPressReleases(Integer pressReleases) {
        this.pressReleases = pressReleases;
    }

    public String getChangeReason() {
        return changeReason;
    }

    public void setChangeReason(String changeReason) {
        this.changeReason = changeReason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
