-- membership module: members per district and fiscal year, businesses in the area.
CREATE TABLE member_count (
    association_id BIGINT NOT NULL REFERENCES association (id),
    fiscal_year    INT    NOT NULL,
    district_id    BIGINT NOT NULL REFERENCES district (id),
    members        INT    NOT NULL,
    PRIMARY KEY (association_id, fiscal_year, district_id),
    CONSTRAINT ck_members CHECK (members >= 0)
);

CREATE TABLE area_business_count (
    association_id   BIGINT NOT NULL REFERENCES association (id),
    fiscal_year      INT    NOT NULL,
    businesses       INT    NOT NULL,
    small_businesses INT    NOT NULL,
    PRIMARY KEY (association_id, fiscal_year),
    CONSTRAINT ck_businesses CHECK (businesses >= 0 AND small_businesses >= 0 AND small_businesses <= businesses)
);
