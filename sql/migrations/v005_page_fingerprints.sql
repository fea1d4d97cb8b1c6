-- heroku-warehouse schema version 5: each stored list page also keeps the fingerprints
-- (_fetch_hash, 16 bytes each) of the objects it held. When a reload finds the first pages
-- of a list unchanged (304) and a later one changed, those objects are known to be there
-- without fetching the pages again: the fetch starts at the page that changed. Pages
-- stored before have none (NULL): their list is fetched from the start once more.
ALTER TABLE _list_etags ADD COLUMN IF NOT EXISTS fetch_hashes bytea;
-- Random bytes do not compress: stored out of line without trying.
ALTER TABLE _list_etags ALTER COLUMN fetch_hashes SET STORAGE EXTERNAL;
COMMENT ON COLUMN _list_etags.fetch_hashes IS 'the _fetch_hash (16 bytes each) of every object the page held when last fetched; NULL when unknown';
