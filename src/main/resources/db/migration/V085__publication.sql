-- publication module: the year-end snapshot of a fiscal year an admin has published on the public
-- page (/public/{association code}/{fiscal year}). One row per association and year while published;
-- withdrawing deletes it (the audit trail keeps every publish and withdraw). snapshot_taken_at names
-- the snapshot published: when the year is closed again, the new snapshot is not public until an
-- admin publishes it.
CREATE TABLE publication (
    association_id    BIGINT       NOT NULL REFERENCES association (id),
    fiscal_year       INT          NOT NULL,
    snapshot_taken_at TIMESTAMP    NOT NULL,
    published_at      TIMESTAMP    NOT NULL,
    published_by      VARCHAR(100) NOT NULL,
    PRIMARY KEY (association_id, fiscal_year)
);
