-- Reports: apps
-- Which app had which name when, from apps and apps_history: one row per app id
-- and name, with the first and last UTC day the warehouse saw that name on that app (the
-- last is NULL while the app still has it), and the days usage naming it is taken to be
-- that app's. Usage names apps, it does not identify them: app_spend_daily and
-- app_spend_monthly resolve names to ids through this view.
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
    first_day,
    last_day,
    -- The days usage naming app_name is taken to be this app's: from the day it was first seen
    -- with the name (for the first app to have it, every day before too) until the next app
    -- with that name was first seen. Each day of a name belongs to exactly one app.
    CASE WHEN row_number() OVER same_name = 1 THEN '-infinity'::date ELSE first_day END   AS holds_from,
    coalesce(lead(first_day) OVER same_name, 'infinity'::date)                            AS holds_until
FROM (
    SELECT
        _account,
        app_id,
        app_name,
        (min(_valid_from) AT TIME ZONE 'UTC')::date                          AS first_day,
        CASE WHEN bool_or(_valid_to IS NULL) THEN NULL
             ELSE (max(_valid_to) AT TIME ZONE 'UTC')::date END              AS last_day
    FROM versions
    WHERE app_id IS NOT NULL AND app_name IS NOT NULL
    GROUP BY _account, app_id, app_name
) pairs
WINDOW same_name AS (PARTITION BY _account, app_name ORDER BY first_day, app_id);

COMMENT ON VIEW app_names IS 'Each app id and name pair from apps history, with the first and last UTC day the warehouse saw it (last_day NULL: the app still has that name), and the days [holds_from, holds_until) usage naming it is resolved to this app.';
COMMENT ON COLUMN app_names.holds_from IS 'first day usage naming app_name resolves to this app (-infinity for the first app seen with the name)';
COMMENT ON COLUMN app_names.holds_until IS 'the day the next app with this name was first seen (infinity: none): usage naming app_name from then on resolves to that app';
