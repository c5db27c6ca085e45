-- budget module: a spending entry may name the planned event (schedule) it paid for. No foreign key,
-- as for the activity record: the ledger keeps the number whatever becomes of the event.
ALTER TABLE spending_entry ADD COLUMN schedule_event_id BIGINT;
