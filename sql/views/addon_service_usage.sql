-- Per add-on service: how many add-ons, on how many apps, with which plans, at what cost.
CREATE OR REPLACE VIEW addon_service_usage AS
SELECT
    s._account,
    s.id                                                              AS service_id,
    s.name                                                            AS service_name,
    s.human_name,
    count(ad._account)                                                AS installs,
    count(DISTINCT ad.app_id::text)                                   AS apps,
    coalesce(array_agg(DISTINCT ad.plan_name::text) FILTER (WHERE ad._account IS NOT NULL), '{}')
                                                                      AS plans,
    coalesce(sum(CASE WHEN ad.billed_price_cents::text ~ '^-?[0-9]{1,18}$'
                      THEN ad.billed_price_cents::text::bigint END), 0)::bigint
                                                                      AS monthly_cost_cents
FROM addon_services s
LEFT JOIN addons ad ON ad._account = s._account AND ad.addon_service_id::text = s.id::text
GROUP BY s._account, s.id, s.name, s.human_name;

COMMENT ON VIEW addon_service_usage IS 'Per add-on service: installs, distinct apps, plans in use and their monthly cost in cents.';
