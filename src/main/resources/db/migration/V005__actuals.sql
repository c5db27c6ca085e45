-- actuals module: rules that count an item's actual from activity records, and the staff split.
CREATE TABLE actual_rule (
    item_id           BIGINT      NOT NULL PRIMARY KEY REFERENCES kpi_item (id),
    measure           VARCHAR(30) NOT NULL,
    members_only      BOOLEAN     NOT NULL DEFAULT FALSE,
    from_fiscal_year  INT         NOT NULL,
    version           INT         NOT NULL DEFAULT 0
);

CREATE TABLE actual_rule_kind (
    item_id BIGINT NOT NULL REFERENCES actual_rule (item_id) ON DELETE CASCADE,
    kind_id BIGINT NOT NULL REFERENCES activity_kind (id),
    PRIMARY KEY (item_id, kind_id)
);

CREATE TABLE actual_rule_category (
    item_id     BIGINT NOT NULL REFERENCES actual_rule (item_id) ON DELETE CASCADE,
    category_id BIGINT NOT NULL REFERENCES support_category (id),
    PRIMARY KEY (item_id, category_id)
);

CREATE TABLE counted_actual_staff (
    item_id         BIGINT         NOT NULL REFERENCES kpi_item (id),
    fiscal_year     INT            NOT NULL,
    staff_member_id BIGINT         NOT NULL REFERENCES staff_member (id),
    amount          NUMERIC(14, 1) NOT NULL,
    PRIMARY KEY (item_id, fiscal_year, staff_member_id)
);
