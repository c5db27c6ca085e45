-- progress module: item-years whose falling behind (遅れ) was alerted to their lead, deputies and
-- reviewer; one row per item-year, so the daily job alerts once, and deleted when the item recovers
-- (on track or attention), so falling behind again alerts again.
CREATE TABLE pace_behind_alert (
    item_year_id BIGINT    NOT NULL PRIMARY KEY REFERENCES item_year (id),
    alerted_at   TIMESTAMP NOT NULL
);
