package jp.bansou.activity;

import java.time.LocalDate;

/** A business in the registry; {@code member} with its member number when it belongs to the association. */
public record Business(long id, String name, String nameKana, long districtId, boolean member, String memberNumber,
                       String industry, String representative, LocalDate foundedOn, String status) {
}
