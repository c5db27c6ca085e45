package jp.bansou.activity;

import java.time.LocalDate;

/** A business to register; found again by member number, else by normalised name within the district. */
public record NewBusiness(String name, String nameKana, long districtId, boolean member, String memberNumber,
                          String industry, String representative, LocalDate foundedOn, BusinessStatus status) {

    public NewBusiness {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("事業所名は必須です");
        }
        name = name.strip();
        nameKana = blankToNull(nameKana);
        memberNumber = blankToNull(memberNumber);
        industry = blankToNull(industry);
        representative = blankToNull(representative);
        status = status == null ? BusinessStatus.ACTIVE : status;
        if (status == BusinessStatus.MERGED) {
            throw new IllegalArgumentException("統合済みの事業所は登録できません");
        }
    }

    /** An active business. */
    public NewBusiness(String name, String nameKana, long districtId, boolean member, String memberNumber,
                       String industry, String representative, LocalDate foundedOn) {
        this(name, nameKana, districtId, member, memberNumber, industry, representative, foundedOn,
                BusinessStatus.ACTIVE);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
