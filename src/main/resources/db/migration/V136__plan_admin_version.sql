-- plan module: optimistic locking of the plan admin's area and item edits.
ALTER TABLE business_area ADD COLUMN version INT NOT NULL DEFAULT 0;
ALTER TABLE kpi_item ADD COLUMN version INT NOT NULL DEFAULT 0;
