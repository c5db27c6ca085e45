package jp.bansou.activity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import jp.bansou.activity.BusinessStatus;
import jp.bansou.activity.NewBusiness;
import org.springframework.format.annotation.DateTimeFormat;

/** The registration form of a business. */
class BusinessForm {

    @NotBlank(message = "{business.validation.nameRequired}")
    @Size(max = 200, message = "{business.validation.tooLong}")
    private String name;

    @Size(max = 200, message = "{business.validation.tooLong}")
    private String nameKana;

    @NotNull(message = "{business.validation.districtRequired}")
    private Long districtId;

    private boolean member;

    @Size(max = 40, message = "{business.validation.tooLong}")
    private String memberNumber;

    @Size(max = 100, message = "{business.validation.tooLong}")
    private String industry;

    @Size(max = 100, message = "{business.validation.tooLong}")
    private String representative;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate foundedOn;

    private BusinessStatus status = BusinessStatus.ACTIVE;

    NewBusiness toNewBusiness() {
        return new NewBusiness(name, nameKana, districtId, member, memberNumber, industry, representative, foundedOn,
                status);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameKana() {
        return nameKana;
    }

    public void setNameKana(String nameKana) {
        this.nameKana = nameKana;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Long districtId) {
        this.districtId = districtId;
    }

    public boolean isMember() {
        return member;
    }

    public void setMember(boolean member) {
        this.member = member;
    }

    public String getMemberNumber() {
        return memberNumber;
    }

    public void setMemberNumber(String memberNumber) {
        this.memberNumber = memberNumber;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public String getRepresentative() {
        return representative;
    }

    public void setRepresentative(String representative) {
        this.representative = representative;
    }

    public LocalDate getFoundedOn() {
        return foundedOn;
    }

    public void setFoundedOn(LocalDate foundedOn) {
        this.foundedOn = foundedOn;
    }

    public BusinessStatus getStatus() {
        return status;
    }

    public void setStatus(BusinessStatus status) {
        this.status = status;
    }
}
