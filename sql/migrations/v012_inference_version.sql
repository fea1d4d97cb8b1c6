-- heroku-warehouse schema version 12: a list's stored ETags stand for "every object of it was
-- observed" only for the inference that observed them, so they are keyed by the inference
-- version (InferenceVersion, bumped whenever types, flattening or names change), not by the
-- release. Pages stored under a release string are forgotten: the next load fetches each
-- list in full once.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM information_schema.columns
               WHERE table_schema = current_schema() AND table_name = '_list_etags' AND column_name = 'tool_version') THEN
        DELETE FROM _list_etags;
        ALTER TABLE _list_etags RENAME COLUMN tool_version TO inference_version;
    END IF;
END $$;
COMMENT ON COLUMN _list_etags.inference_version IS 'InferenceVersion of the load that stored the pages: a load that infers differently does not trust them.';
