package jp.bansou.activity;

import java.time.LocalDate;

/** A business as the registry lists it: district by name, with how many activity records it has. */
public record BusinessRow(long id, String name, String nameKana, long districtId, String district, boolean member,
                          String memberNumber, String industry, String representative, LocalDate foundedOn,
                          BusinessStatus status, long records) {

    public boolean merged() {
        return status == BusinessStatus.MERGED;
    }
}
