package jp.bansou.activity;

import java.util.List;

/** A profile cannot be saved: what is wrong with its name or mapping, in Japanese. */
public class InvalidMappingException extends RuntimeException {

    private final List<String> problems;

    public InvalidMappingException(List<String> problems) {
        super(String.join(" / ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
