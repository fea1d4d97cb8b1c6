-- heroku-warehouse schema version 1: the bookkeeping tables.
-- Runs with search_path set to the warehouse schema (default "heroku"), so names are unqualified.

CREATE TABLE IF NOT EXISTS _meta (
    key   text PRIMARY KEY,
    value text NOT NULL
);
COMMENT ON TABLE _meta IS 'heroku-warehouse bookkeeping: schema_version and other settings of this warehouse schema.';

CREATE TABLE IF NOT EXISTS _loads (
    load_id      bigserial PRIMARY KEY,
    account      text,
    started_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
    finished_at  timestamptz,
    status       text NOT NULL CHECK (status IN ('running', 'succeeded', 'partial', 'failed', 'interrupted')),
    reports      text[] NOT NULL,
    requests     integer NOT NULL DEFAULT 0,
    rows_written bigint NOT NULL DEFAULT 0,
    error        text,
    api_url      text,
    tool_version text NOT NULL
);
COMMENT ON TABLE _loads IS 'One row per load: which account, when, the outcome and, on failure, why.';

CREATE TABLE IF NOT EXISTS _load_reports (
    load_id         bigint NOT NULL REFERENCES _loads (load_id) ON DELETE CASCADE,
    report          text NOT NULL,
    status          text NOT NULL CHECK (status IN ('succeeded', 'failed', 'skipped')),
    pages           integer NOT NULL DEFAULT 0,
    requests        integer NOT NULL DEFAULT 0,
    retries         integer NOT NULL DEFAULT 0,
    fetched         bigint NOT NULL DEFAULT 0,
    inserted        bigint NOT NULL DEFAULT 0,
    updated         bigint NOT NULL DEFAULT 0,
    unchanged       bigint NOT NULL DEFAULT 0,
    deleted         bigint NOT NULL DEFAULT 0,
    columns_added   integer NOT NULL DEFAULT 0,
    columns_widened integer NOT NULL DEFAULT 0,
    values_adjusted bigint NOT NULL DEFAULT 0,
    started_at      timestamptz NOT NULL,
    finished_at     timestamptz NOT NULL,
    duration_ms     bigint NOT NULL,
    error           text,
    PRIMARY KEY (load_id, report)
);
COMMENT ON TABLE _load_reports IS 'One row per report of a load: pages fetched, rows inserted/updated/unchanged/deleted, errors.';

CREATE TABLE IF NOT EXISTS _columns (
    table_name    text NOT NULL,
    column_name   text NOT NULL,
    json_path     text[] NOT NULL,
    data_type     text NOT NULL,
    source        text NOT NULL CHECK (source IN ('declared', 'inferred')),
    description   text,
    added_load_id bigint,
    PRIMARY KEY (table_name, column_name),
    UNIQUE (table_name, json_path)
);
COMMENT ON TABLE _columns IS 'The live column map: which JSON path of the API object each column holds, its type and where the type came from.';

CREATE TABLE IF NOT EXISTS _schema_changes (
    change_id   bigserial PRIMARY KEY,
    load_id     bigint,
    changed_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    table_name  text NOT NULL,
    column_name text,
    change      text NOT NULL CHECK (change IN ('create table', 'add column', 'widen column')),
    old_type    text,
    new_type    text,
    ddl         text NOT NULL
);
COMMENT ON TABLE _schema_changes IS 'Every DDL change the loader made, with the load that made it: the schema''s version history.';
