-- Reports: apps, app_releases, app_formation (`--report all`)
-- Apps that look abandoned: no dyno running (every process type at quantity 0, or none) and
-- no succeeded release for N days, N = 90 unless changed in one place:
--   UPDATE heroku._meta SET value = '60' WHERE key = 'stale_app_days';
-- An app younger than N days is not stale. The evidence is in the columns (last succeeded
-- release, days since, dynos, formation). Where app_releases was never loaded for the
-- account, the app's released_at stands in; where app_formation was never loaded, the dynos
-- are unknown (NULL) and the app is listed on its releases alone: complete is false on
-- those rows.
CREATE OR REPLACE VIEW stale_apps AS
WITH settings AS (
    SELECT coalesce((SELECT _as_number(value)::integer FROM _meta WHERE key = 'stale_app_days'), 90) AS days
),
coverage AS (
    SELECT _account,
           bool_and(loaded)                                          AS complete,
           bool_and(loaded) FILTER (WHERE report = 'app_formation')  AS formation_known
    FROM report_coverage
    WHERE report IN ('apps', 'app_releases', 'app_formation')
    GROUP BY _account
),
running AS (
    SELECT _account, app_id::text AS app_id,
           trim_scale(sum(_as_number(quantity::text)))                   AS dynos,
           string_agg(type::text || ' ' || coalesce(trim_scale(_as_number(quantity::text))::text, '?') || 'x'
                      || coalesce(dyno_size_name::text, size::text, '?'), ', ' ORDER BY type::text) AS formation
    FROM app_formation
    GROUP BY _account, app_id::text
)
SELECT
    r._account,
    r.app_id,
    r.app_name,
    r.team_name,
    r.created_at,
    r.last_release_at                                         AS last_succeeded_release_at,
    r.release_source,
    r.days_since_release,
    CASE WHEN c.formation_known THEN coalesce(f.dynos, 0) END AS dynos,
    CASE WHEN c.formation_known THEN coalesce(f.formation, '') END AS formation,
    r.complete AND coalesce(c.complete, false)                AS complete
FROM apps_without_recent_release r
CROSS JOIN settings s
LEFT JOIN coverage c ON c._account = r._account
LEFT JOIN running f ON f._account = r._account AND f.app_id = r.app_id::text
WHERE coalesce(r.last_release_at, r.created_at, '-infinity') < now() - make_interval(hours => 24 * s.days)
  AND coalesce(r.created_at, '-infinity') < now() - make_interval(hours => 24 * s.days)
  AND (c.formation_known IS NOT TRUE OR coalesce(f.dynos, 0) = 0);

COMMENT ON VIEW stale_apps IS 'Apps that look abandoned: no dyno running and no succeeded release for _meta.stale_app_days days (90), with the evidence; complete = false where app_releases or app_formation never loaded for the account.';
