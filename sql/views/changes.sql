-- The change feed: every version written to any report's history. name is the object's
-- own label (name, else hostname, email, type or version, whichever it has); changed_keys
-- lists the top-level JSON keys whose value differs from the previous version (updates only).
-- For per-team and per-app reports, id is `<team or app id>/<id>`.
--
-- An update's previous version is the one its load closed: same key, valid until this one
-- began, found through the history's primary key (changed_keys is NULL when that version was
-- deleted by hand). Updates are read apart from the other versions, so only they are looked
-- up: no window over the whole history, and a plan cheap enough that a JIT-enabled server
-- does not spend seconds compiling it for a query on recent changes.
CREATE OR REPLACE VIEW changes AS
WITH versions (report, _account, id, _op, _valid_from, _load_id, _raw, changed_keys) AS (
    SELECT 'teams'::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM teams_history h WHERE h._op <> 'update'
    UNION ALL
    SELECT 'teams'::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM teams_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM teams_history p
        WHERE p._account = h._account AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = 'update'
    UNION ALL
    SELECT 'apps'::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM apps_history h WHERE h._op <> 'update'
    UNION ALL
    SELECT 'apps'::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM apps_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM apps_history p
        WHERE p._account = h._account AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = 'update'
    UNION ALL
    SELECT 'addons'::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM addons_history h WHERE h._op <> 'update'
    UNION ALL
    SELECT 'addons'::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM addons_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM addons_history p
        WHERE p._account = h._account AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = 'update'
    UNION ALL
    SELECT 'addon_services'::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM addon_services_history h WHERE h._op <> 'update'
    UNION ALL
    SELECT 'addon_services'::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM addon_services_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM addon_services_history p
        WHERE p._account = h._account AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = 'update'
    UNION ALL
    SELECT 'account'::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM account_history h WHERE h._op <> 'update'
    UNION ALL
    SELECT 'account'::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM account_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM account_history p
        WHERE p._account = h._account AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = 'update'
    UNION ALL
    SELECT 'addon_attachments'::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM addon_attachments_history h WHERE h._op <> 'update'
    UNION ALL
    SELECT 'addon_attachments'::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM addon_attachments_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM addon_attachments_history p
        WHERE p._account = h._account AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = 'update'
    UNION ALL
    SELECT 'pipelines'::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM pipelines_history h WHERE h._op <> 'update'
    UNION ALL
    SELECT 'pipelines'::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM pipelines_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM pipelines_history p
        WHERE p._account = h._account AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = 'update'
    UNION ALL
    SELECT 'pipeline_couplings'::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM pipeline_couplings_history h WHERE h._op <> 'update'
    UNION ALL
    SELECT 'pipeline_couplings'::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM pipeline_couplings_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM pipeline_couplings_history p
        WHERE p._account = h._account AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = 'update'
    UNION ALL
    SELECT 'spaces'::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM spaces_history h WHERE h._op <> 'update'
    UNION ALL
    SELECT 'spaces'::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM spaces_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM spaces_history p
        WHERE p._account = h._account AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = 'update'
    UNION ALL
    SELECT 'regions'::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM regions_history h WHERE h._op <> 'update'
    UNION ALL
    SELECT 'regions'::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM regions_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM regions_history p
        WHERE p._account = h._account AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = 'update'
    UNION ALL
    SELECT 'stacks'::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM stacks_history h WHERE h._op <> 'update'
    UNION ALL
    SELECT 'stacks'::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM stacks_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM stacks_history p
        WHERE p._account = h._account AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = 'update'
    UNION ALL
    SELECT 'team_members'::text, h._account, h.team_id::text || '/' || h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM team_members_history h WHERE h._op <> 'update'
    UNION ALL
    SELECT 'team_members'::text, h._account, h.team_id::text || '/' || h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM team_members_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM team_members_history p
        WHERE p._account = h._account AND p.team_id = h.team_id AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = 'update'
    UNION ALL
    SELECT 'app_releases'::text, h._account, h.app_id::text || '/' || h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM app_releases_history h WHERE h._op <> 'update'
    UNION ALL
    SELECT 'app_releases'::text, h._account, h.app_id::text || '/' || h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM app_releases_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM app_releases_history p
        WHERE p._account = h._account AND p.app_id = h.app_id AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = 'update'
    UNION ALL
    SELECT 'app_formation'::text, h._account, h.app_id::text || '/' || h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM app_formation_history h WHERE h._op <> 'update'
    UNION ALL
    SELECT 'app_formation'::text, h._account, h.app_id::text || '/' || h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM app_formation_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM app_formation_history p
        WHERE p._account = h._account AND p.app_id = h.app_id AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = 'update'
    UNION ALL
    SELECT 'app_domains'::text, h._account, h.app_id::text || '/' || h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM app_domains_history h WHERE h._op <> 'update'
    UNION ALL
    SELECT 'app_domains'::text, h._account, h.app_id::text || '/' || h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM app_domains_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM app_domains_history p
        WHERE p._account = h._account AND p.app_id = h.app_id AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = 'update'
    UNION ALL
    SELECT 'app_collaborators'::text, h._account, h.app_id::text || '/' || h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM app_collaborators_history h WHERE h._op <> 'update'
    UNION ALL
    SELECT 'app_collaborators'::text, h._account, h.app_id::text || '/' || h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM app_collaborators_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM app_collaborators_history p
        WHERE p._account = h._account AND p.app_id = h.app_id AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = 'update'
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
    changed_keys
FROM versions;

COMMENT ON VIEW changes IS 'Every change across reports: when, which report and object, insert/update/delete, and the top-level JSON keys an update changed.';
