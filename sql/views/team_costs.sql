-- Reports: teams, apps, addons, app_formation, dyno_sizes (app_formation needs `--report all`)
-- What each team's apps cost a month at list prices (app_costs summed by team); the row
-- whose team_name is null gathers the personal apps. Dyno costs and the total are NULL
-- where the dyno cost is unknown (see app_costs).
CREATE OR REPLACE VIEW team_costs AS
WITH per_team AS (
    SELECT _account, team_name::text AS team_name, count(*) AS app_count,
           sum(addon_count)::bigint          AS addon_count,
           sum(contract_addon_count)::bigint AS contract_addon_count,
           sum(unpriced_addon_count)::bigint AS unpriced_addon_count,
           sum(addon_cost_cents)             AS addon_cost_cents,
           sum(dyno_cost_cents)              AS dyno_cost_cents,
           sum(monthly_cost_cents)           AS monthly_cost_cents,
           sum(unpriced_dyno_count)          AS unpriced_dyno_count
    FROM app_costs
    GROUP BY _account, team_name::text
),
coverage AS (
    SELECT _account, bool_and(loaded) AS complete
    FROM report_coverage
    WHERE report IN ('teams', 'apps', 'addons', 'app_formation', 'dyno_sizes')
    GROUP BY _account
)
SELECT
    coalesce(t._account, p._account)                    AS _account,
    t.id                                                AS team_id,
    coalesce(t.name::text, p.team_name)                 AS team_name,
    coalesce(p.app_count, 0)                            AS app_count,
    coalesce(p.addon_count, 0)                          AS addon_count,
    coalesce(p.contract_addon_count, 0)                 AS contract_addon_count,
    coalesce(p.unpriced_addon_count, 0)                 AS unpriced_addon_count,
    coalesce(p.addon_cost_cents, 0)                     AS addon_cost_cents,
    CASE WHEN p._account IS NOT NULL THEN p.dyno_cost_cents
         WHEN c.complete THEN 0 END                     AS dyno_cost_cents,
    m.monthly_cost_cents,
    round(m.monthly_cost_cents / 100.0, 2)              AS monthly_cost_dollars,
    CASE WHEN p._account IS NOT NULL THEN p.unpriced_dyno_count
         WHEN c.complete THEN 0 END                     AS unpriced_dyno_count,
    coalesce(c.complete, false)                         AS complete
FROM teams t
FULL JOIN per_team p ON p._account = t._account AND p.team_name = t.name::text
LEFT JOIN coverage c ON c._account = coalesce(t._account, p._account)
CROSS JOIN LATERAL (SELECT CASE WHEN p._account IS NOT NULL THEN p.monthly_cost_cents
                                WHEN c.complete THEN 0 END AS monthly_cost_cents) m;

COMMENT ON VIEW team_costs IS 'What each team''s apps cost a month at list prices (app_costs by team: add-ons, dynos, total; contract and unpriced counted apart); team_name null is the personal apps; complete = false where a needed report never loaded.';
