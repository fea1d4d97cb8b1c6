-- One row per app: its add-ons, their services and the monthly add-on cost.
-- billed_price.cents is Heroku's price of the add-on per billed_price.unit (normally "month").
-- Joins compare ids as text and the price is read only when it is an integer, so the view
-- keeps working if the API ever changes a column's type and the loader widens it.
CREATE OR REPLACE VIEW addons_per_app AS
SELECT
    a._account,
    a.id                                                     AS app_id,
    a.name                                                   AS app_name,
    a.team_name,
    count(ad._account)                                       AS addon_count,
    coalesce(array_agg(ad.name::text ORDER BY ad.name::text) FILTER (WHERE ad._account IS NOT NULL), '{}')
                                                             AS addon_names,
    coalesce(array_agg(DISTINCT ad.addon_service_name::text) FILTER (WHERE ad._account IS NOT NULL), '{}')
                                                             AS services,
    coalesce(sum(CASE WHEN ad.billed_price_cents::text ~ '^-?[0-9]{1,18}$'
                      THEN ad.billed_price_cents::text::bigint END), 0)::bigint
                                                             AS monthly_cost_cents
FROM apps a
LEFT JOIN addons ad ON ad._account = a._account AND ad.app_id::text = a.id::text
GROUP BY a._account, a.id, a.name, a.team_name;

COMMENT ON VIEW addons_per_app IS 'One row per app: number of add-ons, their names and services, and the monthly add-on cost in cents (sum of billed_price.cents).';
