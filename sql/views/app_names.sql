-- Reports: apps
-- Which app had which name when, from apps and apps_history: one row per app id
-- and name, with the first and last UTC day the warehouse saw that name on that app (the
-- last is NULL while the app still has it). Usage names apps, it does not identify them:
-- app_spend_daily and app_spend_monthly resolve names to ids through this view.
CREATE OR REPLACE VIEW app_names AS
WITH versions AS (
    -- The open versions and the closed ones (the tables, not apps_with_history, so that
    -- this view does not stand in the way when that view is created again).
    SELECT _account, id::text AS app_id, name::text AS app_name, _valid_from, NULL::timestamptz AS _valid_to
    FROM apps
    UNION ALL
    SELECT _account, id::text, name::text, _valid_from, _valid_to
    FROM apps_history
)
SELECT
    _account,
    app_id,
    app_name,
    (min(_valid_from) AT TIME ZONE 'UTC')::date                          AS first_day,
    CASE WHEN bool_or(_valid_to IS NULL) THEN NULL
         ELSE (max(_valid_to) AT TIME ZONE 'UTC')::date END              AS last_day
FROM versions
WHERE app_id IS NOT NULL AND app_name IS NOT NULL
GROUP BY _account, app_id, app_name;

COMMENT ON VIEW app_names IS 'Each app id and name pair from apps history, with the first and last UTC day the warehouse saw it (last_day NULL: the app still has that name).';
