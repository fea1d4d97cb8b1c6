-- Reports: app_releases (`--report all`)
-- Releases per app per ISO week: weeks start on Monday and are cut in UTC, whatever the
-- session's TimeZone or DateStyle (times read as ISO 8601 with their offset, _as_timestamptz).
CREATE OR REPLACE VIEW release_history AS
WITH releases AS (
    SELECT r._account, r.app_id, r.app_name::text AS app_name, r.status::text AS status,
           _as_number(r.version::text) AS version,
           (date_trunc('week', _as_timestamptz(to_jsonb(r.created_at) #>> '{}') AT TIME ZONE 'UTC'))::date AS week
    FROM app_releases r
)
SELECT
    _account,
    app_id,
    max(app_name)                                       AS app_name,
    week,
    count(*)                                            AS releases,
    count(*) FILTER (WHERE status = 'succeeded')        AS succeeded,
    count(*) FILTER (WHERE status = 'failed')           AS failed,
    trim_scale(min(version))                            AS first_version,
    trim_scale(max(version))                            AS last_version
FROM releases
WHERE week IS NOT NULL
GROUP BY _account, app_id, week;

COMMENT ON VIEW release_history IS 'Releases per app per week (cut in UTC, weeks start Monday, independent of the session''s TimeZone): total, succeeded, failed, version range.';
