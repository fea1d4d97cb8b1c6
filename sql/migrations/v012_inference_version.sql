-- heroku-warehouse schema version 12: a list's stored ETags stand for "every object of it was
-- observed" only for the inference that observed them, so they are keyed by the inference
-- version (InferenceVersion, bumped whenever types, flattening or names change) and the
-- report's documented fields, not by the release. Pages stored under a release string are forgotten: the next load fetches each
-- list in full once.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM information_schema.columns
               WHERE table_schema = current_schema() AND table_name = '_list_etags' AND column_name = 'tool_version') THEN
        DELETE FROM _list_etags;
        ALTER TABLE _list_etags RENAME COLUMN tool_version TO inference_version;
    END IF;
END $$;
COMMENT ON COLUMN _list_etags.inference_version IS 'What the pages stand for: the InferenceVersion and a fingerprint of the report''s documented fields of the load that stored them (1-3f9a0c2b71de); a load that infers differently, or knows other documented fields, fetches the list in full once.';
