package jp.bansou.activity;

/** Where a record came from: typed in, imported from a file, or generated as labelled sample data. */
public enum ActivitySource {
    MANUAL, IMPORT, SAMPLE
}
