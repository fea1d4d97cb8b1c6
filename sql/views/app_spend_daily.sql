-- Reports: team_daily_usage, apps (`--report all`; Heroku publishes usage for Enterprise teams)
-- What each app used per day, from Heroku's own usage (app_daily_usage), with the app's id
-- resolved from the name it had that day (app_names): an app renamed in March keeps one id
-- across the year. A name the warehouse saw on one app only resolves to it, also for days
-- before the first load; a name several apps had resolves to the one that held it that day
-- (from the day the warehouse first saw it with the name until it saw the next one). An
-- app deleted since keeps its rows and name, and its id
-- when the warehouse saw it; one it never saw (deleted before the first load) has a NULL id.
-- Units are Heroku's: dyno units and add-on credits, not dollars.
CREATE OR REPLACE VIEW app_spend_daily AS
SELECT
    u._account,
    u.team_id,
    u.team_name,
    u.date,
    n.app_id,
    u.app_name,
    u.dyno_units,
    u.addon_credits,
    u.data_credits,
    u.partner_credits
FROM app_daily_usage u
-- The app that held the name that day (app_names.holds_from/holds_until: exactly one). One
-- key, account and name together, so the join is by name, never every row with every name.
LEFT JOIN app_names n
       ON n._account || E'\x1f' || n.app_name = u._account || E'\x1f' || u.app_name
      AND u.date >= n.holds_from AND u.date < n.holds_until;

COMMENT ON VIEW app_spend_daily IS 'Heroku''s usage per app and day with the app id resolved from the name it had that day through apps history; dyno units and add-on credits, not dollars.';
COMMENT ON COLUMN app_spend_daily.app_id IS 'the id of the app that had app_name on that day (apps history); NULL for an app the warehouse never saw';
COMMENT ON COLUMN app_spend_daily.dyno_units IS 'dyno units used that day (Heroku''s unit of dyno consumption)';
COMMENT ON COLUMN app_spend_daily.addon_credits IS 'add-on credits used that day (data_credits + partner_credits), not dollars';
