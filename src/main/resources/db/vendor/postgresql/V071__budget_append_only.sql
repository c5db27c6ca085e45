-- PostgreSQL only (as V041 for the audit trail): the spending ledger and the transfers refuse
-- UPDATE, DELETE and TRUNCATE; corrections are new entries reversing old ones.
CREATE FUNCTION budget_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER spending_entry_no_change BEFORE UPDATE OR DELETE ON spending_entry
    FOR EACH ROW EXECUTE FUNCTION budget_append_only();
CREATE TRIGGER spending_entry_no_truncate BEFORE TRUNCATE ON spending_entry
    FOR EACH STATEMENT EXECUTE FUNCTION budget_append_only();
CREATE TRIGGER budget_transfer_no_change BEFORE UPDATE OR DELETE ON budget_transfer
    FOR EACH ROW EXECUTE FUNCTION budget_append_only();
CREATE TRIGGER budget_transfer_no_truncate BEFORE TRUNCATE ON budget_transfer
    FOR EACH STATEMENT EXECUTE FUNCTION budget_append_only();
