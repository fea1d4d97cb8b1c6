-- Reports: team_monthly_usage (`--report all`; Heroku publishes usage for Enterprise teams)
-- Heroku's own usage, one row per team, month and app name (the `apps` array of each month
-- of GET /teams/{team}/usage/monthly), in dyno units and add-on credits, not dollars. An
-- app renamed during a month appears under each of its names, as Heroku reports it.
CREATE OR REPLACE VIEW app_monthly_usage AS
SELECT
    u._account,
    u.team_id,
    coalesce(u.team_name::text, u.name::text)   AS team_name,
    (u.month::text || '-01')::date              AS month,
    a.app ->> 'app_name'                        AS app_name,
    _usage_number(a.app -> 'dynos')               AS dyno_units,
    _usage_number(a.app -> 'addons')              AS addon_credits,
    _usage_number(a.app -> 'data')                AS data_credits,
    _usage_number(a.app -> 'partner')             AS partner_credits
FROM team_monthly_usage u
CROSS JOIN LATERAL jsonb_array_elements(
    CASE WHEN jsonb_typeof(u.apps::jsonb) = 'array' THEN u.apps::jsonb ELSE '[]'::jsonb END) AS a(app)
WHERE u.month::text ~ '^\d{4}-\d{2}$';

COMMENT ON VIEW app_monthly_usage IS 'Heroku''s usage per team, month (its first day) and app name (GET /teams/{team}/usage/monthly): dyno units and add-on credits, not dollars.';
COMMENT ON COLUMN app_monthly_usage.dyno_units IS 'dyno units the app used that month (a Standard-1X running all month uses 1)';
COMMENT ON COLUMN app_monthly_usage.addon_credits IS 'add-on credits the app used that month (data_credits + partner_credits), not dollars';
