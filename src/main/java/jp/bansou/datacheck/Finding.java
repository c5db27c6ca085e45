package jp.bansou.datacheck;

import java.util.List;
import java.util.Objects;

/**
 * One line of a check: what it is about (an item's name, a record's date, kind and business: data,
 * not a message), the problem as a message key with its arguments, and the page where it is fixed.
 */
public record Finding(String subject, String problem, List<Object> arguments, String link) {

    public Finding {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(link, "link");
        arguments = List.copyOf(arguments);
    }

    public static Finding of(String subject, String problem, String link, Object... arguments) {
        return new Finding(subject, problem, List.of(arguments), link);
    }

    /** The arguments as the message source takes them. */
    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
