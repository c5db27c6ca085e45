package jp.bansou.report.sheetimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jp.bansou.organization.District;
import jp.bansou.plan.AreaBlock;
import jp.bansou.plan.TargetRow;
import jp.bansou.plan.TargetTable;

/**
 * A target table as one line of text per item, with every figure and name the page shows (districts
 * by name, not id), so two associations' tables compare equal when they read the same.
 */
final class TableLines {

    private TableLines() {
    }

    static List<String> of(TargetTable table, boolean withFiveYearProgress) {
        List<String> lines = new ArrayList<>();
        for (AreaBlock area : table.areas()) {
            for (TargetRow row : area.rows()) {
                StringBuilder split = new StringBuilder();
                for (District d : table.districts()) {
                    split.append(d.name()).append('=').append(row.districtText(d.id())).append(' ');
                }
                lines.add(String.join(" | ", area.name(), String.valueOf(area.guideline()),
                        Objects.toString(area.subHeading()), (row.subItem() ? "うち" : "") + row.name(),
                        row.target() == null ? "-" : row.target().format(), Objects.toString(row.derivation()),
                        row.actualText(), split.toString(), Objects.toString(row.grade()), Objects.toString(row.note()),
                        Objects.toString(row.reviewer()), Objects.toString(row.lead()), String.join("、", row.deputies()),
                        withFiveYearProgress ? Objects.toString(row.fiveYearProgress()) : ""));
            }
        }
        return lines;
    }
}
