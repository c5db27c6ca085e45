package jp.bansou.activity;

/** What a counting rule adds up over the matching records. */
public enum Measure {
    /** Each matching record once (a consultation, a dispatch). */
    RECORDS,
    /** Each business once, however many matching records it has (社, 事業者). */
    DISTINCT_BUSINESSES,
    /** The participants of matching events (セミナー参加者数). */
    PARTICIPANTS,
    /** The deals closed (商談成約). */
    DEALS,
    /** The press releases issued. */
    PRESS_RELEASES
}
