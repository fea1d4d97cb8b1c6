-- Reports: team_daily_usage, apps (`--report all`; Heroku publishes usage for Enterprise teams)
-- Apps whose usage jumped: the average per day of the last 7 days is above 1.5x the average
-- per day of the 28 days before, in dyno units or in add-on credits (one row per app and
-- measure), biggest increase first. Days are counted back from the latest complete day
-- loaded for the account (yesterday in UTC at the latest: today is still running); a day
-- without usage counts as 0, so an app new in the last 7 days is a mover.
CREATE OR REPLACE VIEW spend_movers AS
WITH anchor AS (
    SELECT _account, least(max((date::text)::date), (now() AT TIME ZONE 'UTC')::date - 1) AS last_day
    FROM team_daily_usage
    WHERE date::text ~ '^\d{4}-\d{2}-\d{2}$'
    GROUP BY _account
),
recent AS (
    SELECT d._account, d.team_id, d.team_name, coalesce(d.app_id, 'name:' || d.app_name) AS app_key, d.app_id,
           d.app_name, d.date, a.last_day, m.measure, m.value
    FROM app_spend_daily d
    JOIN anchor a ON a._account = d._account
    CROSS JOIN LATERAL (VALUES ('dyno_units', d.dyno_units), ('addon_credits', d.addon_credits)) AS m(measure, value)
    -- The same bound as a constant too, so that only these days' usage is expanded.
    WHERE d.date > a.last_day - 35 AND d.date <= a.last_day
      AND d.date > (SELECT min(last_day) - 35 FROM anchor)
),
averages AS (
    SELECT _account, team_id, app_key, measure,
           max(app_id)                                                      AS app_id,
           (array_agg(app_name ORDER BY date DESC))[1]                      AS app_name,
           max(team_name)                                                   AS team_name,
           coalesce(sum(value) FILTER (WHERE date > last_day - 7), 0) / 7   AS last_7_daily,
           coalesce(sum(value) FILTER (WHERE date <= last_day - 7), 0) / 28 AS prior_28_daily,
           max(last_day)                                                    AS last_day
    FROM recent
    GROUP BY _account, team_id, app_key, measure
)
SELECT
    _account, team_id, team_name, app_id, app_name, measure, last_day,
    round(last_7_daily, 3)                                                  AS last_7_daily,
    round(prior_28_daily, 3)                                                AS prior_28_daily,
    round(last_7_daily - prior_28_daily, 3)                                 AS increase,
    CASE WHEN prior_28_daily > 0 THEN round(last_7_daily / prior_28_daily, 2) END AS ratio
FROM averages
WHERE last_7_daily > 1.5 * prior_28_daily
ORDER BY measure, last_7_daily - prior_28_daily DESC, app_name;

COMMENT ON VIEW spend_movers IS 'Apps whose last 7 days of usage average above 1.5x their daily average of the 28 days before (dyno units or add-on credits), biggest increase first.';
COMMENT ON COLUMN spend_movers.measure IS 'dyno_units or addon_credits (Heroku''s units, not dollars)';
COMMENT ON COLUMN spend_movers.ratio IS 'last_7_daily / prior_28_daily; NULL when the app used nothing in the 28 days before';
