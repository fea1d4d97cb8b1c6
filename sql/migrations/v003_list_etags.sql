-- heroku-warehouse schema version 3: the ETag of every page of every list as last merged,
-- so an unchanged list costs a 304 per page and no parsing or writing.
CREATE TABLE IF NOT EXISTS _list_etags (
    account      text NOT NULL,
    report       text NOT NULL,
    page         integer NOT NULL,
    range        text NOT NULL,
    etag         text NOT NULL,
    tool_version text NOT NULL,
    load_id      bigint NOT NULL,
    PRIMARY KEY (account, report, page)
);
COMMENT ON TABLE _list_etags IS 'ETag of each page of each list report as last merged; a reload asks with If-None-Match and skips lists answered 304.';
