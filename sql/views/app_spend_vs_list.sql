-- Reports: team_monthly_usage, apps, addons, app_formation, dyno_sizes (`--report all`)
-- Last complete month (UTC): what each app actually used (app_spend_monthly, Heroku's
-- usage) next to what the list prices say it costs (app_costs), with the difference.
-- Dynos compare in dyno units, a monthly measure (a Standard-1X running all month uses 1):
-- the list side is the current formation's quantity x each size's dyno units. Add-ons
-- compare credits with list-price dollars, which only means something where a credit is
-- worth a dollar: check your contract. An app whose formation was never loaded, or runs a
-- size without known dyno units, has NULL list dyno units. An app whose id is unknown
-- (deleted before the first load) is one row per name.
CREATE OR REPLACE VIEW app_spend_vs_list AS
WITH last_month AS (
    SELECT (date_trunc('month', now() AT TIME ZONE 'UTC') - interval '1 month')::date AS month
),
actual AS (
    SELECT s._account, s.app_id, (array_agg(s.app_name ORDER BY s.app_name))[1] AS app_name, s.month,
           sum(s.dyno_units) AS dyno_units, sum(s.addon_credits) AS addon_credits
    FROM app_spend_monthly s JOIN last_month m ON m.month = s.month
    -- A renamed app is one row; apps without an id stay apart by name.
    GROUP BY s._account, s.app_id, CASE WHEN s.app_id IS NULL THEN s.app_name END, s.month
),
sizes AS (
    SELECT DISTINCT ON (_account, lower(name::text)) _account, lower(name::text) AS size,
           _as_number(precise_dyno_units::text) AS dyno_units
    FROM dyno_sizes
    ORDER BY _account, lower(name::text), _load_id DESC
),
formation_units AS (
    SELECT f._account, f.app_id::text AS app_id,
           -- Unknown when a process type runs a size whose dyno units are not known.
           CASE WHEN bool_and(s.dyno_units IS NOT NULL OR _as_number(f.quantity::text) = 0)
                THEN sum(coalesce(_as_number(f.quantity::text) * s.dyno_units, 0)) END AS dyno_units_per_month
    FROM app_formation f
    LEFT JOIN sizes s ON s._account = f._account AND s.size = lower(coalesce(f.dyno_size_name::text, f.size::text))
    GROUP BY f._account, f.app_id::text
)
SELECT
    a._account,
    a.app_id,
    coalesce(c.app_name::text, a.app_name)                                         AS app_name,
    c.team_name,
    a.month,
    a.dyno_units                                                                   AS actual_dyno_units,
    trim_scale(u.dyno_units_per_month)                                             AS list_dyno_units,
    a.dyno_units - u.dyno_units_per_month                                          AS dyno_units_difference,
    a.addon_credits                                                                AS actual_addon_credits,
    round(c.addon_cost_cents / 100.0, 2)                                           AS list_addon_dollars,
    a.addon_credits - round(c.addon_cost_cents / 100.0, 2)                         AS addon_difference,
    c.monthly_cost_dollars                                                         AS list_monthly_dollars
FROM actual a
LEFT JOIN app_costs c ON c._account = a._account AND c.app_id::text = a.app_id
LEFT JOIN formation_units u ON u._account = a._account AND u.app_id = a.app_id;

COMMENT ON VIEW app_spend_vs_list IS 'Last complete month (UTC) per app: Heroku''s usage (dyno units, add-on credits) next to the list-price estimate of app_costs, with the differences.';
COMMENT ON COLUMN app_spend_vs_list.list_dyno_units IS 'formation quantity x dyno size dyno units: what the current formation uses in a whole month (dyno units are monthly)';
COMMENT ON COLUMN app_spend_vs_list.dyno_units_difference IS 'actual_dyno_units - list_dyno_units (positive: used more than the current formation explains)';
COMMENT ON COLUMN app_spend_vs_list.addon_difference IS 'actual_addon_credits - list_addon_dollars: meaningful only where one credit is one dollar';
