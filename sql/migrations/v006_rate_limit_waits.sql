-- heroku-warehouse schema version 6: how long each report waited for Heroku's rate limit
-- (Retry-After on a 429, and the pauses the loader makes when RateLimit-Remaining runs low),
-- so a nightly load that spent its time waiting shows it.
ALTER TABLE _load_reports ADD COLUMN IF NOT EXISTS rate_limit_wait_ms bigint NOT NULL DEFAULT 0;
COMMENT ON COLUMN _load_reports.rate_limit_wait_ms IS 'time the report''s requests spent waiting for Heroku''s rate limit (429 Retry-After and low-token pauses), summed over requests sent at once';
