-- Releases per app per ISO week (weeks start on Monday, UTC), from app_releases.
CREATE OR REPLACE VIEW release_history AS
SELECT
    r._account,
    r.app_id,
    max(r.app_name::text)                                             AS app_name,
    (date_trunc('week', r.created_at::text::timestamptz AT TIME ZONE 'UTC'))::date AS week,
    count(*)                                                          AS releases,
    count(*) FILTER (WHERE r.status::text = 'succeeded')              AS succeeded,
    count(*) FILTER (WHERE r.status::text = 'failed')                 AS failed,
    min(r.version::text::bigint)                                      AS first_version,
    max(r.version::text::bigint)                                      AS last_version
FROM app_releases r
WHERE r.created_at IS NOT NULL
GROUP BY r._account, r.app_id, date_trunc('week', r.created_at::text::timestamptz AT TIME ZONE 'UTC');

COMMENT ON VIEW release_history IS 'Releases per app per week (UTC, weeks start Monday): total, succeeded, failed, version range.';
