package jp.bansou.report.internal;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import jp.bansou.report.LineDefinition;
import jp.bansou.report.NationalLine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables national_line_kind and national_line_category: the report lines' definitions. */
@Repository
public class NationalLineStore {

    private final JdbcClient jdbc;

    NationalLineStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every line of the association, defined or not, in the report's order. */
    public Map<NationalLine, LineDefinition> definitions(long associationId) {
        Map<NationalLine, Set<Long>> kinds = links(associationId, "national_line_kind", "kind_id");
        Map<NationalLine, Set<Long>> categories = links(associationId, "national_line_category", "category_id");
        Map<NationalLine, LineDefinition> lines = new EnumMap<>(NationalLine.class);
        for (NationalLine line : NationalLine.values()) {
            lines.put(line, new LineDefinition(line, kinds.get(line), categories.get(line)));
        }
        return lines;
    }

    public void replace(long associationId, LineDefinition definition) {
        String line = definition.line().name();
        jdbc.sql("DELETE FROM national_line_kind WHERE association_id = ? AND line = ?").params(associationId, line)
                .update();
        jdbc.sql("DELETE FROM national_line_category WHERE association_id = ? AND line = ?")
                .params(associationId, line).update();
        definition.kindIds().forEach(k -> jdbc.sql(
                "INSERT INTO national_line_kind (association_id, line, kind_id) VALUES (?, ?, ?)")
                .params(associationId, line, k).update());
        definition.categoryIds().forEach(c -> jdbc.sql(
                "INSERT INTO national_line_category (association_id, line, category_id) VALUES (?, ?, ?)")
                .params(associationId, line, c).update());
    }

    private Map<NationalLine, Set<Long>> links(long associationId, String table, String column) {
        Map<NationalLine, Set<Long>> links = new EnumMap<>(NationalLine.class);
        jdbc.sql("SELECT line, " + column + " AS linked FROM " + table + " WHERE association_id = ?")
                .param(associationId)
                .query(rs -> {
                    links.computeIfAbsent(NationalLine.valueOf(rs.getString("line").strip()), l -> new HashSet<>())
                            .add(rs.getLong("linked"));
                });
        return links;
    }
}
