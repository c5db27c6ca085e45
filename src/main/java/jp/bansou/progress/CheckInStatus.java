package jp.bansou.progress;

/** How the lead reports an item in a check-in: 順調 (on track), 要注意 (needs attention), 遅れ (behind). */
public enum CheckInStatus {
    ON_TRACK("順調"), ATTENTION("要注意"), BEHIND("遅れ");

    private final String label;

    CheckInStatus(String label) {
        this.label = label;
    }

    /** The Japanese name, for notification texts (pages take theirs from the messages). */
    public String label() {
        return label;
    }
}
