-- Monthly add-on cost per app, in cents and in dollars.
CREATE OR REPLACE VIEW app_costs AS
SELECT
    _account,
    app_id,
    app_name,
    team_name,
    addon_count,
    monthly_cost_cents,
    round(monthly_cost_cents / 100.0, 2) AS monthly_cost_dollars
FROM addons_per_app;

COMMENT ON VIEW app_costs IS 'Monthly add-on cost per app (sum of the add-ons'' billed_price.cents), in cents and dollars.';
