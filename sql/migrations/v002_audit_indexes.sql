-- heroku-warehouse schema version 2: indexes for the questions asked of the audit tables
-- ("the last loads of this report", "what changed in load N"), and the host that ran a load.
CREATE INDEX IF NOT EXISTS _load_reports_by_report ON _load_reports (report, load_id DESC);
CREATE INDEX IF NOT EXISTS _schema_changes_by_load ON _schema_changes (load_id);
ALTER TABLE _loads ADD COLUMN IF NOT EXISTS host text;
COMMENT ON COLUMN _loads.host IS 'the machine (host name) that ran the load';
