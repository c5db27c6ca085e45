-- schedule module: optimistic locking of planned events (the edit form quotes the version it read).
ALTER TABLE schedule_event ADD COLUMN version INT NOT NULL DEFAULT 0;
