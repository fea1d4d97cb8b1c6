-- Monthly add-on cost per app, in cents and in dollars, next to its dyno formation
-- (quantity x size per process type, from the app_formation report: `--report all`; an app
-- whose formation was not loaded shows 0 dynos and an empty formation).
CREATE OR REPLACE VIEW app_costs AS
WITH formation AS (
    SELECT
        _account,
        app_id::text AS app_id,
        sum(CASE WHEN quantity::text ~ '^[0-9]{1,9}$' THEN quantity::text::bigint ELSE 0 END)::bigint AS dynos,
        string_agg(type::text || ' ' || quantity::text || 'x' || coalesce(dyno_size_name::text, size::text, '?'),
                   ', ' ORDER BY type::text) AS formation
    FROM app_formation
    GROUP BY _account, app_id::text
)
SELECT
    p._account,
    p.app_id,
    p.app_name,
    p.team_name,
    p.addon_count,
    p.monthly_cost_cents,
    round(p.monthly_cost_cents / 100.0, 2) AS monthly_cost_dollars,
    coalesce(f.dynos, 0)                   AS dynos,
    coalesce(f.formation, '')              AS formation
FROM addons_per_app p
LEFT JOIN formation f ON f._account = p._account AND f.app_id = p.app_id::text;

COMMENT ON VIEW app_costs IS 'Monthly add-on cost per app (sum of the add-ons'' billed_price.cents), in cents and dollars, with its dyno formation (quantity x size per process type).';
