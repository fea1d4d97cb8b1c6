-- Reports: apps
-- Which app had which name when, from apps history (apps_with_history): one row per app id
-- and name, with the first and last UTC day the warehouse saw that name on that app (the
-- last is NULL while the app still has it). Usage names apps, it does not identify them:
-- app_spend_daily and app_spend_monthly resolve names to ids through this view.
CREATE OR REPLACE VIEW app_names AS
SELECT
    _account,
    id::text                                                             AS app_id,
    name::text                                                           AS app_name,
    (min(_valid_from) AT TIME ZONE 'UTC')::date                          AS first_day,
    CASE WHEN bool_or(_valid_to IS NULL) THEN NULL
         ELSE (max(_valid_to) AT TIME ZONE 'UTC')::date END              AS last_day
FROM apps_with_history
WHERE id IS NOT NULL AND name IS NOT NULL
GROUP BY _account, id::text, name::text;

COMMENT ON VIEW app_names IS 'Each app id and name pair from apps history, with the first and last UTC day the warehouse saw it (last_day NULL: the app still has that name).';
