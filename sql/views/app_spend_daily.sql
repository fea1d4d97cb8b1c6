-- Reports: team_daily_usage, apps (`--report all`; Heroku publishes usage for Enterprise teams)
-- What each app used per day, from Heroku's own usage (app_daily_usage), with the app's id
-- resolved from the name it had that day (app_names): an app renamed in March keeps one id
-- across the year. A name the warehouse saw on one app only resolves to it, also for days
-- before the first load; a name several apps had resolves to the one that had it that day
-- (else the one that had it next). An app deleted since keeps its rows and name, and its id
-- when the warehouse saw it; one it never saw (deleted before the first load) has a NULL id.
-- Units are Heroku's: dyno units and add-on credits, not dollars.
CREATE OR REPLACE VIEW app_spend_daily AS
SELECT DISTINCT ON (u._account, u.team_id, u.date, u.app_name)
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
LEFT JOIN app_names n ON n._account = u._account AND n.app_name = u.app_name
ORDER BY u._account, u.team_id, u.date, u.app_name,
         (u.date BETWEEN n.first_day AND coalesce(n.last_day, 'infinity'::date)) DESC NULLS LAST,
         (n.first_day > u.date) DESC NULLS LAST,
         abs(n.first_day - u.date);

COMMENT ON VIEW app_spend_daily IS 'Heroku''s usage per app and day with the app id resolved from the name it had that day through apps history; dyno units and add-on credits, not dollars.';
COMMENT ON COLUMN app_spend_daily.app_id IS 'the id of the app that had app_name on that day (apps history); NULL for an app the warehouse never saw';
COMMENT ON COLUMN app_spend_daily.dyno_units IS 'dyno units used that day (Heroku''s unit of dyno consumption)';
COMMENT ON COLUMN app_spend_daily.addon_credits IS 'add-on credits used that day (data_credits + partner_credits), not dollars';
