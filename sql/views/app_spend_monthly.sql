-- Reports: team_monthly_usage, apps (`--report all`; Heroku publishes usage for Enterprise teams)
-- What each app used per month, from Heroku's monthly usage (app_monthly_usage), with the
-- app's id resolved as app_spend_daily does, by the name it had during the month: an app
-- renamed mid-month has a row per name, both with its one id. Units: dyno units and add-on
-- credits, not dollars.
CREATE OR REPLACE VIEW app_spend_monthly AS
SELECT DISTINCT ON (u._account, u.team_id, u.month, u.app_name)
    u._account,
    u.team_id,
    u.team_name,
    u.month,
    n.app_id,
    u.app_name,
    u.dyno_units,
    u.addon_credits,
    u.data_credits,
    u.partner_credits
FROM app_monthly_usage u
LEFT JOIN app_names n ON n._account = u._account AND n.app_name = u.app_name
ORDER BY u._account, u.team_id, u.month, u.app_name,
         -- The name's days overlap the month.
         (n.first_day <= (u.month + interval '1 month - 1 day')::date
          AND coalesce(n.last_day, 'infinity'::date) >= u.month) DESC NULLS LAST,
         (n.first_day > u.month) DESC NULLS LAST,
         abs(n.first_day - u.month);

COMMENT ON VIEW app_spend_monthly IS 'Heroku''s usage per app and month with the app id resolved from the name it had that month through apps history; dyno units and add-on credits, not dollars.';
COMMENT ON COLUMN app_spend_monthly.month IS 'the first day of the month';
COMMENT ON COLUMN app_spend_monthly.dyno_units IS 'dyno units used that month';
COMMENT ON COLUMN app_spend_monthly.addon_credits IS 'add-on credits used that month (data_credits + partner_credits), not dollars';
