-- heroku-warehouse schema version 11: system-versioned report tables. History keeps closed
-- versions only (the open one lives in the current table, with _valid_from); each report's
-- tables are upgraded in place by the loader, one transaction per report (HistoryUpgrade),
-- and recorded here as an 'upgrade table' change.
ALTER TABLE _schema_changes DROP CONSTRAINT IF EXISTS _schema_changes_change_check;
ALTER TABLE _schema_changes ADD CONSTRAINT _schema_changes_change_check
    CHECK (change IN ('create table', 'add column', 'widen column', 'create view', 'upgrade table'));
-- The change feed finds the load that deleted an object by its start (its _valid_to).
CREATE INDEX IF NOT EXISTS _loads_by_start ON _loads (started_at);
