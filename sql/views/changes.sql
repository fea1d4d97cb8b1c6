-- The change feed: every version written to any report's history. name is the object's
-- own label (name, else hostname, email, type or version, whichever it has); changed_keys
-- lists the top-level JSON keys whose value differs from the previous version (updates only).
-- For per-team and per-app reports, id is `<team or app id>/<id>`.
CREATE OR REPLACE VIEW changes AS
WITH versions AS (
    SELECT 'teams'::text AS report, _account, id::text AS id, _op, _valid_from, _load_id, _raw FROM teams_history
    UNION ALL
    SELECT 'apps'::text AS report, _account, id::text AS id, _op, _valid_from, _load_id, _raw FROM apps_history
    UNION ALL
    SELECT 'addons'::text AS report, _account, id::text AS id, _op, _valid_from, _load_id, _raw FROM addons_history
    UNION ALL
    SELECT 'addon_services'::text AS report, _account, id::text AS id, _op, _valid_from, _load_id, _raw FROM addon_services_history
    UNION ALL
    SELECT 'account'::text AS report, _account, id::text AS id, _op, _valid_from, _load_id, _raw FROM account_history
    UNION ALL
    SELECT 'addon_attachments'::text AS report, _account, id::text AS id, _op, _valid_from, _load_id, _raw FROM addon_attachments_history
    UNION ALL
    SELECT 'pipelines'::text AS report, _account, id::text AS id, _op, _valid_from, _load_id, _raw FROM pipelines_history
    UNION ALL
    SELECT 'pipeline_couplings'::text AS report, _account, id::text AS id, _op, _valid_from, _load_id, _raw FROM pipeline_couplings_history
    UNION ALL
    SELECT 'spaces'::text AS report, _account, id::text AS id, _op, _valid_from, _load_id, _raw FROM spaces_history
    UNION ALL
    SELECT 'regions'::text AS report, _account, id::text AS id, _op, _valid_from, _load_id, _raw FROM regions_history
    UNION ALL
    SELECT 'stacks'::text AS report, _account, id::text AS id, _op, _valid_from, _load_id, _raw FROM stacks_history
    UNION ALL
    SELECT 'team_members'::text AS report, _account, team_id::text || '/' || id::text AS id, _op, _valid_from, _load_id, _raw FROM team_members_history
    UNION ALL
    SELECT 'app_releases'::text AS report, _account, app_id::text || '/' || id::text AS id, _op, _valid_from, _load_id, _raw FROM app_releases_history
    UNION ALL
    SELECT 'app_formation'::text AS report, _account, app_id::text || '/' || id::text AS id, _op, _valid_from, _load_id, _raw FROM app_formation_history
    UNION ALL
    SELECT 'app_domains'::text AS report, _account, app_id::text || '/' || id::text AS id, _op, _valid_from, _load_id, _raw FROM app_domains_history
    UNION ALL
    SELECT 'app_collaborators'::text AS report, _account, app_id::text || '/' || id::text AS id, _op, _valid_from, _load_id, _raw FROM app_collaborators_history
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
    coalesce(_raw ->> 'name', _raw ->> 'hostname', _raw ->> 'email', _raw #>> '{user,email}', _raw ->> 'type',
             _raw ->> 'version', _raw ->> 'stage') AS name,
    _op         AS operation,
    _load_id    AS load_id,
    CASE WHEN _op = 'update' THEN (
        SELECT array_agg(key ORDER BY key)
        FROM (SELECT key FROM jsonb_each(_raw) UNION SELECT key FROM jsonb_each(previous_raw)) keys
        WHERE _raw -> key IS DISTINCT FROM previous_raw -> key
    ) END       AS changed_keys
FROM ordered;

COMMENT ON VIEW changes IS 'Every change across reports: when, which report and object, insert/update/delete, and the top-level JSON keys an update changed.';
