-- Reports: every report (each history table; a report never loaded adds nothing).
-- The change feed: every version written to any report's history. name is the object's
-- own label: a release's version (`v42`, not its deployer), a formation's process type, a
-- domain's hostname, a collaborator's or team member's email, the account's email, a
-- pipeline coupling's stage, every other report's `name`; changed_keys
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
    SELECT 'dyno_sizes'::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM dyno_sizes_history h WHERE h._op <> 'update'
    UNION ALL
    SELECT 'dyno_sizes'::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM dyno_sizes_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM dyno_sizes_history p
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
    CASE report
        WHEN 'app_releases'       THEN 'v' || (_raw ->> 'version')
        WHEN 'app_formation'      THEN _raw ->> 'type'
        WHEN 'app_domains'        THEN _raw ->> 'hostname'
        WHEN 'app_collaborators'  THEN _raw #>> '{user,email}'
        WHEN 'team_members'       THEN _raw ->> 'email'
        WHEN 'account'            THEN _raw ->> 'email'
        WHEN 'addon_attachments'  THEN _raw ->> 'name'
        WHEN 'pipeline_couplings' THEN _raw ->> 'stage'
        ELSE _raw ->> 'name'
    END         AS name,
    _op         AS operation,
    _load_id    AS load_id,
    changed_keys
FROM versions;

COMMENT ON VIEW changes IS 'Every change across reports: when, which report and object, insert/update/delete, and the top-level JSON keys an update changed.';
