-- Reports: team_monthly_usage, team_invoices (`--report all`; Enterprise teams)
-- Per team and month, Heroku's usage totals next to the team's invoice for that period
-- (charges, credits, total, dyno units; summed when several invoices cover the month), so
-- finance can reconcile: usage rows of a month not invoiced yet (the current one) have
-- invoice_count 0 and NULL invoice columns, an invoice without usage
-- loaded has NULL usage columns. Invoice periods are read as Heroku writes them
-- (`01/31/2014`, or ISO dates). Usage is in dyno units and credits; invoice totals are
-- integers as Heroku sends them (cents, by all appearances; the schema does not say).
CREATE OR REPLACE VIEW team_spend_monthly AS
WITH usage AS (
    SELECT _account, team_id::text AS team_id, coalesce(team_name::text, name::text) AS team_name,
           (month::text || '-01')::date AS month,
           _as_number(dynos::text) AS dyno_units, _as_number(addons::text) AS addon_credits,
           _as_number(data::text) AS data_credits, _as_number(partner::text) AS partner_credits,
           _as_number(space::text) AS space_credits
    FROM team_monthly_usage
    WHERE month::text ~ '^\d{4}-\d{2}$'
),
invoice_periods AS (
    SELECT _account, team_id::text AS team_id, team_name::text AS team_name, id::text AS invoice_id,
           _as_number(number::text) AS invoice_number,
           date_trunc('month', CASE
               WHEN period_start::text ~ '^\d{4}-\d{2}-\d{2}' THEN left(period_start::text, 10)::date
               WHEN period_start::text ~ '^\d{2}/\d{2}/\d{4}$' THEN to_date(period_start::text, 'MM/DD/YYYY')
           END)::date AS month,
           _as_number(charges_total::text) AS charges_total, _as_number(credits_total::text) AS credits_total,
           _as_number(total::text) AS total, _as_number(dyno_units::text) AS dyno_units
    FROM team_invoices
),
invoices AS (
    -- One row per team and month, however many invoices cover it.
    SELECT _account, team_id, max(team_name) AS team_name, month, count(*) AS invoice_count,
           string_agg(invoice_number::text, ', ' ORDER BY invoice_number) AS invoice_numbers,
           sum(charges_total) AS charges_total, sum(credits_total) AS credits_total, sum(total) AS total,
           sum(dyno_units) AS dyno_units
    FROM invoice_periods
    GROUP BY _account, team_id, month
)
SELECT
    coalesce(u._account, i._account)       AS _account,
    coalesce(u.team_id, i.team_id)         AS team_id,
    coalesce(u.team_name, i.team_name)     AS team_name,
    coalesce(u.month, i.month)             AS month,
    u.dyno_units                           AS usage_dyno_units,
    u.addon_credits                        AS usage_addon_credits,
    u.data_credits                         AS usage_data_credits,
    u.partner_credits                      AS usage_partner_credits,
    u.space_credits                        AS usage_space_credits,
    coalesce(i.invoice_count, 0)           AS invoice_count,
    i.invoice_numbers,
    i.charges_total                        AS invoice_charges_total,
    i.credits_total                        AS invoice_credits_total,
    i.total                                AS invoice_total,
    i.dyno_units                           AS invoice_dyno_units,
    i.dyno_units - u.dyno_units            AS dyno_units_difference
FROM usage u
FULL JOIN invoices i ON i._account = u._account AND i.team_id = u.team_id AND i.month = u.month;

COMMENT ON VIEW team_spend_monthly IS 'Per team and month: Heroku''s usage totals (dyno units, add-on credits) next to the team invoice of that period (charges, credits, total, dyno units), to reconcile.';
COMMENT ON COLUMN team_spend_monthly.usage_dyno_units IS 'dyno units used in the month (GET /teams/{team}/usage/monthly)';
COMMENT ON COLUMN team_spend_monthly.usage_addon_credits IS 'add-on credits used in the month, not dollars';
COMMENT ON COLUMN team_spend_monthly.invoice_total IS 'the invoice''s total as Heroku sends it (an integer; cents by all appearances)';
COMMENT ON COLUMN team_spend_monthly.dyno_units_difference IS 'invoice_dyno_units - usage_dyno_units: 0 when the invoice bills what usage reports';
