package jp.bansou.plan;

import java.util.List;

/** A business area as the admin pages list it, with the names of its items (which keep it from being deleted). */
public record AreaSummary(long id, String name, Integer guideline, String subHeading, List<String> itemNames) {

    public String guidelineLabel() {
        return guideline == null ? "" : "指針" + "①②③④".charAt(guideline - 1);
    }
}
