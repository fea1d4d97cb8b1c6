-- Reports: apps, app_releases (`--report all`; without it, the app's own released_at)
-- Every app with its latest succeeded release and the days since; filter it:
--   SELECT * FROM heroku.apps_without_recent_release WHERE coalesce(days_since_release, 1e9) > 90;
-- Only succeeded releases count (a failed, pending or expired one deployed nothing). Where
-- app_releases was never loaded for the account, the app's released_at stands in
-- (release_source says which) and complete is false. Times are read as ISO 8601 with their
-- offset (to_jsonb, whatever the column widened to), so the answer is the same whatever the
-- session's TimeZone or DateStyle.
CREATE OR REPLACE VIEW apps_without_recent_release AS
WITH coverage AS (
    SELECT _account,
           bool_and(loaded)                                           AS complete,
           bool_and(loaded) FILTER (WHERE report = 'app_releases')    AS releases_known
    FROM report_coverage
    WHERE report IN ('apps', 'app_releases')
    GROUP BY _account
),
succeeded AS (
    SELECT _account, app_id::text AS app_id,
           max(_as_timestamptz(to_jsonb(created_at) #>> '{}')) AS last_release_at,
           trim_scale(max(_as_number(version::text)))  AS last_version,
           count(*)                                    AS releases
    FROM app_releases
    WHERE status::text = 'succeeded'
    GROUP BY _account, app_id::text
),
latest AS (
    SELECT
        a._account,
        a.id                                                                       AS app_id,
        a.name                                                                     AS app_name,
        a.team_name,
        _as_timestamptz(to_jsonb(a.created_at) #>> '{}')                           AS created_at,
        CASE WHEN c.releases_known THEN s.last_release_at
             ELSE _as_timestamptz(to_jsonb(a.released_at) #>> '{}') END            AS last_release_at,
        CASE WHEN c.releases_known THEN 'app_releases' ELSE 'apps.released_at' END AS release_source,
        s.last_version,
        CASE WHEN c.releases_known THEN coalesce(s.releases, 0) END               AS releases,
        coalesce(c.complete, false)                                                AS complete
    FROM apps a
    LEFT JOIN coverage c ON c._account = a._account
    LEFT JOIN succeeded s ON s._account = a._account AND s.app_id = a.id::text
)
SELECT
    _account,
    app_id,
    app_name,
    team_name,
    created_at,
    last_release_at,
    release_source,
    last_version,
    releases,
    floor(extract(epoch FROM now() - last_release_at) / 86400)::integer AS days_since_release,
    complete
FROM latest;

COMMENT ON VIEW apps_without_recent_release IS 'Every app with its latest succeeded release (or its released_at where app_releases never loaded: release_source) and the days since; filter with WHERE coalesce(days_since_release, 1e9) > N.';
COMMENT ON COLUMN apps_without_recent_release.releases IS 'succeeded releases stored for the app; NULL where app_releases never loaded for the account';
