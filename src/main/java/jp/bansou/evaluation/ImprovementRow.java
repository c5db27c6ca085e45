package jp.bansou.evaluation;

/**
 * An improvement as the committee's pages list it: with the names of its area, item (null for the
 * whole area) and responsible staff member or group (null when nobody is named).
 */
public record ImprovementRow(Improvement improvement, String areaName, String itemName, String responsibleName) {

    /** 事業名 or 事業名 / 項目名. */
    public String subject() {
        return itemName == null ? areaName : areaName + " / " + itemName;
    }
}
