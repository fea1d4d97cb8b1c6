-- The change feed: every version written to any report's history, newest first when ordered
-- by changed_at. changed_keys lists the top-level JSON keys whose value differs from the
-- previous version (null for inserts and deletes).
CREATE OR REPLACE VIEW changes AS
WITH versions AS (
    SELECT 'apps'::text AS report, _account, id::text AS id, name, _op, _valid_from, _load_id, _raw FROM apps_history
    UNION ALL
    SELECT 'addons', _account, id::text, name, _op, _valid_from, _load_id, _raw FROM addons_history
    UNION ALL
    SELECT 'addon_services', _account, id::text, name, _op, _valid_from, _load_id, _raw FROM addon_services_history
    UNION ALL
    SELECT 'teams', _account, id::text, name, _op, _valid_from, _load_id, _raw FROM teams_history
),
ordered AS (
    SELECT v.*, lag(_raw) OVER (PARTITION BY report, _account, id ORDER BY _valid_from, _load_id) AS previous_raw
    FROM versions v
)
SELECT
    _valid_from AS changed_at,
    report,
    _account,
    id,
    name,
    _op         AS operation,
    _load_id    AS load_id,
    CASE WHEN _op = 'update' THEN (
        SELECT array_agg(key ORDER BY key)
        FROM (SELECT key FROM jsonb_each(_raw) UNION SELECT key FROM jsonb_each(previous_raw)) keys
        WHERE _raw -> key IS DISTINCT FROM previous_raw -> key
    ) END       AS changed_keys
FROM ordered;

COMMENT ON VIEW changes IS 'Every change across reports: when, which report and object, insert/update/delete, and the top-level JSON keys an update changed.';
