-- plan administration: an item retired from a fiscal year on is left out of that year's table and
-- later ones; its earlier item-years stay as they were, so past tables print unchanged.
ALTER TABLE kpi_item ADD COLUMN retired_from INT;
