-- Reports: team_daily_usage (`--report all`; Heroku publishes usage for Enterprise teams)
-- Heroku's own usage, one row per team, day and app (the `apps` array of each day of
-- GET /teams/{team}/usage/daily), in Heroku's units: dyno units and add-on credits, not
-- dollars. Heroku's days are estimates (the monthly run rate / 30): its monthly usage
-- (app_monthly_usage) is the true figure. Apps are named as they were named on that day;
-- app_spend_daily adds their id.
CREATE OR REPLACE VIEW app_daily_usage AS
SELECT
    u._account,
    u.team_id,
    coalesce(u.team_name::text, u.name::text)   AS team_name,
    (u.date::text)::date                        AS date,
    a.app ->> 'app_name'                        AS app_name,
    _usage_number(a.app -> 'dynos')               AS dyno_units,
    _usage_number(a.app -> 'addons')              AS addon_credits,
    _usage_number(a.app -> 'data')                AS data_credits,
    _usage_number(a.app -> 'partner')             AS partner_credits
FROM team_daily_usage u
CROSS JOIN LATERAL jsonb_array_elements(
    CASE WHEN jsonb_typeof(u.apps::jsonb) = 'array' THEN u.apps::jsonb ELSE '[]'::jsonb END) AS a(app)
WHERE u.date::text ~ '^\d{4}-\d{2}-\d{2}$';

COMMENT ON VIEW app_daily_usage IS 'Heroku''s usage per team, day and app name (GET /teams/{team}/usage/daily): dyno units and add-on credits, not dollars.';
COMMENT ON COLUMN app_daily_usage.dyno_units IS 'dyno units used that day, Heroku''s estimate: the month''s run rate / 30 (dyno units are monthly: a Standard-1X running all month uses 1)';
COMMENT ON COLUMN app_daily_usage.addon_credits IS 'add-on credits the app used that day (data_credits + partner_credits), in Heroku''s credits, not dollars';
COMMENT ON COLUMN app_daily_usage.data_credits IS 'credits used by first-party add-ons (Heroku Data: Postgres, Redis, Kafka)';
COMMENT ON COLUMN app_daily_usage.partner_credits IS 'credits used by third-party (Elements partner) add-ons';
