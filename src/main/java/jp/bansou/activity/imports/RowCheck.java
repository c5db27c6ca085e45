package jp.bansou.activity.imports;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import jp.bansou.activity.ImportField;

/** One row's cells while it is checked, and whether an error was found in it; errors name the row's line and the file's header. */
final class RowCheck {

    private final Columns columns;
    private final int line;
    private final List<String> cells;
    private final ImportErrors errors;
    private boolean failed;

    RowCheck(Columns columns, int line, List<String> cells, ImportErrors errors) {
        this.columns = columns;
        this.line = line;
        this.cells = cells;
        this.errors = errors;
    }

    String text(ImportField field) {
        return columns.cell(field, cells);
    }

    Optional<String> required(ImportField field, String what) {
        String text = text(field);
        if (text.isEmpty()) {
            error(field, what + "がありません");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    <T> Optional<T> found(ImportField field, String text, Optional<T> value, String message) {
        if (value.isEmpty()) {
            error(field, message);
        }
        return value;
    }

    Set<Long> names(ImportField field, Function<String, Optional<Long>> lookup, String what,
                    Consumer<String> unknown) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String name : Cells.split(text(field))) {
            lookup.apply(name).ifPresentOrElse(ids::add, () -> {
                error(field, what + "「" + name + "」は登録されていません");
                unknown.accept(name);
            });
        }
        return ids;
    }

    Integer count(ImportField field) {
        String text = text(field);
        return text.isEmpty() ? null : found(field, text, Cells.wholeNumber(text),
                "0以上の整数として読めません: " + text).orElse(null);
    }

    void error(ImportField field, String message) {
        failed = true;
        errors.add(line, columns.header(field), message);
    }

    boolean failed() {
        return failed;
    }
}
