-- budget module: optimistic locking of budget lines, so two admins saving the same line cannot
-- silently overwrite each other (the form quotes the version it was read at).
ALTER TABLE budget_line ADD COLUMN version INT NOT NULL DEFAULT 0;
