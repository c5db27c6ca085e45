package jp.bansou.schedule;

/** Where a planned event stands. Pages name it by schedule.status.NAME; the audit trail and feed by {@link #label()}. */
public enum EventStatus {
    PLANNED("予定"), DONE("実施済"), CANCELLED("中止"), POSTPONED("延期");

    private final String label;

    EventStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
