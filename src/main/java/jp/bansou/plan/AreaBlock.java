package jp.bansou.plan;

import java.util.List;

/** A business area (事業) of the target table with its rows; guideline 1–4 or null. */
public record AreaBlock(long id, String name, Integer guideline, String subHeading, List<TargetRow> rows) {

    /** 指針③ for guideline 3; empty when the area serves none. */
    public String guidelineLabel() {
        return guideline == null ? "" : "指針" + "①②③④".charAt(guideline - 1);
    }
}
