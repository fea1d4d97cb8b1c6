-- Reports: addons
-- One row per add-on that is not deprovisioned, with its price per month at list price:
-- billed_price.cents per billed_price.unit (hourly x720, see _monthly_cents), read as a
-- number whatever the loader widened the column to. contract: billed on a contract
-- (billed_price.contract, outside add-on billing); monthly_cents NULL: no known price. The
-- cost views (addons_per_app, addon_service_usage, app_costs, team_costs) read it.
CREATE OR REPLACE VIEW addon_prices AS
SELECT
    ad._account,
    ad.id                                                               AS addon_id,
    ad.name::text                                                       AS addon_name,
    ad.app_id::text                                                     AS app_id,
    ad.addon_service_id::text                                           AS service_id,
    ad.addon_service_name::text                                         AS service_name,
    ad.plan_name::text                                                  AS plan_name,
    coalesce(ad.billed_price_contract::text = 'true', false)            AS contract,
    _monthly_cents(_as_number(ad.billed_price_cents::text), ad.billed_price_unit::text) AS monthly_cents
FROM addons ad
WHERE ad.state::text IS DISTINCT FROM 'deprovisioned';

COMMENT ON VIEW addon_prices IS 'Add-ons not deprovisioned, with their list price per month (monthly_cents; NULL when unknown) and whether they are billed on a contract.';
