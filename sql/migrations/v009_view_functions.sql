-- heroku-warehouse schema version 9: what the views need to read the data the same way
-- whatever the loader has widened a column to, and whatever the session's settings.
--
-- _as_number(text): the number a value's text holds (a bigint, numeric, text or jsonb
-- column, cast to text), else NULL: `700`, `700.0` and `7e2` are all 700, `"700"` and
-- `abc` are not numbers. The views read every count and price through it, never through a
-- pattern that would drop `700.0` to 0 once a column widened from bigint to numeric.
CREATE OR REPLACE FUNCTION _as_number(value text) RETURNS numeric
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN value ~ '^\s*-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]{1,3})?\s*$' THEN value::numeric END
$$;
COMMENT ON FUNCTION _as_number(text) IS 'the number a value''s text holds (bigint, numeric, text or jsonb column cast to text), else NULL';

-- _monthly_cents(cents, unit): a price per `unit` as cents per month. Heroku prices by the
-- month, prorated to the second with the monthly price as the cap; its hourly rates are the
-- monthly price / 720 (a 30-day month), so an hourly price is multiplied by 720 and a daily
-- one by 30 (`month` or `monthly`, as /dyno-sizes writes it, and so on). A missing unit is
-- Heroku's default, the month; an unknown unit gives NULL
-- (an unknown price, never 0).
CREATE OR REPLACE FUNCTION _monthly_cents(cents numeric, unit text) RETURNS numeric
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE lower(coalesce(unit, 'month'))
        WHEN 'month' THEN cents
        WHEN 'monthly' THEN cents
        WHEN 'hour' THEN cents * 720
        WHEN 'hourly' THEN cents * 720
        WHEN 'day' THEN cents * 30
        WHEN 'daily' THEN cents * 30
        WHEN 'year' THEN cents / 12
        WHEN 'yearly' THEN cents / 12
    END
$$;
COMMENT ON FUNCTION _monthly_cents(numeric, text) IS 'a price per unit (month or monthly; hour(ly): x720; day/daily: x30; year(ly): /12) as cents per month; NULL for an unknown unit';

-- _as_timestamptz(text): an ISO 8601 time with its zone (`2021-04-29T10:11:12Z`, as Heroku
-- writes them, and as to_jsonb(column) prints a timestamptz column whatever the session's
-- DateStyle, with an explicit offset) as timestamptz, else NULL; a column widened to text
-- keeps Heroku's text. Never a timestamptz printed with ::text and parsed again, which
-- depends on DateStyle and TimeZone (`CST` printed for Asia/Shanghai is read back as US
-- Central).
CREATE OR REPLACE FUNCTION _as_timestamptz(value text) RETURNS timestamptz
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN value ~ '^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|z|[+-]\d{2}(:?\d{2})?)$'
                THEN value::timestamptz END
$$;
COMMENT ON FUNCTION _as_timestamptz(text) IS 'an ISO 8601 time with its zone (as in _raw) as timestamptz, independent of DateStyle and TimeZone; else NULL';

-- How many days without a succeeded release and without a running dyno make an app look
-- abandoned (stale_apps): change it here, the view reads it.
INSERT INTO _meta (key, value) VALUES ('stale_app_days', '90') ON CONFLICT (key) DO NOTHING;

-- The views whose columns change in this version are created again by the upgrade.
DROP VIEW IF EXISTS app_inventory, team_costs, app_costs, addons_per_app, addon_service_usage, addon_prices,
    stale_apps, apps_without_recent_release, release_history;
