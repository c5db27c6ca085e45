-- An item's actual is typed in (MANUAL) or counted from activity records by a rule (COUNTED).
ALTER TABLE item_year ADD COLUMN actual_source VARCHAR(10) NOT NULL DEFAULT 'MANUAL';
