package jp.bansou.activity.internal;

import java.util.Set;
import java.util.stream.Collectors;
import jp.bansou.activity.BusinessName;
import jp.bansou.activity.ImportedRecord;

/** The stage table's column values of one record, in {@link ImportStage#CREATE_COLUMNS} order. */
final class StageRows {

    private StageRows() {
    }

    static Object[] values(ImportedRecord r) {
        return new Object[] {r.line(), r.naturalKey(), r.date(), r.kindId(), r.businessName(),
            r.businessName() == null ? null : BusinessName.normalize(r.businessName()), r.memberNumber(),
            r.businessDistrictId(), r.districtId(), ids(r.staffIds()), ids(r.categoryIds()), r.minutes(),
            r.participants(), r.deals(), r.pressReleases(), r.note()};
    }

    static String ids(Set<Long> ids) {
        return ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** One line of PostgreSQL's COPY text format: tabs between fields, \N for null, specials escaped. */
    static void appendCopyLine(StringBuilder out, Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            Object v = values[i];
            if (v == null) {
                out.append("\\N");
                continue;
            }
            String s = v.toString();
            for (int c = 0; c < s.length(); c++) {
                char ch = s.charAt(c);
                switch (ch) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(ch);
                }
            }
        }
        out.append('\n');
    }
}
