package jp.bansou.datacheck;

/** A check's code and what it found. */
public record CheckResult(String code, Findings findings) {
}
