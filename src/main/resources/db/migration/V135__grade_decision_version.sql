-- progress module: optimistic locking of grade decisions (the grade form quotes the version it was read at;
-- actual_rule.version, the counting rules' column, exists since V005).
ALTER TABLE grade_decision ADD COLUMN version INT NOT NULL DEFAULT 0;
