-- heroku-warehouse schema version 13: _usage_number(jsonb), the number a JSON value holds
-- (NULL for anything else), for the usage views, which read Heroku's per-app numbers out of
-- the `apps` arrays of usage objects: a jsonb number is cast directly, with no text pattern
-- to match (which made _as_number four times slower there).
CREATE OR REPLACE FUNCTION _usage_number(value jsonb) RETURNS numeric
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN jsonb_typeof(value) = 'number' THEN (value #>> '{}')::numeric END
$$;
COMMENT ON FUNCTION _usage_number(jsonb) IS 'the number a JSON value holds, else NULL (usage views)';
