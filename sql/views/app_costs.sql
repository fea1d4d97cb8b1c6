-- Reports: apps, addons, app_formation, dyno_sizes (app_formation needs `--report all`)
-- What each app costs a month at Heroku's list prices: its add-ons (addons_per_app) and its
-- dynos (formation quantity x the dyno size's price, the size matched by name as the
-- formation writes it, case aside; hourly prices x720). A dyno size without a price counts
-- in unpriced_dyno_count, never as 0 cents. Where app_formation or dyno_sizes was never
-- loaded for the account, the dyno columns and the total are NULL (unknown) and complete is
-- false. Actual spend, from Heroku's usage and invoices, is another matter (list prices
-- ignore credits, contracts and proration).
CREATE OR REPLACE VIEW app_costs AS
WITH coverage AS (
    SELECT _account,
           bool_and(loaded)                                                          AS complete,
           bool_and(loaded) FILTER (WHERE report IN ('app_formation', 'dyno_sizes')) AS dynos_known
    FROM report_coverage
    WHERE report IN ('apps', 'addons', 'app_formation', 'dyno_sizes')
    GROUP BY _account
),
sizes AS (
    -- One price per name (the most recently loaded size of that name).
    SELECT DISTINCT ON (_account, lower(name::text)) _account, lower(name::text) AS size,
           _monthly_cents(_as_number(cost_cents::text), cost_unit::text) AS monthly_cents
    FROM dyno_sizes
    ORDER BY _account, lower(name::text), _load_id DESC
),
processes AS (
    SELECT f._account, f.app_id::text AS app_id, f.type::text AS type,
           _as_number(f.quantity::text)                           AS quantity,
           coalesce(f.dyno_size_name::text, f.size::text)          AS size,
           s.monthly_cents
    FROM app_formation f
    LEFT JOIN sizes s ON s._account = f._account AND s.size = lower(coalesce(f.dyno_size_name::text, f.size::text))
),
formation AS (
    SELECT _account, app_id,
           sum(quantity)                                                                   AS dynos,
           sum(quantity * monthly_cents) FILTER (WHERE quantity > 0 AND monthly_cents IS NOT NULL) AS priced_cents,
           sum(quantity) FILTER (WHERE quantity > 0 AND monthly_cents IS NULL)              AS unpriced_dynos,
           string_agg(type || ' ' || coalesce(trim_scale(quantity)::text, '?') || 'x' || coalesce(size, '?'),
                      ', ' ORDER BY type)                                                  AS formation
    FROM processes
    GROUP BY _account, app_id
),
costs AS (
    SELECT p._account, p.app_id, p.app_name, p.team_name, p.addon_count, p.contract_addon_count,
           p.unpriced_addon_count, p.monthly_cost_cents AS addon_cost_cents,
           CASE WHEN c.dynos_known THEN trim_scale(coalesce(f.priced_cents, 0)) END      AS dyno_cost_cents,
           CASE WHEN c.dynos_known THEN trim_scale(coalesce(f.dynos, 0)) END             AS dynos,
           CASE WHEN c.dynos_known THEN trim_scale(coalesce(f.unpriced_dynos, 0)) END    AS unpriced_dyno_count,
           CASE WHEN c.dynos_known THEN coalesce(f.formation, '') END                   AS formation,
           coalesce(c.complete, false)                                                  AS complete
    FROM addons_per_app p
    LEFT JOIN coverage c ON c._account = p._account
    LEFT JOIN formation f ON f._account = p._account AND f.app_id = p.app_id::text
)
SELECT
    _account,
    app_id,
    app_name,
    team_name,
    addon_count,
    contract_addon_count,
    unpriced_addon_count,
    addon_cost_cents,
    dyno_cost_cents,
    addon_cost_cents + dyno_cost_cents                 AS monthly_cost_cents,
    round((addon_cost_cents + dyno_cost_cents) / 100.0, 2) AS monthly_cost_dollars,
    dynos,
    unpriced_dyno_count,
    formation,
    complete
FROM costs;

COMMENT ON VIEW app_costs IS 'What each app costs a month at list prices: add-ons (addon_cost_cents) plus dynos (formation quantity x dyno size price, dyno_cost_cents) = monthly_cost_cents; contract, unpriced add-ons and unpriced dynos counted apart; NULL dyno columns and complete = false where app_formation or dyno_sizes was never loaded.';
COMMENT ON COLUMN app_costs.dyno_cost_cents IS 'sum over process types of quantity x the dyno size''s monthly price (GET /dyno-sizes cost; hourly x720); NULL when app_formation or dyno_sizes was never loaded';
COMMENT ON COLUMN app_costs.monthly_cost_cents IS 'addon_cost_cents + dyno_cost_cents; NULL when the dyno cost is unknown';
COMMENT ON COLUMN app_costs.unpriced_dyno_count IS 'running dynos whose size has no known price: not in the cents';
COMMENT ON COLUMN app_costs.complete IS 'false when a report this view needs (apps, addons, app_formation, dyno_sizes) never loaded for the account';
