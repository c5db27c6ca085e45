package jp.bansou.web.authz;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checked-in expectations (src/test/resources/authz/routes.tsv): per route (method and path
 * pattern as Spring registers it) its action and the answer each role gets: a status code, or
 * {@code login} for a redirect to the login page.
 */
record RouteTable(Map<String, Row> rows) {

    static final String RESOURCE = "/authz/routes.tsv";
    static final Set<String> ACTIONS = Set.of("read", "create", "change", "delete", "import", "export", "publish",
            "lock");

    record Row(String method, String path, String action, Map<Role, String> expected) {

        String key() {
            return key(method, path);
        }

        static String key(String method, String path) {
            return method + " " + path;
        }

        boolean hasPathVariable() {
            return path.contains("{");
        }
    }

    static RouteTable load() throws IOException {
        try (InputStream in = RouteTable.class.getResourceAsStream(RESOURCE)) {
            Map<String, Row> rows = new LinkedHashMap<>();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            for (String line : lines) {
                Row row = parse(line);
                if (rows.put(row.key(), row) != null) {
                    throw new IllegalStateException("route listed twice in " + RESOURCE + ": " + row.key());
                }
            }
            return new RouteTable(rows);
        }
    }

    private static Row parse(String line) {
        String[] cells = line.split("\t");
        Role[] roles = Role.values();
        if (cells.length != 3 + roles.length || !ACTIONS.contains(cells[2])) {
            throw new IllegalStateException("wrong line in " + RESOURCE + ": " + Arrays.toString(cells));
        }
        Map<Role, String> expected = new EnumMap<>(Role.class);
        for (Role role : roles) {
            expected.put(role, cells[3 + role.ordinal()]);
        }
        return new Row(cells[0], cells[1], cells[2], expected);
    }
}
