-- Reports: team_monthly_usage, apps (`--report all`; Heroku publishes usage for Enterprise teams)
-- What each app used per month, from Heroku's monthly usage (app_monthly_usage), with the
-- app's id resolved as app_spend_daily does, by who held the name on the month's last day:
-- an app renamed mid-month has a row per name, both with its one id. Units: dyno units and add-on
-- credits, not dollars.
CREATE OR REPLACE VIEW app_spend_monthly AS
SELECT
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
-- The app that held the name on the last day of the month (app_names.holds_from/holds_until: exactly one). One
-- key, account and name together, so the join is by name, never every row with every name.
LEFT JOIN app_names n
       ON n._account || E'\x1f' || n.app_name = u._account || E'\x1f' || u.app_name
      AND (u.month + interval '1 month - 1 day')::date >= n.holds_from AND (u.month + interval '1 month - 1 day')::date < n.holds_until;

COMMENT ON VIEW app_spend_monthly IS 'Heroku''s usage per app and month with the app id resolved from the name it had that month through apps history; dyno units and add-on credits, not dollars.';
COMMENT ON COLUMN app_spend_monthly.month IS 'the first day of the month';
COMMENT ON COLUMN app_spend_monthly.dyno_units IS 'dyno units used that month';
COMMENT ON COLUMN app_spend_monthly.addon_credits IS 'add-on credits used that month (data_credits + partner_credits), not dollars';
