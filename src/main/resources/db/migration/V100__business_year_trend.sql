-- activity module: how a business's sales and gross profit moved in a fiscal year (the national
-- report counts them among the businesses followed up). No row means unknown.
CREATE TABLE business_year_trend (
    business_id        BIGINT      NOT NULL REFERENCES business (id),
    fiscal_year        INT         NOT NULL,
    sales_trend        VARCHAR(10) NOT NULL DEFAULT 'UNKNOWN',
    gross_profit_trend VARCHAR(10) NOT NULL DEFAULT 'UNKNOWN',
    PRIMARY KEY (business_id, fiscal_year),
    CONSTRAINT ck_business_trend CHECK (sales_trend IN ('UP', 'DOWN', 'FLAT', 'UNKNOWN')
        AND gross_profit_trend IN ('UP', 'DOWN', 'FLAT', 'UNKNOWN'))
);
