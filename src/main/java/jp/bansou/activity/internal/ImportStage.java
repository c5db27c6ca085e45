package jp.bansou.activity.internal;

import jp.bansou.activity.ImportedRecord;

/**
 * Where a bulk write puts the validated rows before the set-based statements move them into the
 * registry and the records: a temporary table per transaction, filled with PostgreSQL's COPY or
 * with batched inserts on H2.
 */
interface ImportStage extends AutoCloseable {

    String CREATE_COLUMNS = """
            (line BIGINT, natural_key VARCHAR(200) NOT NULL, activity_date DATE NOT NULL, kind_id BIGINT NOT NULL,
             business_name VARCHAR(200), normalized_name VARCHAR(200), member_number VARCHAR(40),
             business_district_id BIGINT, district_id BIGINT, staff_ids VARCHAR(400), category_ids VARCHAR(400),
             minutes INT, participants INT, deals INT, press_releases INT, note VARCHAR(2000))""";

    void add(ImportedRecord record);

    /** Flushes what is buffered; the stage tables then hold every row added. */
    void finish();

    @Override
    void close();
}
