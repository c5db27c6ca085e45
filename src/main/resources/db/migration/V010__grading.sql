-- progress module: each association's grading scale and the reviewers' grade decisions.

-- The steps of a scale, best first (position). A graded step is reached by an achievement rate of at
-- least lower_bound percent; the not-carried-out step (未実施) has no bound.
CREATE TABLE grade_step (
    association_id  BIGINT       NOT NULL REFERENCES association (id),
    code            VARCHAR(2)   NOT NULL,
    label           VARCHAR(40)  NOT NULL,
    lower_bound     NUMERIC(7, 2),
    colour          VARCHAR(7)   NOT NULL,
    position        INT          NOT NULL,
    not_carried_out BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (association_id, code),
    CONSTRAINT ck_grade_step_bound CHECK ((lower_bound IS NULL) = not_carried_out),
    CONSTRAINT ck_grade_step_bound_range CHECK (lower_bound IS NULL OR lower_bound >= 0)
);

-- The grade a reviewer decided for an item's year, beside the grade the scale proposed then;
-- reason is required (by the application) where the two differ.
CREATE TABLE grade_decision (
    item_year_id  BIGINT        NOT NULL PRIMARY KEY REFERENCES item_year (id),
    proposed_code VARCHAR(2),
    decided_code  VARCHAR(2)    NOT NULL,
    reason        VARCHAR(500),
    decided_by    VARCHAR(100)  NOT NULL,
    decided_at    TIMESTAMP     NOT NULL
);

-- actuals module: a counted item's actual by half year (上期 April–September, 下期 October–March),
-- written with the counted actual. Distinct counts need not add up to the year's figure.
CREATE TABLE counted_actual_half (
    item_id      BIGINT         NOT NULL REFERENCES kpi_item (id),
    fiscal_year  INT            NOT NULL,
    first_half   NUMERIC(14, 1) NOT NULL,
    second_half  NUMERIC(14, 1) NOT NULL,
    PRIMARY KEY (item_id, fiscal_year)
);
