-- heroku-warehouse schema version 7: the analyst views the loader creates (on an upgrade, or
-- again around a column widening) are recorded in _schema_changes like the tables, so the
-- schema's history says when a view an analyst relies on was replaced; and _load_reports
-- counts the stored rows a report kept because the API key may not read their parent.
ALTER TABLE _schema_changes DROP CONSTRAINT IF EXISTS _schema_changes_change_check;
ALTER TABLE _schema_changes ADD CONSTRAINT _schema_changes_change_check
    CHECK (change IN ('create table', 'add column', 'widen column', 'create view'));
COMMENT ON COLUMN _schema_changes.table_name IS 'the table, or the view for a create view change';
ALTER TABLE _load_reports ADD COLUMN IF NOT EXISTS kept bigint NOT NULL DEFAULT 0;
COMMENT ON COLUMN _load_reports.kept IS 'stored rows kept as they were because their parent''s list answered 403 (not fetched, not deleted)';
