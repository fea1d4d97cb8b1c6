-- Reports: apps, addons
-- One row per app: where it runs, who owns it, how many add-ons it has.
CREATE OR REPLACE VIEW app_inventory AS
SELECT
    a._account,
    a.id            AS app_id,
    a.name          AS app_name,
    a.team_name,
    a.region_name   AS region,
    a.stack_name    AS stack,
    a.owner_email   AS owner,
    a.created_at,
    a.released_at,
    a.maintenance,
    p.addon_count
FROM apps a
JOIN addons_per_app p ON p._account = a._account AND p.app_id = a.id;

COMMENT ON VIEW app_inventory IS 'One row per app: team, region, stack, owner, creation and release times, number of add-ons.';
