package jp.bansou.organization;

import java.time.LocalDate;

/** A name a district had before a rename ({@code formerName}), the last day it was used, and its name now. */
public record DistrictRename(long districtId, String currentName, String formerName, LocalDate usedUntil) {
}
