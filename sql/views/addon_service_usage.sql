-- Reports: addon_services, addons
-- Per add-on service: how many add-ons, on how many apps, with which plans, at what monthly
-- cost at list prices (deprovisioned add-ons left out; contract-priced and unpriced ones
-- counted apart, not in the cents; prices read as numbers whatever their column's type).
CREATE OR REPLACE VIEW addon_service_usage AS
SELECT
    s._account,
    s.id                                                                   AS service_id,
    s.name                                                                 AS service_name,
    s.human_name,
    count(l.service_id)                                                    AS installs,
    count(DISTINCT l.app_id)                                               AS apps,
    coalesce(array_agg(DISTINCT l.plan_name) FILTER (WHERE l.service_id IS NOT NULL), '{}') AS plans,
    trim_scale(coalesce(sum(l.monthly_cents) FILTER (WHERE NOT l.contract), 0)) AS monthly_cost_cents,
    count(l.service_id) FILTER (WHERE l.contract)                          AS contract_addon_count,
    count(l.service_id) FILTER (WHERE NOT l.contract AND l.monthly_cents IS NULL) AS unpriced_addon_count
FROM addon_services s
LEFT JOIN addon_prices l ON l._account = s._account AND l.service_id = s.id::text
GROUP BY s._account, s.id, s.name, s.human_name;

COMMENT ON VIEW addon_service_usage IS 'Per add-on service: installs (deprovisioned left out), distinct apps, plans in use, monthly cost in cents at list prices, and the installs on a contract or without a known price (counted apart).';
