package jp.bansou.schedule;

/** A business area as the schedule's grid rows and form name it. */
public record AreaRef(long id, String name) {
}
