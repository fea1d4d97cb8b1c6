-- Reports: apps, addons
-- One row per app: its add-ons, their services and the monthly add-on cost at list prices.
-- billed_price.cents is Heroku's price of an add-on per billed_price.unit (a month; an
-- hourly price counts x720, see _monthly_cents). Deprovisioned add-ons are left out; an
-- add-on billed on a contract (billed_price.contract, billed outside add-on billing) or
-- without a known price is counted in its own column, never as 0 cents. Prices are read as
-- numbers whatever the loader widened their column to (_as_number).
CREATE OR REPLACE VIEW addons_per_app AS
SELECT
    a._account,
    a.id                                                                    AS app_id,
    a.name                                                                  AS app_name,
    a.team_name,
    count(l.app_id)                                                         AS addon_count,
    coalesce(array_agg(l.addon_name ORDER BY l.addon_name) FILTER (WHERE l.app_id IS NOT NULL), '{}') AS addon_names,
    coalesce(array_agg(DISTINCT l.service_name) FILTER (WHERE l.app_id IS NOT NULL), '{}') AS services,
    trim_scale(coalesce(sum(l.monthly_cents) FILTER (WHERE NOT l.contract), 0)) AS monthly_cost_cents,
    count(l.app_id) FILTER (WHERE l.contract)                               AS contract_addon_count,
    count(l.app_id) FILTER (WHERE NOT l.contract AND l.monthly_cents IS NULL) AS unpriced_addon_count
FROM apps a
LEFT JOIN addon_prices l ON l._account = a._account AND l.app_id = a.id::text
GROUP BY a._account, a.id, a.name, a.team_name;

COMMENT ON VIEW addons_per_app IS 'One row per app: its add-ons (deprovisioned ones left out), their names and services, the monthly add-on cost in cents at list prices, and the add-ons on a contract or without a known price (counted apart, not as 0).';
COMMENT ON COLUMN addons_per_app.monthly_cost_cents IS 'sum of the priced, non-contract add-ons'' billed_price.cents per month (hourly prices x720)';
COMMENT ON COLUMN addons_per_app.contract_addon_count IS 'add-ons billed on a contract (billed_price.contract), outside add-on billing: not in the cents';
COMMENT ON COLUMN addons_per_app.unpriced_addon_count IS 'add-ons without a known price (no billed_price, or a unit other than month, hour, day, year): not in the cents';
