-- heroku-warehouse schema version 4: every report's current table gets _fetch_hash, a
-- fingerprint of the JSON text last staged for the row, so a reload stages and merges only
-- the objects that did not arrive exactly as stored. Rows loaded before have none: the
-- next load of each report fetches it in full (its stored page ETags are forgotten),
-- stages everything once and fills them in, writing no new version.
DO $migration$
DECLARE
    report_table text;
BEGIN
    FOR report_table IN
        SELECT DISTINCT c.table_name FROM _columns c
        WHERE to_regclass(format('%I.%I', current_schema(), c.table_name)) IS NOT NULL
    LOOP
        EXECUTE format('ALTER TABLE %I.%I ADD COLUMN IF NOT EXISTS _fetch_hash text', current_schema(), report_table);
        EXECUTE format('CREATE INDEX IF NOT EXISTS %I ON %I.%I (_fetch_hash)',
            report_table || '__fetch_hash_idx', current_schema(), report_table);
        EXECUTE format('COMMENT ON COLUMN %I.%I._fetch_hash IS %L', current_schema(), report_table,
            'fingerprint of the JSON text last staged (MurmurHash3 128): a reload skips objects that arrive exactly as stored');
    END LOOP;
END
$migration$;

DELETE FROM _list_etags;
