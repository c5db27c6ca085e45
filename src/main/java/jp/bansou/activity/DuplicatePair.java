package jp.bansou.activity;

/** Two registered businesses that are probably one, and why they are suspected. */
public record DuplicatePair(BusinessRow first, BusinessRow second, Reason reason) {

    /** Same member number (association-wide); else the same normalised name in one district. */
    public enum Reason {
        SAME_MEMBER_NUMBER, SAME_NAME
    }
}
