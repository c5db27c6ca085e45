package jp.bansou.activity;

import java.time.LocalDate;

/** A business to register; found again by member number, else by normalised name within the district. */
public record NewBusiness(String name, String nameKana, long districtId, boolean member, String memberNumber,
                          String industry, String representative, LocalDate foundedOn) {

    public NewBusiness {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("事業所名は必須です");
        }
        name = name.strip();
        memberNumber = memberNumber == null || memberNumber.isBlank() ? null : memberNumber.strip();
    }
}
