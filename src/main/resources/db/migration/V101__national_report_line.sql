-- report module: which activity kinds and support categories each line of the national
-- implementation report (実施状況報告) counts, per association. A line without any is not defined.
CREATE TABLE national_line_kind (
    association_id BIGINT      NOT NULL REFERENCES association (id),
    line           VARCHAR(20) NOT NULL,
    kind_id        BIGINT      NOT NULL REFERENCES activity_kind (id),
    PRIMARY KEY (association_id, line, kind_id)
);

CREATE TABLE national_line_category (
    association_id BIGINT      NOT NULL REFERENCES association (id),
    line           VARCHAR(20) NOT NULL,
    category_id    BIGINT      NOT NULL REFERENCES support_category (id),
    PRIMARY KEY (association_id, line, category_id)
);
