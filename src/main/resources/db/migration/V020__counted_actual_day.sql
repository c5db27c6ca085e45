-- actuals module: what the records of each date add to a counted item's running total in a fiscal
-- year (for distinct businesses: the businesses first counted that date), written with the counted
-- actual, so the actual up to any date and by month is one SUM. Filled by the next recount.
CREATE TABLE counted_actual_day (
    item_id      BIGINT         NOT NULL REFERENCES kpi_item (id),
    fiscal_year  INT            NOT NULL,
    on_day       DATE           NOT NULL,
    amount       NUMERIC(14, 1) NOT NULL,
    PRIMARY KEY (item_id, fiscal_year, on_day)
);
