package jp.bansou.progress;

/**
 * Where an item stands against its pace: on track, needs attention, behind, or unknown (no
 * target, or no figure to date yet). Ordered worst first, as the dashboard lists them.
 */
public enum PaceStatus {
    BEHIND, ATTENTION, ON_TRACK, UNKNOWN;

    /** The statuses a person may set by hand (a check-in or an override). */
    public static final java.util.List<PaceStatus> SETTABLE = java.util.List.of(ON_TRACK, ATTENTION, BEHIND);

    /** The message key of its label: pace.status.BEHIND → 遅れ. */
    public String messageKey() {
        return "pace.status." + name();
    }

    /** The status a check-in or a form names ("BEHIND"); refused with a Japanese message otherwise. */
    public static PaceStatus settable(String name) {
        return SETTABLE.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("状況を選んでください"));
    }
}
