-- heroku-warehouse schema version 10: when each parent's lists of a fan-out report (an
-- app's releases, a team's members, ...) were last fetched, and with which version of the
-- parent. A load fetches a parent's lists when the parent changed since (its _hash), is new
-- or failed last time, and verifies the others on a rolling schedule (--fan-out-verify-after).
CREATE TABLE IF NOT EXISTS _fan_out_parents (
    account     text NOT NULL,
    report      text NOT NULL,
    parent_id   text NOT NULL,
    parent_hash text NOT NULL,
    fetched_at  timestamptz NOT NULL,
    failed      boolean NOT NULL DEFAULT false,
    PRIMARY KEY (account, report, parent_id)
);
COMMENT ON TABLE _fan_out_parents IS 'Per account, fan-out report and parent (app or team): the parent''s _hash when its lists were last fetched, when (the load''s start), and whether its list failed (403): fetched again when the parent changed, failed, or is due for verification.';
ALTER TABLE _load_reports ADD COLUMN IF NOT EXISTS not_fetched bigint NOT NULL DEFAULT 0;
COMMENT ON COLUMN _load_reports.not_fetched IS 'stored rows left as they were because the load did not fetch their parent''s lists (fresh under --fan-out-verify-after): not deleted, not counted by the delete guard';
