-- Monthly add-on cost per team; the row whose team_name is null gathers the personal apps.
CREATE OR REPLACE VIEW team_costs AS
WITH per_team AS (
    SELECT _account, team_name::text AS team_name, count(*) AS app_count,
           sum(addon_count)::bigint AS addon_count, sum(monthly_cost_cents)::bigint AS monthly_cost_cents
    FROM addons_per_app
    GROUP BY _account, team_name::text
)
SELECT
    coalesce(t._account, p._account)                AS _account,
    t.id                                            AS team_id,
    coalesce(t.name::text, p.team_name)             AS team_name,
    coalesce(p.app_count, 0)                        AS app_count,
    coalesce(p.addon_count, 0)                      AS addon_count,
    coalesce(p.monthly_cost_cents, 0)               AS monthly_cost_cents,
    round(coalesce(p.monthly_cost_cents, 0) / 100.0, 2) AS monthly_cost_dollars
FROM teams t
FULL JOIN per_team p ON p._account = t._account AND p.team_name = t.name::text;

COMMENT ON VIEW team_costs IS 'Monthly add-on cost per team (apps grouped by their team); team_name null is the personal apps.';
