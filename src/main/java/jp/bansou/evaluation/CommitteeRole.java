package jp.bansou.evaluation;

/** A member's place on the committee; pages name it by the message evaluation.role.NAME. */
public enum CommitteeRole {
    CHAIR,
    MEMBER,
    OBSERVER;

    /** Observers attend without grading. */
    public boolean grades() {
        return this != OBSERVER;
    }
}
