-- heroku-warehouse schema version 8: a 304 is a hint, bounded in time. Heroku has served
-- stale 304s on paginated lists (platform-api issue #73), so every list is fetched without
-- If-None-Match at least once per --verify-after: _load_reports.verified records the loads
-- that did. A page's object count tells a full last page (whose 304 says nothing of objects
-- appended after it); the per-page fingerprints of version 5 are no longer used.
ALTER TABLE _load_reports ADD COLUMN IF NOT EXISTS verified boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN _load_reports.verified IS 'the report was fetched in full, every page a 200 (no page taken on the strength of a 304), and merged: its tables equal the API as of this load';
ALTER TABLE _list_etags ADD COLUMN IF NOT EXISTS objects integer;
UPDATE _list_etags SET objects = length(fetch_hashes) / 16 WHERE fetch_hashes IS NOT NULL;
ALTER TABLE _list_etags DROP COLUMN IF EXISTS fetch_hashes;
COMMENT ON COLUMN _list_etags.objects IS 'objects the page held when last fetched; a 304 on a full last page is not trusted (objects may follow it)';
CREATE INDEX IF NOT EXISTS _load_reports_verified ON _load_reports (report, load_id DESC) WHERE verified;
