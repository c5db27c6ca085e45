package jp.bansou.evaluation;

import java.util.List;

/** The committee sheet of a meeting: its material, the grade codes of the scale (columns), and the items. */
public record CommitteeSheet(Meeting meeting, Material material, List<String> gradeCodes, List<SheetLine> lines) {

    public CommitteeSheet {
        gradeCodes = List.copyOf(gradeCodes);
        lines = List.copyOf(lines);
    }
}
