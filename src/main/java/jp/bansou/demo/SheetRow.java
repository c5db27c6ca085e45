package jp.bansou.demo;

import java.util.List;

/** One line of {@code demo/target-table-r4.tsv}; see the README beside it for the columns. */
record SheetRow(int area, String name, String parent, String unit, String comparator, String target,
                String perHead, String addend, String remark, String grade, String actual, List<String> districts,
                String note, String reviewer, String lead, String deputies, String noteFy2022,
                String fiveYearTarget, String fiveYearKind) {

    static SheetRow parse(String line) {
        String[] c = line.split("\t", -1);
        if (c.length != 24) {
            throw new IllegalStateException("demo sheet line has " + c.length + " columns: " + line);
        }
        return new SheetRow(Integer.parseInt(c[0]), c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10],
                List.of(c[11], c[12], c[13], c[14], c[15], c[16]), c[17], c[18], c[19], c[20], c[21], c[22], c[23]);
    }
}
