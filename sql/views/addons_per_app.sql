-- One row per app: its add-ons, their services and the monthly add-on cost.
-- billed_price.cents is Heroku's price of the add-on per billed_price.unit (normally "month").
CREATE VIEW addons_per_app AS
SELECT
    a._account,
    a.id                                                     AS app_id,
    a.name                                                   AS app_name,
    a.team_name,
    count(ad.id)                                             AS addon_count,
    coalesce(array_agg(ad.name ORDER BY ad.name) FILTER (WHERE ad.id IS NOT NULL), '{}')
                                                             AS addon_names,
    coalesce(array_agg(DISTINCT ad.addon_service_name) FILTER (WHERE ad.id IS NOT NULL), '{}')
                                                             AS services,
    coalesce(sum(ad.billed_price_cents), 0)::bigint          AS monthly_cost_cents
FROM apps a
LEFT JOIN addons ad ON ad._account = a._account AND ad.app_id = a.id
GROUP BY a._account, a.id, a.name, a.team_name;

COMMENT ON VIEW addons_per_app IS 'One row per app: number of add-ons, their names and services, and the monthly add-on cost in cents (sum of billed_price.cents).';
