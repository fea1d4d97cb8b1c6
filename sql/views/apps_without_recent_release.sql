-- Every app with its latest release (from app_releases) and the days since; filter it:
--   SELECT * FROM heroku.apps_without_recent_release WHERE coalesce(days_since_release, 1e9) > 90;
-- Apps with no release at all have last_release_at and days_since_release null.
CREATE OR REPLACE VIEW apps_without_recent_release AS
WITH latest AS (
    SELECT _account, app_id::text AS app_id, max(created_at::text::timestamptz) AS last_release_at,
           max(version::text::bigint) AS last_version, count(*) AS releases
    FROM app_releases
    GROUP BY _account, app_id::text
)
SELECT
    a._account,
    a.id                                                             AS app_id,
    a.name                                                           AS app_name,
    a.team_name,
    l.last_release_at,
    l.last_version,
    coalesce(l.releases, 0)                                          AS releases,
    floor(extract(epoch FROM now() - l.last_release_at) / 86400)::integer AS days_since_release
FROM apps a
LEFT JOIN latest l ON l._account = a._account AND l.app_id = a.id::text;

COMMENT ON VIEW apps_without_recent_release IS 'Every app with its latest release and the days since; filter with WHERE coalesce(days_since_release, 1e9) > N.';
