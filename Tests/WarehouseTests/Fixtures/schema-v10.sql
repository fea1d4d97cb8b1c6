--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: __SCHEMA__; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA __SCHEMA__;


--
-- Name: _as_number(text); Type: FUNCTION; Schema: __SCHEMA__; Owner: -
--

CREATE FUNCTION __SCHEMA__._as_number(value text) RETURNS numeric
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $_$
    SELECT CASE WHEN value ~ '^\s*-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]{1,3})?\s*$' THEN value::numeric END
$_$;


--
-- Name: FUNCTION _as_number(value text); Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON FUNCTION __SCHEMA__._as_number(value text) IS 'the number a value''s text holds (bigint, numeric, text or jsonb column cast to text), else NULL';


--
-- Name: _as_timestamptz(text); Type: FUNCTION; Schema: __SCHEMA__; Owner: -
--

CREATE FUNCTION __SCHEMA__._as_timestamptz(value text) RETURNS timestamp with time zone
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $_$
    SELECT CASE WHEN value ~ '^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|z|[+-]\d{2}(:?\d{2})?)$'
                THEN value::timestamptz END
$_$;


--
-- Name: FUNCTION _as_timestamptz(value text); Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON FUNCTION __SCHEMA__._as_timestamptz(value text) IS 'an ISO 8601 time with its zone (as in _raw) as timestamptz, independent of DateStyle and TimeZone; else NULL';


--
-- Name: _monthly_cents(numeric, text); Type: FUNCTION; Schema: __SCHEMA__; Owner: -
--

CREATE FUNCTION __SCHEMA__._monthly_cents(cents numeric, unit text) RETURNS numeric
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT CASE lower(coalesce(unit, 'month'))
        WHEN 'month' THEN cents
        WHEN 'monthly' THEN cents
        WHEN 'hour' THEN cents * 720
        WHEN 'hourly' THEN cents * 720
        WHEN 'day' THEN cents * 30
        WHEN 'daily' THEN cents * 30
        WHEN 'year' THEN cents / 12
        WHEN 'yearly' THEN cents / 12
    END
$$;


--
-- Name: FUNCTION _monthly_cents(cents numeric, unit text); Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON FUNCTION __SCHEMA__._monthly_cents(cents numeric, unit text) IS 'a price per unit (month or monthly; hour(ly): x720; day/daily: x30; year(ly): /12) as cents per month; NULL for an unknown unit';


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: _columns; Type: TABLE; Schema: __SCHEMA__; Owner: -
--

CREATE TABLE __SCHEMA__._columns (
    table_name text NOT NULL,
    column_name text NOT NULL,
    json_path text[] NOT NULL,
    data_type text NOT NULL,
    source text NOT NULL,
    description text,
    added_load_id bigint,
    CONSTRAINT _columns_source_check CHECK ((source = ANY (ARRAY['declared'::text, 'inferred'::text])))
);


--
-- Name: TABLE _columns; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON TABLE __SCHEMA__._columns IS 'The live column map: which JSON path of the API object each column holds, its type and where the type came from.';


--
-- Name: _fan_out_parents; Type: TABLE; Schema: __SCHEMA__; Owner: -
--

CREATE TABLE __SCHEMA__._fan_out_parents (
    account text NOT NULL,
    report text NOT NULL,
    parent_id text NOT NULL,
    parent_hash text NOT NULL,
    fetched_at timestamp with time zone NOT NULL,
    failed boolean DEFAULT false NOT NULL
);


--
-- Name: TABLE _fan_out_parents; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON TABLE __SCHEMA__._fan_out_parents IS 'Per account, fan-out report and parent (app or team): the parent''s _hash when its lists were last fetched, when (the load''s start), and whether its list failed (403): fetched again when the parent changed, failed, or is due for verification.';


--
-- Name: _list_etags; Type: TABLE; Schema: __SCHEMA__; Owner: -
--

CREATE TABLE __SCHEMA__._list_etags (
    account text NOT NULL,
    report text NOT NULL,
    page integer NOT NULL,
    range text NOT NULL,
    etag text NOT NULL,
    tool_version text NOT NULL,
    load_id bigint NOT NULL,
    objects integer
);


--
-- Name: TABLE _list_etags; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON TABLE __SCHEMA__._list_etags IS 'ETag of each page of each list report as last merged; a reload asks with If-None-Match and skips lists answered 304.';


--
-- Name: COLUMN _list_etags.objects; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__._list_etags.objects IS 'objects the page held when last fetched; a 304 on a full last page is not trusted (objects may follow it)';


--
-- Name: _load_reports; Type: TABLE; Schema: __SCHEMA__; Owner: -
--

CREATE TABLE __SCHEMA__._load_reports (
    load_id bigint NOT NULL,
    report text NOT NULL,
    status text NOT NULL,
    pages integer DEFAULT 0 NOT NULL,
    requests integer DEFAULT 0 NOT NULL,
    retries integer DEFAULT 0 NOT NULL,
    fetched bigint DEFAULT 0 NOT NULL,
    inserted bigint DEFAULT 0 NOT NULL,
    updated bigint DEFAULT 0 NOT NULL,
    unchanged bigint DEFAULT 0 NOT NULL,
    deleted bigint DEFAULT 0 NOT NULL,
    columns_added integer DEFAULT 0 NOT NULL,
    columns_widened integer DEFAULT 0 NOT NULL,
    values_adjusted bigint DEFAULT 0 NOT NULL,
    started_at timestamp with time zone NOT NULL,
    finished_at timestamp with time zone NOT NULL,
    duration_ms bigint NOT NULL,
    error text,
    rate_limit_wait_ms bigint DEFAULT 0 NOT NULL,
    kept bigint DEFAULT 0 NOT NULL,
    verified boolean DEFAULT false NOT NULL,
    not_fetched bigint DEFAULT 0 NOT NULL,
    CONSTRAINT _load_reports_status_check CHECK ((status = ANY (ARRAY['succeeded'::text, 'failed'::text, 'skipped'::text])))
);


--
-- Name: TABLE _load_reports; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON TABLE __SCHEMA__._load_reports IS 'One row per report of a load: pages fetched, rows inserted/updated/unchanged/deleted, errors.';


--
-- Name: COLUMN _load_reports.rate_limit_wait_ms; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__._load_reports.rate_limit_wait_ms IS 'time the report''s requests spent waiting for Heroku''s rate limit (429 Retry-After and low-token pauses), summed over requests sent at once';


--
-- Name: COLUMN _load_reports.kept; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__._load_reports.kept IS 'stored rows kept as they were because their parent''s list answered 403 (not fetched, not deleted)';


--
-- Name: COLUMN _load_reports.verified; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__._load_reports.verified IS 'the report was fetched in full, every page a 200 (no page taken on the strength of a 304), and merged: its tables equal the API as of this load';


--
-- Name: COLUMN _load_reports.not_fetched; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__._load_reports.not_fetched IS 'stored rows left as they were because the load did not fetch their parent''s lists (fresh under --fan-out-verify-after): not deleted, not counted by the delete guard';


--
-- Name: _loads; Type: TABLE; Schema: __SCHEMA__; Owner: -
--

CREATE TABLE __SCHEMA__._loads (
    load_id bigint NOT NULL,
    account text,
    started_at timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
    finished_at timestamp with time zone,
    status text NOT NULL,
    reports text[] NOT NULL,
    requests integer DEFAULT 0 NOT NULL,
    rows_written bigint DEFAULT 0 NOT NULL,
    error text,
    api_url text,
    tool_version text NOT NULL,
    host text,
    CONSTRAINT _loads_status_check CHECK ((status = ANY (ARRAY['running'::text, 'succeeded'::text, 'partial'::text, 'failed'::text, 'interrupted'::text])))
);


--
-- Name: TABLE _loads; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON TABLE __SCHEMA__._loads IS 'One row per load: which account, when, the outcome and, on failure, why.';


--
-- Name: COLUMN _loads.host; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__._loads.host IS 'the machine (host name) that ran the load';


--
-- Name: _loads_load_id_seq; Type: SEQUENCE; Schema: __SCHEMA__; Owner: -
--

CREATE SEQUENCE __SCHEMA__._loads_load_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: _loads_load_id_seq; Type: SEQUENCE OWNED BY; Schema: __SCHEMA__; Owner: -
--

ALTER SEQUENCE __SCHEMA__._loads_load_id_seq OWNED BY __SCHEMA__._loads.load_id;


--
-- Name: _meta; Type: TABLE; Schema: __SCHEMA__; Owner: -
--

CREATE TABLE __SCHEMA__._meta (
    key text NOT NULL,
    value text NOT NULL
);


--
-- Name: TABLE _meta; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON TABLE __SCHEMA__._meta IS 'heroku-warehouse bookkeeping: schema_version and other settings of this warehouse schema.';


--
-- Name: _schema_changes; Type: TABLE; Schema: __SCHEMA__; Owner: -
--

CREATE TABLE __SCHEMA__._schema_changes (
    change_id bigint NOT NULL,
    load_id bigint,
    changed_at timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
    table_name text NOT NULL,
    column_name text,
    change text NOT NULL,
    old_type text,
    new_type text,
    ddl text NOT NULL,
    CONSTRAINT _schema_changes_change_check CHECK ((change = ANY (ARRAY['create table'::text, 'add column'::text, 'widen column'::text, 'create view'::text])))
);


--
-- Name: TABLE _schema_changes; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON TABLE __SCHEMA__._schema_changes IS 'Every DDL change the loader made, with the load that made it: the schema''s version history.';


--
-- Name: COLUMN _schema_changes.table_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__._schema_changes.table_name IS 'the table, or the view for a create view change';


--
-- Name: _schema_changes_change_id_seq; Type: SEQUENCE; Schema: __SCHEMA__; Owner: -
--

CREATE SEQUENCE __SCHEMA__._schema_changes_change_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: _schema_changes_change_id_seq; Type: SEQUENCE OWNED BY; Schema: __SCHEMA__; Owner: -
--

ALTER SEQUENCE __SCHEMA__._schema_changes_change_id_seq OWNED BY __SCHEMA__._schema_changes.change_id;


--
-- Name: account; Type: TABLE; Schema: __SCHEMA__; Owner: -
--

CREATE TABLE __SCHEMA__.account (
    _account text NOT NULL,
    allow_tracking boolean,
    beta boolean,
    created_at timestamp with time zone,
    email text,
    federated boolean,
    id uuid NOT NULL,
    identity_provider_id uuid,
    identity_provider_name text,
    identity_provider_team_name text,
    identity_provider_organization_name text,
    identity_provider_owner_id uuid,
    identity_provider_owner_name text,
    identity_provider_owner_type text,
    last_login timestamp with time zone,
    name text,
    sms_number text,
    suspended_at timestamp with time zone,
    delinquent_at timestamp with time zone,
    two_factor_authentication boolean,
    updated_at timestamp with time zone,
    verified boolean,
    country_of_residence text,
    default_organization_id uuid,
    default_organization_name text,
    default_team_id uuid,
    default_team_name text,
    _load_id bigint NOT NULL,
    _hash text NOT NULL,
    _raw jsonb NOT NULL,
    _fetch_hash text,
    identity_provider text
);


--
-- Name: COLUMN account._account; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account._account IS 'label of the Heroku account the row came from (--account-label, default its email)';


--
-- Name: COLUMN account.allow_tracking; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account.allow_tracking IS 'whether to allow third party web activity tracking';


--
-- Name: COLUMN account.beta; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account.beta IS 'whether allowed to utilize beta Heroku features';


--
-- Name: COLUMN account.created_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account.created_at IS 'when account was created';


--
-- Name: COLUMN account.email; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account.email IS 'unique email address of account';


--
-- Name: COLUMN account.federated; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account.federated IS 'whether the user is federated and belongs to an Identity Provider';


--
-- Name: COLUMN account.id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account.id IS 'unique identifier of an account';


--
-- Name: COLUMN account.identity_provider_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account.identity_provider_id IS 'unique identifier of this identity provider';


--
-- Name: COLUMN account.identity_provider_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account.identity_provider_name IS 'user-friendly unique identifier for this identity provider';


--
-- Name: COLUMN account.identity_provider_team_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account.identity_provider_team_name IS 'unique name of team';


--
-- Name: COLUMN account.identity_provider_organization_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account.identity_provider_organization_name IS 'unique name of team';


--
-- Name: COLUMN account.identity_provider_owner_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account.identity_provider_owner_id IS 'unique identifier of the owner';


--
-- Name: COLUMN account.identity_provider_owner_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account.identity_provider_owner_name IS 'name of the owner';


--
-- Name: COLUMN account.identity_provider_owner_type; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account.identity_provider_owner_type IS 'type of the owner';


--
-- Name: COLUMN account.last_login; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account.last_login IS 'when account last authorized with Heroku';


--
-- Name: COLUMN account.name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account.name IS 'full name of the account owner';


--
-- Name: COLUMN account.sms_number; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account.sms_number IS 'SMS number of account';


--
-- Name: COLUMN account.suspended_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account.suspended_at IS 'when account was suspended';


--
-- Name: COLUMN account.delinquent_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account.delinquent_at IS 'when account became delinquent';


--
-- Name: COLUMN account.two_factor_authentication; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account.two_factor_authentication IS 'whether two-factor auth is enabled on the account';


--
-- Name: COLUMN account.updated_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account.updated_at IS 'when account was updated';


--
-- Name: COLUMN account.verified; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account.verified IS 'whether account has been verified with billing information';


--
-- Name: COLUMN account.country_of_residence; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account.country_of_residence IS 'country where account owner resides';


--
-- Name: COLUMN account.default_organization_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account.default_organization_id IS 'unique identifier of team';


--
-- Name: COLUMN account.default_organization_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account.default_organization_name IS 'unique name of team';


--
-- Name: COLUMN account.default_team_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account.default_team_id IS 'unique identifier of team';


--
-- Name: COLUMN account.default_team_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account.default_team_name IS 'unique name of team';


--
-- Name: COLUMN account._load_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account._load_id IS 'the load (heroku._loads.load_id) that wrote this version of the row';


--
-- Name: COLUMN account._hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account._hash IS 'md5 of _raw::text; an unchanged hash means unchanged content';


--
-- Name: COLUMN account._raw; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account._raw IS 'the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)';


--
-- Name: COLUMN account._fetch_hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account._fetch_hash IS 'fingerprint of the JSON text last staged (MurmurHash3 128): a reload skips objects that arrive exactly as stored';


--
-- Name: account_history; Type: TABLE; Schema: __SCHEMA__; Owner: -
--

CREATE TABLE __SCHEMA__.account_history (
    _account text NOT NULL,
    allow_tracking boolean,
    beta boolean,
    created_at timestamp with time zone,
    email text,
    federated boolean,
    id uuid NOT NULL,
    identity_provider_id uuid,
    identity_provider_name text,
    identity_provider_team_name text,
    identity_provider_organization_name text,
    identity_provider_owner_id uuid,
    identity_provider_owner_name text,
    identity_provider_owner_type text,
    last_login timestamp with time zone,
    name text,
    sms_number text,
    suspended_at timestamp with time zone,
    delinquent_at timestamp with time zone,
    two_factor_authentication boolean,
    updated_at timestamp with time zone,
    verified boolean,
    country_of_residence text,
    default_organization_id uuid,
    default_organization_name text,
    default_team_id uuid,
    default_team_name text,
    _load_id bigint NOT NULL,
    _hash text NOT NULL,
    _raw jsonb NOT NULL,
    _valid_from timestamp with time zone NOT NULL,
    _valid_to timestamp with time zone,
    _op text NOT NULL,
    identity_provider text,
    CONSTRAINT account_history__op_check CHECK ((_op = ANY (ARRAY['insert'::text, 'update'::text, 'delete'::text])))
);


--
-- Name: COLUMN account_history._account; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account_history._account IS 'label of the Heroku account the row came from (--account-label, default its email)';


--
-- Name: COLUMN account_history.allow_tracking; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account_history.allow_tracking IS 'whether to allow third party web activity tracking';


--
-- Name: COLUMN account_history.beta; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account_history.beta IS 'whether allowed to utilize beta Heroku features';


--
-- Name: COLUMN account_history.created_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account_history.created_at IS 'when account was created';


--
-- Name: COLUMN account_history.email; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account_history.email IS 'unique email address of account';


--
-- Name: COLUMN account_history.federated; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account_history.federated IS 'whether the user is federated and belongs to an Identity Provider';


--
-- Name: COLUMN account_history.id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account_history.id IS 'unique identifier of an account';


--
-- Name: COLUMN account_history.identity_provider_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account_history.identity_provider_id IS 'unique identifier of this identity provider';


--
-- Name: COLUMN account_history.identity_provider_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account_history.identity_provider_name IS 'user-friendly unique identifier for this identity provider';


--
-- Name: COLUMN account_history.identity_provider_team_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account_history.identity_provider_team_name IS 'unique name of team';


--
-- Name: COLUMN account_history.identity_provider_organization_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account_history.identity_provider_organization_name IS 'unique name of team';


--
-- Name: COLUMN account_history.identity_provider_owner_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account_history.identity_provider_owner_id IS 'unique identifier of the owner';


--
-- Name: COLUMN account_history.identity_provider_owner_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account_history.identity_provider_owner_name IS 'name of the owner';


--
-- Name: COLUMN account_history.identity_provider_owner_type; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account_history.identity_provider_owner_type IS 'type of the owner';


--
-- Name: COLUMN account_history.last_login; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account_history.last_login IS 'when account last authorized with Heroku';


--
-- Name: COLUMN account_history.name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account_history.name IS 'full name of the account owner';


--
-- Name: COLUMN account_history.sms_number; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account_history.sms_number IS 'SMS number of account';


--
-- Name: COLUMN account_history.suspended_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account_history.suspended_at IS 'when account was suspended';


--
-- Name: COLUMN account_history.delinquent_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account_history.delinquent_at IS 'when account became delinquent';


--
-- Name: COLUMN account_history.two_factor_authentication; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account_history.two_factor_authentication IS 'whether two-factor auth is enabled on the account';


--
-- Name: COLUMN account_history.updated_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account_history.updated_at IS 'when account was updated';


--
-- Name: COLUMN account_history.verified; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account_history.verified IS 'whether account has been verified with billing information';


--
-- Name: COLUMN account_history.country_of_residence; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account_history.country_of_residence IS 'country where account owner resides';


--
-- Name: COLUMN account_history.default_organization_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account_history.default_organization_id IS 'unique identifier of team';


--
-- Name: COLUMN account_history.default_organization_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account_history.default_organization_name IS 'unique name of team';


--
-- Name: COLUMN account_history.default_team_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account_history.default_team_id IS 'unique identifier of team';


--
-- Name: COLUMN account_history.default_team_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account_history.default_team_name IS 'unique name of team';


--
-- Name: COLUMN account_history._load_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account_history._load_id IS 'the load (heroku._loads.load_id) that wrote this version of the row';


--
-- Name: COLUMN account_history._hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account_history._hash IS 'md5 of _raw::text; an unchanged hash means unchanged content';


--
-- Name: COLUMN account_history._raw; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account_history._raw IS 'the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)';


--
-- Name: COLUMN account_history._valid_from; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account_history._valid_from IS 'when this version became current (the start of the load that saw it)';


--
-- Name: COLUMN account_history._valid_to; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account_history._valid_to IS 'when this version stopped being current; null while it is current';


--
-- Name: COLUMN account_history._op; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.account_history._op IS 'insert, update or delete: what the load that wrote this version saw';


--
-- Name: addon_attachments; Type: TABLE; Schema: __SCHEMA__; Owner: -
--

CREATE TABLE __SCHEMA__.addon_attachments (
    _account text NOT NULL,
    addon_id uuid,
    addon_name text,
    addon_app_id uuid,
    addon_app_name text,
    app_id uuid,
    app_name text,
    created_at timestamp with time zone,
    id uuid NOT NULL,
    name text,
    namespace text,
    updated_at timestamp with time zone,
    web_url text,
    _load_id bigint NOT NULL,
    _hash text NOT NULL,
    _raw jsonb NOT NULL,
    _fetch_hash text
);


--
-- Name: COLUMN addon_attachments._account; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_attachments._account IS 'label of the Heroku account the row came from (--account-label, default its email)';


--
-- Name: COLUMN addon_attachments.addon_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_attachments.addon_id IS 'unique identifier of add-on';


--
-- Name: COLUMN addon_attachments.addon_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_attachments.addon_name IS 'globally unique name of the add-on';


--
-- Name: COLUMN addon_attachments.addon_app_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_attachments.addon_app_id IS 'unique identifier of app';


--
-- Name: COLUMN addon_attachments.addon_app_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_attachments.addon_app_name IS 'unique name of app';


--
-- Name: COLUMN addon_attachments.app_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_attachments.app_id IS 'unique identifier of app';


--
-- Name: COLUMN addon_attachments.app_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_attachments.app_name IS 'unique name of app';


--
-- Name: COLUMN addon_attachments.created_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_attachments.created_at IS 'when add-on attachment was created';


--
-- Name: COLUMN addon_attachments.id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_attachments.id IS 'unique identifier of this add-on attachment';


--
-- Name: COLUMN addon_attachments.name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_attachments.name IS 'unique name for this add-on attachment to this app';


--
-- Name: COLUMN addon_attachments.namespace; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_attachments.namespace IS 'attachment namespace';


--
-- Name: COLUMN addon_attachments.updated_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_attachments.updated_at IS 'when add-on attachment was updated';


--
-- Name: COLUMN addon_attachments.web_url; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_attachments.web_url IS 'URL for logging into web interface of add-on in attached app context';


--
-- Name: COLUMN addon_attachments._load_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_attachments._load_id IS 'the load (heroku._loads.load_id) that wrote this version of the row';


--
-- Name: COLUMN addon_attachments._hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_attachments._hash IS 'md5 of _raw::text; an unchanged hash means unchanged content';


--
-- Name: COLUMN addon_attachments._raw; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_attachments._raw IS 'the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)';


--
-- Name: COLUMN addon_attachments._fetch_hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_attachments._fetch_hash IS 'fingerprint of the JSON text last staged (MurmurHash3 128): a reload skips objects that arrive exactly as stored';


--
-- Name: addon_attachments_history; Type: TABLE; Schema: __SCHEMA__; Owner: -
--

CREATE TABLE __SCHEMA__.addon_attachments_history (
    _account text NOT NULL,
    addon_id uuid,
    addon_name text,
    addon_app_id uuid,
    addon_app_name text,
    app_id uuid,
    app_name text,
    created_at timestamp with time zone,
    id uuid NOT NULL,
    name text,
    namespace text,
    updated_at timestamp with time zone,
    web_url text,
    _load_id bigint NOT NULL,
    _hash text NOT NULL,
    _raw jsonb NOT NULL,
    _valid_from timestamp with time zone NOT NULL,
    _valid_to timestamp with time zone,
    _op text NOT NULL,
    CONSTRAINT addon_attachments_history__op_check CHECK ((_op = ANY (ARRAY['insert'::text, 'update'::text, 'delete'::text])))
);


--
-- Name: COLUMN addon_attachments_history._account; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_attachments_history._account IS 'label of the Heroku account the row came from (--account-label, default its email)';


--
-- Name: COLUMN addon_attachments_history.addon_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_attachments_history.addon_id IS 'unique identifier of add-on';


--
-- Name: COLUMN addon_attachments_history.addon_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_attachments_history.addon_name IS 'globally unique name of the add-on';


--
-- Name: COLUMN addon_attachments_history.addon_app_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_attachments_history.addon_app_id IS 'unique identifier of app';


--
-- Name: COLUMN addon_attachments_history.addon_app_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_attachments_history.addon_app_name IS 'unique name of app';


--
-- Name: COLUMN addon_attachments_history.app_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_attachments_history.app_id IS 'unique identifier of app';


--
-- Name: COLUMN addon_attachments_history.app_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_attachments_history.app_name IS 'unique name of app';


--
-- Name: COLUMN addon_attachments_history.created_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_attachments_history.created_at IS 'when add-on attachment was created';


--
-- Name: COLUMN addon_attachments_history.id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_attachments_history.id IS 'unique identifier of this add-on attachment';


--
-- Name: COLUMN addon_attachments_history.name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_attachments_history.name IS 'unique name for this add-on attachment to this app';


--
-- Name: COLUMN addon_attachments_history.namespace; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_attachments_history.namespace IS 'attachment namespace';


--
-- Name: COLUMN addon_attachments_history.updated_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_attachments_history.updated_at IS 'when add-on attachment was updated';


--
-- Name: COLUMN addon_attachments_history.web_url; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_attachments_history.web_url IS 'URL for logging into web interface of add-on in attached app context';


--
-- Name: COLUMN addon_attachments_history._load_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_attachments_history._load_id IS 'the load (heroku._loads.load_id) that wrote this version of the row';


--
-- Name: COLUMN addon_attachments_history._hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_attachments_history._hash IS 'md5 of _raw::text; an unchanged hash means unchanged content';


--
-- Name: COLUMN addon_attachments_history._raw; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_attachments_history._raw IS 'the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)';


--
-- Name: COLUMN addon_attachments_history._valid_from; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_attachments_history._valid_from IS 'when this version became current (the start of the load that saw it)';


--
-- Name: COLUMN addon_attachments_history._valid_to; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_attachments_history._valid_to IS 'when this version stopped being current; null while it is current';


--
-- Name: COLUMN addon_attachments_history._op; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_attachments_history._op IS 'insert, update or delete: what the load that wrote this version saw';


--
-- Name: addons; Type: TABLE; Schema: __SCHEMA__; Owner: -
--

CREATE TABLE __SCHEMA__.addons (
    _account text NOT NULL,
    actions jsonb,
    addon_service_id uuid,
    addon_service_name text,
    billing_entity_id uuid,
    billing_entity_name text,
    billing_entity_type text,
    app_id uuid,
    app_name text,
    billed_price_cents text,
    billed_price_contract boolean,
    billed_price_unit text,
    config_vars jsonb,
    created_at timestamp with time zone,
    id uuid NOT NULL,
    name text,
    plan_id uuid,
    plan_name text,
    provider_id text,
    provision_message text,
    state text,
    updated_at timestamp with time zone,
    web_url text,
    _load_id bigint NOT NULL,
    _hash text NOT NULL,
    _raw jsonb NOT NULL,
    _fetch_hash text,
    sandbox_extra bigint
);


--
-- Name: COLUMN addons._account; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons._account IS 'label of the Heroku account the row came from (--account-label, default its email)';


--
-- Name: COLUMN addons.actions; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons.actions IS 'provider actions for this specific add-on';


--
-- Name: COLUMN addons.addon_service_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons.addon_service_id IS 'unique identifier of this add-on-service';


--
-- Name: COLUMN addons.addon_service_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons.addon_service_name IS 'unique name of this add-on-service';


--
-- Name: COLUMN addons.billing_entity_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons.billing_entity_id IS 'unique identifier of the billing entity';


--
-- Name: COLUMN addons.billing_entity_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons.billing_entity_name IS 'name of the billing entity';


--
-- Name: COLUMN addons.billing_entity_type; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons.billing_entity_type IS 'type of Object of the billing entity; new types allowed at any time.';


--
-- Name: COLUMN addons.app_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons.app_id IS 'unique identifier of app';


--
-- Name: COLUMN addons.app_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons.app_name IS 'unique name of app';


--
-- Name: COLUMN addons.billed_price_cents; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons.billed_price_cents IS 'price in cents per unit of plan';


--
-- Name: COLUMN addons.billed_price_contract; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons.billed_price_contract IS 'price is negotiated in a contract outside of monthly add-on billing';


--
-- Name: COLUMN addons.billed_price_unit; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons.billed_price_unit IS 'unit of price for plan';


--
-- Name: COLUMN addons.config_vars; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons.config_vars IS 'config vars exposed to the owning app by this add-on';


--
-- Name: COLUMN addons.created_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons.created_at IS 'when add-on was created';


--
-- Name: COLUMN addons.id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons.id IS 'unique identifier of add-on';


--
-- Name: COLUMN addons.name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons.name IS 'globally unique name of the add-on';


--
-- Name: COLUMN addons.plan_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons.plan_id IS 'unique identifier of this plan';


--
-- Name: COLUMN addons.plan_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons.plan_name IS 'unique name of this plan';


--
-- Name: COLUMN addons.provider_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons.provider_id IS 'id of this add-on with its provider';


--
-- Name: COLUMN addons.provision_message; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons.provision_message IS 'A provision message';


--
-- Name: COLUMN addons.state; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons.state IS 'state in the add-on''s lifecycle';


--
-- Name: COLUMN addons.updated_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons.updated_at IS 'when add-on was updated';


--
-- Name: COLUMN addons.web_url; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons.web_url IS 'URL for logging into web interface of add-on (e.g. a dashboard)';


--
-- Name: COLUMN addons._load_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons._load_id IS 'the load (heroku._loads.load_id) that wrote this version of the row';


--
-- Name: COLUMN addons._hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons._hash IS 'md5 of _raw::text; an unchanged hash means unchanged content';


--
-- Name: COLUMN addons._raw; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons._raw IS 'the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)';


--
-- Name: COLUMN addons._fetch_hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons._fetch_hash IS 'fingerprint of the JSON text last staged (MurmurHash3 128): a reload skips objects that arrive exactly as stored';


--
-- Name: addon_prices; Type: VIEW; Schema: __SCHEMA__; Owner: -
--

CREATE VIEW __SCHEMA__.addon_prices AS
 SELECT ad._account,
    ad.id AS addon_id,
    ad.name AS addon_name,
    (ad.app_id)::text AS app_id,
    (ad.addon_service_id)::text AS service_id,
    ad.addon_service_name AS service_name,
    ad.plan_name,
    COALESCE(((ad.billed_price_contract)::text = 'true'::text), false) AS contract,
    __SCHEMA__._monthly_cents(__SCHEMA__._as_number(ad.billed_price_cents), ad.billed_price_unit) AS monthly_cents
   FROM __SCHEMA__.addons ad
  WHERE (ad.state IS DISTINCT FROM 'deprovisioned'::text);


--
-- Name: VIEW addon_prices; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON VIEW __SCHEMA__.addon_prices IS 'Add-ons not deprovisioned, with their list price per month (monthly_cents; NULL when unknown) and whether they are billed on a contract.';


--
-- Name: addon_services; Type: TABLE; Schema: __SCHEMA__; Owner: -
--

CREATE TABLE __SCHEMA__.addon_services (
    _account text NOT NULL,
    cli_plugin_name text,
    created_at timestamp with time zone,
    human_name text,
    id uuid NOT NULL,
    name text,
    state text,
    supports_multiple_installations boolean,
    supports_sharing boolean,
    updated_at timestamp with time zone,
    supported_generations jsonb,
    _load_id bigint NOT NULL,
    _hash text NOT NULL,
    _raw jsonb NOT NULL,
    _fetch_hash text,
    sandbox_extra bigint
);


--
-- Name: COLUMN addon_services._account; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_services._account IS 'label of the Heroku account the row came from (--account-label, default its email)';


--
-- Name: COLUMN addon_services.cli_plugin_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_services.cli_plugin_name IS 'npm package name of the add-on service''s Heroku CLI plugin';


--
-- Name: COLUMN addon_services.created_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_services.created_at IS 'when add-on-service was created';


--
-- Name: COLUMN addon_services.human_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_services.human_name IS 'human-readable name of the add-on service provider';


--
-- Name: COLUMN addon_services.id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_services.id IS 'unique identifier of this add-on-service';


--
-- Name: COLUMN addon_services.name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_services.name IS 'unique name of this add-on-service';


--
-- Name: COLUMN addon_services.state; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_services.state IS 'release status for add-on service';


--
-- Name: COLUMN addon_services.supports_multiple_installations; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_services.supports_multiple_installations IS 'whether or not apps can have access to more than one instance of this add-on at the same time';


--
-- Name: COLUMN addon_services.supports_sharing; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_services.supports_sharing IS 'whether or not apps can have access to add-ons billed to a different app';


--
-- Name: COLUMN addon_services.updated_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_services.updated_at IS 'when add-on-service was updated';


--
-- Name: COLUMN addon_services.supported_generations; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_services.supported_generations IS 'generations supported by this add-on';


--
-- Name: COLUMN addon_services._load_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_services._load_id IS 'the load (heroku._loads.load_id) that wrote this version of the row';


--
-- Name: COLUMN addon_services._hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_services._hash IS 'md5 of _raw::text; an unchanged hash means unchanged content';


--
-- Name: COLUMN addon_services._raw; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_services._raw IS 'the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)';


--
-- Name: COLUMN addon_services._fetch_hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_services._fetch_hash IS 'fingerprint of the JSON text last staged (MurmurHash3 128): a reload skips objects that arrive exactly as stored';


--
-- Name: addon_service_usage; Type: VIEW; Schema: __SCHEMA__; Owner: -
--

CREATE VIEW __SCHEMA__.addon_service_usage AS
 SELECT s._account,
    s.id AS service_id,
    s.name AS service_name,
    s.human_name,
    count(l.service_id) AS installs,
    count(DISTINCT l.app_id) AS apps,
    COALESCE(array_agg(DISTINCT l.plan_name) FILTER (WHERE (l.service_id IS NOT NULL)), '{}'::text[]) AS plans,
    trim_scale(COALESCE(sum(l.monthly_cents) FILTER (WHERE (NOT l.contract)), (0)::numeric)) AS monthly_cost_cents,
    count(l.service_id) FILTER (WHERE l.contract) AS contract_addon_count,
    count(l.service_id) FILTER (WHERE ((NOT l.contract) AND (l.monthly_cents IS NULL))) AS unpriced_addon_count
   FROM (__SCHEMA__.addon_services s
     LEFT JOIN __SCHEMA__.addon_prices l ON (((l._account = s._account) AND (l.service_id = (s.id)::text))))
  GROUP BY s._account, s.id, s.name, s.human_name;


--
-- Name: VIEW addon_service_usage; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON VIEW __SCHEMA__.addon_service_usage IS 'Per add-on service: installs (deprovisioned left out), distinct apps, plans in use, monthly cost in cents at list prices, and the installs on a contract or without a known price (counted apart).';


--
-- Name: addon_services_history; Type: TABLE; Schema: __SCHEMA__; Owner: -
--

CREATE TABLE __SCHEMA__.addon_services_history (
    _account text NOT NULL,
    cli_plugin_name text,
    created_at timestamp with time zone,
    human_name text,
    id uuid NOT NULL,
    name text,
    state text,
    supports_multiple_installations boolean,
    supports_sharing boolean,
    updated_at timestamp with time zone,
    supported_generations jsonb,
    _load_id bigint NOT NULL,
    _hash text NOT NULL,
    _raw jsonb NOT NULL,
    _valid_from timestamp with time zone NOT NULL,
    _valid_to timestamp with time zone,
    _op text NOT NULL,
    sandbox_extra bigint,
    CONSTRAINT addon_services_history__op_check CHECK ((_op = ANY (ARRAY['insert'::text, 'update'::text, 'delete'::text])))
);


--
-- Name: COLUMN addon_services_history._account; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_services_history._account IS 'label of the Heroku account the row came from (--account-label, default its email)';


--
-- Name: COLUMN addon_services_history.cli_plugin_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_services_history.cli_plugin_name IS 'npm package name of the add-on service''s Heroku CLI plugin';


--
-- Name: COLUMN addon_services_history.created_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_services_history.created_at IS 'when add-on-service was created';


--
-- Name: COLUMN addon_services_history.human_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_services_history.human_name IS 'human-readable name of the add-on service provider';


--
-- Name: COLUMN addon_services_history.id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_services_history.id IS 'unique identifier of this add-on-service';


--
-- Name: COLUMN addon_services_history.name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_services_history.name IS 'unique name of this add-on-service';


--
-- Name: COLUMN addon_services_history.state; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_services_history.state IS 'release status for add-on service';


--
-- Name: COLUMN addon_services_history.supports_multiple_installations; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_services_history.supports_multiple_installations IS 'whether or not apps can have access to more than one instance of this add-on at the same time';


--
-- Name: COLUMN addon_services_history.supports_sharing; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_services_history.supports_sharing IS 'whether or not apps can have access to add-ons billed to a different app';


--
-- Name: COLUMN addon_services_history.updated_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_services_history.updated_at IS 'when add-on-service was updated';


--
-- Name: COLUMN addon_services_history.supported_generations; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_services_history.supported_generations IS 'generations supported by this add-on';


--
-- Name: COLUMN addon_services_history._load_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_services_history._load_id IS 'the load (heroku._loads.load_id) that wrote this version of the row';


--
-- Name: COLUMN addon_services_history._hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_services_history._hash IS 'md5 of _raw::text; an unchanged hash means unchanged content';


--
-- Name: COLUMN addon_services_history._raw; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_services_history._raw IS 'the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)';


--
-- Name: COLUMN addon_services_history._valid_from; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_services_history._valid_from IS 'when this version became current (the start of the load that saw it)';


--
-- Name: COLUMN addon_services_history._valid_to; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_services_history._valid_to IS 'when this version stopped being current; null while it is current';


--
-- Name: COLUMN addon_services_history._op; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addon_services_history._op IS 'insert, update or delete: what the load that wrote this version saw';


--
-- Name: addon_sharing; Type: VIEW; Schema: __SCHEMA__; Owner: -
--

CREATE VIEW __SCHEMA__.addon_sharing AS
 SELECT ad._account,
    ad.id AS addon_id,
    ad.name AS addon_name,
    ad.addon_service_name AS service_name,
    ad.plan_name,
    ad.app_id AS owner_app_id,
    ad.app_name AS owner_app_name,
    count(DISTINCT (at.app_id)::text) AS attached_app_count,
    count(DISTINCT (at.app_id)::text) FILTER (WHERE ((at.app_id)::text IS DISTINCT FROM (ad.app_id)::text)) AS shared_with_count,
    COALESCE(array_agg(DISTINCT at.app_name) FILTER (WHERE (at._account IS NOT NULL)), '{}'::text[]) AS attached_apps,
    COALESCE(array_agg(DISTINCT at.name) FILTER (WHERE (at._account IS NOT NULL)), '{}'::text[]) AS attachment_names
   FROM (__SCHEMA__.addons ad
     LEFT JOIN __SCHEMA__.addon_attachments at ON (((at._account = ad._account) AND ((at.addon_id)::text = (ad.id)::text))))
  GROUP BY ad._account, ad.id, ad.name, ad.addon_service_name, ad.plan_name, ad.app_id, ad.app_name;


--
-- Name: VIEW addon_sharing; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON VIEW __SCHEMA__.addon_sharing IS 'Per add-on: its owning app and every app it is attached to (the blast radius of removing it).';


--
-- Name: addons_history; Type: TABLE; Schema: __SCHEMA__; Owner: -
--

CREATE TABLE __SCHEMA__.addons_history (
    _account text NOT NULL,
    actions jsonb,
    addon_service_id uuid,
    addon_service_name text,
    billing_entity_id uuid,
    billing_entity_name text,
    billing_entity_type text,
    app_id uuid,
    app_name text,
    billed_price_cents text,
    billed_price_contract boolean,
    billed_price_unit text,
    config_vars jsonb,
    created_at timestamp with time zone,
    id uuid NOT NULL,
    name text,
    plan_id uuid,
    plan_name text,
    provider_id text,
    provision_message text,
    state text,
    updated_at timestamp with time zone,
    web_url text,
    _load_id bigint NOT NULL,
    _hash text NOT NULL,
    _raw jsonb NOT NULL,
    _valid_from timestamp with time zone NOT NULL,
    _valid_to timestamp with time zone,
    _op text NOT NULL,
    sandbox_extra bigint,
    CONSTRAINT addons_history__op_check CHECK ((_op = ANY (ARRAY['insert'::text, 'update'::text, 'delete'::text])))
);


--
-- Name: COLUMN addons_history._account; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons_history._account IS 'label of the Heroku account the row came from (--account-label, default its email)';


--
-- Name: COLUMN addons_history.actions; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons_history.actions IS 'provider actions for this specific add-on';


--
-- Name: COLUMN addons_history.addon_service_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons_history.addon_service_id IS 'unique identifier of this add-on-service';


--
-- Name: COLUMN addons_history.addon_service_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons_history.addon_service_name IS 'unique name of this add-on-service';


--
-- Name: COLUMN addons_history.billing_entity_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons_history.billing_entity_id IS 'unique identifier of the billing entity';


--
-- Name: COLUMN addons_history.billing_entity_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons_history.billing_entity_name IS 'name of the billing entity';


--
-- Name: COLUMN addons_history.billing_entity_type; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons_history.billing_entity_type IS 'type of Object of the billing entity; new types allowed at any time.';


--
-- Name: COLUMN addons_history.app_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons_history.app_id IS 'unique identifier of app';


--
-- Name: COLUMN addons_history.app_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons_history.app_name IS 'unique name of app';


--
-- Name: COLUMN addons_history.billed_price_cents; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons_history.billed_price_cents IS 'price in cents per unit of plan';


--
-- Name: COLUMN addons_history.billed_price_contract; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons_history.billed_price_contract IS 'price is negotiated in a contract outside of monthly add-on billing';


--
-- Name: COLUMN addons_history.billed_price_unit; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons_history.billed_price_unit IS 'unit of price for plan';


--
-- Name: COLUMN addons_history.config_vars; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons_history.config_vars IS 'config vars exposed to the owning app by this add-on';


--
-- Name: COLUMN addons_history.created_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons_history.created_at IS 'when add-on was created';


--
-- Name: COLUMN addons_history.id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons_history.id IS 'unique identifier of add-on';


--
-- Name: COLUMN addons_history.name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons_history.name IS 'globally unique name of the add-on';


--
-- Name: COLUMN addons_history.plan_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons_history.plan_id IS 'unique identifier of this plan';


--
-- Name: COLUMN addons_history.plan_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons_history.plan_name IS 'unique name of this plan';


--
-- Name: COLUMN addons_history.provider_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons_history.provider_id IS 'id of this add-on with its provider';


--
-- Name: COLUMN addons_history.provision_message; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons_history.provision_message IS 'A provision message';


--
-- Name: COLUMN addons_history.state; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons_history.state IS 'state in the add-on''s lifecycle';


--
-- Name: COLUMN addons_history.updated_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons_history.updated_at IS 'when add-on was updated';


--
-- Name: COLUMN addons_history.web_url; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons_history.web_url IS 'URL for logging into web interface of add-on (e.g. a dashboard)';


--
-- Name: COLUMN addons_history._load_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons_history._load_id IS 'the load (heroku._loads.load_id) that wrote this version of the row';


--
-- Name: COLUMN addons_history._hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons_history._hash IS 'md5 of _raw::text; an unchanged hash means unchanged content';


--
-- Name: COLUMN addons_history._raw; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons_history._raw IS 'the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)';


--
-- Name: COLUMN addons_history._valid_from; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons_history._valid_from IS 'when this version became current (the start of the load that saw it)';


--
-- Name: COLUMN addons_history._valid_to; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons_history._valid_to IS 'when this version stopped being current; null while it is current';


--
-- Name: COLUMN addons_history._op; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons_history._op IS 'insert, update or delete: what the load that wrote this version saw';


--
-- Name: apps; Type: TABLE; Schema: __SCHEMA__; Owner: -
--

CREATE TABLE __SCHEMA__.apps (
    _account text NOT NULL,
    acm boolean,
    archived_at timestamp with time zone,
    buildpack_provided_description text,
    build_stack_id uuid,
    build_stack_name text,
    created_at timestamp with time zone,
    generation_id uuid,
    generation_name text,
    git_url text,
    id uuid NOT NULL,
    internal_routing boolean,
    maintenance boolean,
    name text,
    owner_email text,
    owner_id uuid,
    organization_id uuid,
    organization_name text,
    team_id uuid,
    team_name text,
    region_id uuid,
    region_name text,
    released_at timestamp with time zone,
    repo_size numeric,
    slug_size bigint,
    space_id uuid,
    space_name text,
    space_shield boolean,
    stack_id uuid,
    stack_name text,
    updated_at timestamp with time zone,
    web_url text,
    _load_id bigint NOT NULL,
    _hash text NOT NULL,
    _raw jsonb NOT NULL,
    _fetch_hash text,
    sandbox_extra bigint,
    space text
);


--
-- Name: COLUMN apps._account; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps._account IS 'label of the Heroku account the row came from (--account-label, default its email)';


--
-- Name: COLUMN apps.acm; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps.acm IS 'ACM status of this app';


--
-- Name: COLUMN apps.archived_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps.archived_at IS 'when app was archived';


--
-- Name: COLUMN apps.buildpack_provided_description; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps.buildpack_provided_description IS 'description from buildpack of app';


--
-- Name: COLUMN apps.build_stack_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps.build_stack_id IS 'unique identifier of stack';


--
-- Name: COLUMN apps.build_stack_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps.build_stack_name IS 'unique name of stack';


--
-- Name: COLUMN apps.created_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps.created_at IS 'when app was created';


--
-- Name: COLUMN apps.generation_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps.generation_id IS 'unique identifier of the generation of the Heroku platform for this app';


--
-- Name: COLUMN apps.generation_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps.generation_name IS 'unique name of the generation of the Heroku platform for this app';


--
-- Name: COLUMN apps.git_url; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps.git_url IS 'git repo URL of app';


--
-- Name: COLUMN apps.id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps.id IS 'unique identifier of app';


--
-- Name: COLUMN apps.internal_routing; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps.internal_routing IS 'describes whether a Private Spaces app is externally routable or not';


--
-- Name: COLUMN apps.maintenance; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps.maintenance IS 'maintenance status of app';


--
-- Name: COLUMN apps.name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps.name IS 'unique name of app';


--
-- Name: COLUMN apps.owner_email; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps.owner_email IS 'unique email address of account';


--
-- Name: COLUMN apps.owner_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps.owner_id IS 'unique identifier of an account';


--
-- Name: COLUMN apps.organization_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps.organization_id IS 'unique identifier of team';


--
-- Name: COLUMN apps.organization_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps.organization_name IS 'unique name of team';


--
-- Name: COLUMN apps.team_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps.team_id IS 'unique identifier of team';


--
-- Name: COLUMN apps.team_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps.team_name IS 'unique name of team';


--
-- Name: COLUMN apps.region_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps.region_id IS 'unique identifier of region';


--
-- Name: COLUMN apps.region_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps.region_name IS 'unique name of region';


--
-- Name: COLUMN apps.released_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps.released_at IS 'when app was released';


--
-- Name: COLUMN apps.repo_size; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps.repo_size IS 'git repo size in bytes of app';


--
-- Name: COLUMN apps.slug_size; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps.slug_size IS 'slug size in bytes of app';


--
-- Name: COLUMN apps.space_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps.space_id IS 'unique identifier of space';


--
-- Name: COLUMN apps.space_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps.space_name IS 'unique name of space';


--
-- Name: COLUMN apps.space_shield; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps.space_shield IS 'true if this space has shield enabled';


--
-- Name: COLUMN apps.stack_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps.stack_id IS 'unique identifier of stack';


--
-- Name: COLUMN apps.stack_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps.stack_name IS 'unique name of stack';


--
-- Name: COLUMN apps.updated_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps.updated_at IS 'when app was updated';


--
-- Name: COLUMN apps.web_url; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps.web_url IS 'web URL of app';


--
-- Name: COLUMN apps._load_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps._load_id IS 'the load (heroku._loads.load_id) that wrote this version of the row';


--
-- Name: COLUMN apps._hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps._hash IS 'md5 of _raw::text; an unchanged hash means unchanged content';


--
-- Name: COLUMN apps._raw; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps._raw IS 'the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)';


--
-- Name: COLUMN apps._fetch_hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps._fetch_hash IS 'fingerprint of the JSON text last staged (MurmurHash3 128): a reload skips objects that arrive exactly as stored';


--
-- Name: addons_per_app; Type: VIEW; Schema: __SCHEMA__; Owner: -
--

CREATE VIEW __SCHEMA__.addons_per_app AS
 SELECT a._account,
    a.id AS app_id,
    a.name AS app_name,
    a.team_name,
    count(l.app_id) AS addon_count,
    COALESCE(array_agg(l.addon_name ORDER BY l.addon_name) FILTER (WHERE (l.app_id IS NOT NULL)), '{}'::text[]) AS addon_names,
    COALESCE(array_agg(DISTINCT l.service_name) FILTER (WHERE (l.app_id IS NOT NULL)), '{}'::text[]) AS services,
    trim_scale(COALESCE(sum(l.monthly_cents) FILTER (WHERE (NOT l.contract)), (0)::numeric)) AS monthly_cost_cents,
    count(l.app_id) FILTER (WHERE l.contract) AS contract_addon_count,
    count(l.app_id) FILTER (WHERE ((NOT l.contract) AND (l.monthly_cents IS NULL))) AS unpriced_addon_count
   FROM (__SCHEMA__.apps a
     LEFT JOIN __SCHEMA__.addon_prices l ON (((l._account = a._account) AND (l.app_id = (a.id)::text))))
  GROUP BY a._account, a.id, a.name, a.team_name;


--
-- Name: VIEW addons_per_app; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON VIEW __SCHEMA__.addons_per_app IS 'One row per app: its add-ons (deprovisioned ones left out), their names and services, the monthly add-on cost in cents at list prices, and the add-ons on a contract or without a known price (counted apart, not as 0).';


--
-- Name: COLUMN addons_per_app.monthly_cost_cents; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons_per_app.monthly_cost_cents IS 'sum of the priced, non-contract add-ons'' billed_price.cents per month (hourly prices x720)';


--
-- Name: COLUMN addons_per_app.contract_addon_count; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons_per_app.contract_addon_count IS 'add-ons billed on a contract (billed_price.contract), outside add-on billing: not in the cents';


--
-- Name: COLUMN addons_per_app.unpriced_addon_count; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.addons_per_app.unpriced_addon_count IS 'add-ons without a known price (no billed_price, or a unit other than month, hour, day, year): not in the cents';


--
-- Name: app_collaborators; Type: TABLE; Schema: __SCHEMA__; Owner: -
--

CREATE TABLE __SCHEMA__.app_collaborators (
    _account text NOT NULL,
    app_name text,
    app_id uuid NOT NULL,
    created_at timestamp with time zone,
    id uuid NOT NULL,
    permissions jsonb,
    role text,
    updated_at timestamp with time zone,
    user_email text,
    user_federated boolean,
    user_id uuid,
    _load_id bigint NOT NULL,
    _hash text NOT NULL,
    _raw jsonb NOT NULL,
    _fetch_hash text
);


--
-- Name: COLUMN app_collaborators._account; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_collaborators._account IS 'label of the Heroku account the row came from (--account-label, default its email)';


--
-- Name: COLUMN app_collaborators.app_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_collaborators.app_name IS 'unique name of app';


--
-- Name: COLUMN app_collaborators.app_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_collaborators.app_id IS 'unique identifier of app';


--
-- Name: COLUMN app_collaborators.created_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_collaborators.created_at IS 'when collaborator was created';


--
-- Name: COLUMN app_collaborators.id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_collaborators.id IS 'unique identifier of collaborator';


--
-- Name: COLUMN app_collaborators.role; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_collaborators.role IS 'role in the team';


--
-- Name: COLUMN app_collaborators.updated_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_collaborators.updated_at IS 'when collaborator was updated';


--
-- Name: COLUMN app_collaborators.user_email; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_collaborators.user_email IS 'unique email address of account';


--
-- Name: COLUMN app_collaborators.user_federated; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_collaborators.user_federated IS 'whether the user is federated and belongs to an Identity Provider';


--
-- Name: COLUMN app_collaborators.user_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_collaborators.user_id IS 'unique identifier of an account';


--
-- Name: COLUMN app_collaborators._load_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_collaborators._load_id IS 'the load (heroku._loads.load_id) that wrote this version of the row';


--
-- Name: COLUMN app_collaborators._hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_collaborators._hash IS 'md5 of _raw::text; an unchanged hash means unchanged content';


--
-- Name: COLUMN app_collaborators._raw; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_collaborators._raw IS 'the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)';


--
-- Name: COLUMN app_collaborators._fetch_hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_collaborators._fetch_hash IS 'fingerprint of the JSON text last staged (MurmurHash3 128): a reload skips objects that arrive exactly as stored';


--
-- Name: app_collaborators_history; Type: TABLE; Schema: __SCHEMA__; Owner: -
--

CREATE TABLE __SCHEMA__.app_collaborators_history (
    _account text NOT NULL,
    app_name text,
    app_id uuid NOT NULL,
    created_at timestamp with time zone,
    id uuid NOT NULL,
    permissions jsonb,
    role text,
    updated_at timestamp with time zone,
    user_email text,
    user_federated boolean,
    user_id uuid,
    _load_id bigint NOT NULL,
    _hash text NOT NULL,
    _raw jsonb NOT NULL,
    _valid_from timestamp with time zone NOT NULL,
    _valid_to timestamp with time zone,
    _op text NOT NULL,
    CONSTRAINT app_collaborators_history__op_check CHECK ((_op = ANY (ARRAY['insert'::text, 'update'::text, 'delete'::text])))
);


--
-- Name: COLUMN app_collaborators_history._account; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_collaborators_history._account IS 'label of the Heroku account the row came from (--account-label, default its email)';


--
-- Name: COLUMN app_collaborators_history.app_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_collaborators_history.app_name IS 'unique name of app';


--
-- Name: COLUMN app_collaborators_history.app_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_collaborators_history.app_id IS 'unique identifier of app';


--
-- Name: COLUMN app_collaborators_history.created_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_collaborators_history.created_at IS 'when collaborator was created';


--
-- Name: COLUMN app_collaborators_history.id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_collaborators_history.id IS 'unique identifier of collaborator';


--
-- Name: COLUMN app_collaborators_history.role; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_collaborators_history.role IS 'role in the team';


--
-- Name: COLUMN app_collaborators_history.updated_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_collaborators_history.updated_at IS 'when collaborator was updated';


--
-- Name: COLUMN app_collaborators_history.user_email; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_collaborators_history.user_email IS 'unique email address of account';


--
-- Name: COLUMN app_collaborators_history.user_federated; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_collaborators_history.user_federated IS 'whether the user is federated and belongs to an Identity Provider';


--
-- Name: COLUMN app_collaborators_history.user_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_collaborators_history.user_id IS 'unique identifier of an account';


--
-- Name: COLUMN app_collaborators_history._load_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_collaborators_history._load_id IS 'the load (heroku._loads.load_id) that wrote this version of the row';


--
-- Name: COLUMN app_collaborators_history._hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_collaborators_history._hash IS 'md5 of _raw::text; an unchanged hash means unchanged content';


--
-- Name: COLUMN app_collaborators_history._raw; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_collaborators_history._raw IS 'the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)';


--
-- Name: COLUMN app_collaborators_history._valid_from; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_collaborators_history._valid_from IS 'when this version became current (the start of the load that saw it)';


--
-- Name: COLUMN app_collaborators_history._valid_to; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_collaborators_history._valid_to IS 'when this version stopped being current; null while it is current';


--
-- Name: COLUMN app_collaborators_history._op; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_collaborators_history._op IS 'insert, update or delete: what the load that wrote this version saw';


--
-- Name: app_formation; Type: TABLE; Schema: __SCHEMA__; Owner: -
--

CREATE TABLE __SCHEMA__.app_formation (
    _account text NOT NULL,
    app_name text,
    app_id uuid NOT NULL,
    command text,
    created_at timestamp with time zone,
    dyno_size_id uuid,
    dyno_size_name text,
    id uuid NOT NULL,
    quantity bigint,
    size text,
    type text,
    updated_at timestamp with time zone,
    _load_id bigint NOT NULL,
    _hash text NOT NULL,
    _raw jsonb NOT NULL,
    _fetch_hash text
);


--
-- Name: COLUMN app_formation._account; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_formation._account IS 'label of the Heroku account the row came from (--account-label, default its email)';


--
-- Name: COLUMN app_formation.app_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_formation.app_name IS 'unique name of app';


--
-- Name: COLUMN app_formation.app_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_formation.app_id IS 'unique identifier of app';


--
-- Name: COLUMN app_formation.command; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_formation.command IS 'command to use to launch this process';


--
-- Name: COLUMN app_formation.created_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_formation.created_at IS 'when process type was created';


--
-- Name: COLUMN app_formation.dyno_size_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_formation.dyno_size_id IS 'unique identifier of the dyno size';


--
-- Name: COLUMN app_formation.dyno_size_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_formation.dyno_size_name IS 'name of the dyno size';


--
-- Name: COLUMN app_formation.id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_formation.id IS 'unique identifier of this process type';


--
-- Name: COLUMN app_formation.quantity; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_formation.quantity IS 'number of processes to maintain';


--
-- Name: COLUMN app_formation.size; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_formation.size IS 'deprecated, refer to ''dyno_size'' instead';


--
-- Name: COLUMN app_formation.type; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_formation.type IS 'type of process to maintain';


--
-- Name: COLUMN app_formation.updated_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_formation.updated_at IS 'when dyno type was updated';


--
-- Name: COLUMN app_formation._load_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_formation._load_id IS 'the load (heroku._loads.load_id) that wrote this version of the row';


--
-- Name: COLUMN app_formation._hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_formation._hash IS 'md5 of _raw::text; an unchanged hash means unchanged content';


--
-- Name: COLUMN app_formation._raw; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_formation._raw IS 'the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)';


--
-- Name: COLUMN app_formation._fetch_hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_formation._fetch_hash IS 'fingerprint of the JSON text last staged (MurmurHash3 128): a reload skips objects that arrive exactly as stored';


--
-- Name: dyno_sizes; Type: TABLE; Schema: __SCHEMA__; Owner: -
--

CREATE TABLE __SCHEMA__.dyno_sizes (
    _account text NOT NULL,
    architecture text,
    compute bigint,
    cost_cents bigint,
    cost_unit text,
    dedicated boolean,
    precise_dyno_units numeric,
    generation_id uuid,
    generation_name text,
    id uuid NOT NULL,
    memory numeric,
    name text,
    private_space_only boolean,
    _load_id bigint NOT NULL,
    _hash text NOT NULL,
    _raw jsonb NOT NULL,
    _fetch_hash text
);


--
-- Name: COLUMN dyno_sizes._account; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.dyno_sizes._account IS 'label of the Heroku account the row came from (--account-label, default its email)';


--
-- Name: COLUMN dyno_sizes.architecture; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.dyno_sizes.architecture IS 'CPU architecture of this dyno size';


--
-- Name: COLUMN dyno_sizes.compute; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.dyno_sizes.compute IS 'minimum vCPUs, non-dedicated may get more depending on load';


--
-- Name: COLUMN dyno_sizes.cost_cents; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.dyno_sizes.cost_cents IS 'price in cents per unit time';


--
-- Name: COLUMN dyno_sizes.cost_unit; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.dyno_sizes.cost_unit IS 'unit of price for dyno';


--
-- Name: COLUMN dyno_sizes.dedicated; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.dyno_sizes.dedicated IS 'whether this dyno will be dedicated to one user';


--
-- Name: COLUMN dyno_sizes.precise_dyno_units; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.dyno_sizes.precise_dyno_units IS 'unit of consumption for Heroku Enterprise customers to 2 decimal places';


--
-- Name: COLUMN dyno_sizes.generation_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.dyno_sizes.generation_id IS 'unique identifier of the generation of the Heroku platform for this dyno size';


--
-- Name: COLUMN dyno_sizes.generation_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.dyno_sizes.generation_name IS 'unique name of the generation of the Heroku platform for this dyno size';


--
-- Name: COLUMN dyno_sizes.id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.dyno_sizes.id IS 'unique identifier of the dyno size';


--
-- Name: COLUMN dyno_sizes.memory; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.dyno_sizes.memory IS 'amount of RAM in GB';


--
-- Name: COLUMN dyno_sizes.name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.dyno_sizes.name IS 'name of the dyno size';


--
-- Name: COLUMN dyno_sizes.private_space_only; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.dyno_sizes.private_space_only IS 'whether this dyno can only be provisioned in a private space';


--
-- Name: COLUMN dyno_sizes._load_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.dyno_sizes._load_id IS 'the load (heroku._loads.load_id) that wrote this version of the row';


--
-- Name: COLUMN dyno_sizes._hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.dyno_sizes._hash IS 'md5 of _raw::text; an unchanged hash means unchanged content';


--
-- Name: COLUMN dyno_sizes._raw; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.dyno_sizes._raw IS 'the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)';


--
-- Name: COLUMN dyno_sizes._fetch_hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.dyno_sizes._fetch_hash IS 'fingerprint of the JSON text last staged (MurmurHash3 128): a reload skips objects that arrive exactly as stored';


--
-- Name: report_coverage; Type: VIEW; Schema: __SCHEMA__; Owner: -
--

CREATE VIEW __SCHEMA__.report_coverage AS
 WITH reports AS (
         SELECT DISTINCT _columns.table_name AS report
           FROM __SCHEMA__._columns
        ), accounts AS (
         SELECT DISTINCT _loads.account
           FROM __SCHEMA__._loads
          WHERE (_loads.account IS NOT NULL)
        ), last_success AS (
         SELECT DISTINCT ON (l.account, r.report) l.account,
            r.report,
            r.load_id,
            r.finished_at,
            ((((r.inserted + r.updated) + r.unchanged) + r.kept) + r.not_fetched) AS rows
           FROM (__SCHEMA__._load_reports r
             JOIN __SCHEMA__._loads l ON ((l.load_id = r.load_id)))
          WHERE ((r.status = 'succeeded'::text) AND (l.account IS NOT NULL))
          ORDER BY l.account, r.report, r.load_id DESC
        ), last_verified AS (
         SELECT l.account,
            r.report,
            max(l.started_at) AS verified_at
           FROM (__SCHEMA__._load_reports r
             JOIN __SCHEMA__._loads l ON ((l.load_id = r.load_id)))
          WHERE r.verified
          GROUP BY l.account, r.report
        )
 SELECT a.account AS _account,
    p.report,
    (s.load_id IS NOT NULL) AS loaded,
    s.load_id AS last_load_id,
    s.finished_at AS last_loaded_at,
    s.rows,
    v.verified_at AS last_verified_at
   FROM (((accounts a
     CROSS JOIN reports p)
     LEFT JOIN last_success s ON (((s.account = a.account) AND (s.report = p.report))))
     LEFT JOIN last_verified v ON (((v.account = a.account) AND (v.report = p.report))));


--
-- Name: VIEW report_coverage; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON VIEW __SCHEMA__.report_coverage IS 'Per account and report: whether it was ever loaded, its last successful load (id, time, rows) and its last verification (fetched in full); a view needing a never-loaded report cannot answer for that account.';


--
-- Name: app_costs; Type: VIEW; Schema: __SCHEMA__; Owner: -
--

CREATE VIEW __SCHEMA__.app_costs AS
 WITH coverage AS (
         SELECT report_coverage._account,
            bool_and(report_coverage.loaded) AS complete,
            bool_and(report_coverage.loaded) FILTER (WHERE (report_coverage.report = ANY (ARRAY['app_formation'::text, 'dyno_sizes'::text]))) AS dynos_known
           FROM __SCHEMA__.report_coverage
          WHERE (report_coverage.report = ANY (ARRAY['apps'::text, 'addons'::text, 'app_formation'::text, 'dyno_sizes'::text]))
          GROUP BY report_coverage._account
        ), sizes AS (
         SELECT DISTINCT ON (dyno_sizes._account, (lower(dyno_sizes.name))) dyno_sizes._account,
            lower(dyno_sizes.name) AS size,
            __SCHEMA__._monthly_cents(__SCHEMA__._as_number((dyno_sizes.cost_cents)::text), dyno_sizes.cost_unit) AS monthly_cents
           FROM __SCHEMA__.dyno_sizes
          ORDER BY dyno_sizes._account, (lower(dyno_sizes.name)), dyno_sizes._load_id DESC
        ), processes AS (
         SELECT f._account,
            (f.app_id)::text AS app_id,
            f.type,
            __SCHEMA__._as_number((f.quantity)::text) AS quantity,
            COALESCE(f.dyno_size_name, f.size) AS size,
            s.monthly_cents
           FROM (__SCHEMA__.app_formation f
             LEFT JOIN sizes s ON (((s._account = f._account) AND (s.size = lower(COALESCE(f.dyno_size_name, f.size))))))
        ), formation AS (
         SELECT processes._account,
            processes.app_id,
            sum(processes.quantity) AS dynos,
            sum((processes.quantity * processes.monthly_cents)) FILTER (WHERE ((processes.quantity > (0)::numeric) AND (processes.monthly_cents IS NOT NULL))) AS priced_cents,
            sum(processes.quantity) FILTER (WHERE ((processes.quantity > (0)::numeric) AND (processes.monthly_cents IS NULL))) AS unpriced_dynos,
            string_agg(((((processes.type || ' '::text) || COALESCE((trim_scale(processes.quantity))::text, '?'::text)) || 'x'::text) || COALESCE(processes.size, '?'::text)), ', '::text ORDER BY processes.type) AS formation
           FROM processes
          GROUP BY processes._account, processes.app_id
        ), costs AS (
         SELECT p._account,
            p.app_id,
            p.app_name,
            p.team_name,
            p.addon_count,
            p.contract_addon_count,
            p.unpriced_addon_count,
            p.monthly_cost_cents AS addon_cost_cents,
                CASE
                    WHEN c.dynos_known THEN trim_scale(COALESCE(f.priced_cents, (0)::numeric))
                    ELSE NULL::numeric
                END AS dyno_cost_cents,
                CASE
                    WHEN c.dynos_known THEN trim_scale(COALESCE(f.dynos, (0)::numeric))
                    ELSE NULL::numeric
                END AS dynos,
                CASE
                    WHEN c.dynos_known THEN trim_scale(COALESCE(f.unpriced_dynos, (0)::numeric))
                    ELSE NULL::numeric
                END AS unpriced_dyno_count,
                CASE
                    WHEN c.dynos_known THEN COALESCE(f.formation, ''::text)
                    ELSE NULL::text
                END AS formation,
            COALESCE(c.complete, false) AS complete
           FROM ((__SCHEMA__.addons_per_app p
             LEFT JOIN coverage c ON ((c._account = p._account)))
             LEFT JOIN formation f ON (((f._account = p._account) AND (f.app_id = (p.app_id)::text))))
        )
 SELECT costs._account,
    costs.app_id,
    costs.app_name,
    costs.team_name,
    costs.addon_count,
    costs.contract_addon_count,
    costs.unpriced_addon_count,
    costs.addon_cost_cents,
    costs.dyno_cost_cents,
    (costs.addon_cost_cents + costs.dyno_cost_cents) AS monthly_cost_cents,
    round(((costs.addon_cost_cents + costs.dyno_cost_cents) / 100.0), 2) AS monthly_cost_dollars,
    costs.dynos,
    costs.unpriced_dyno_count,
    costs.formation,
    costs.complete
   FROM costs;


--
-- Name: VIEW app_costs; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON VIEW __SCHEMA__.app_costs IS 'What each app costs a month at list prices: add-ons (addon_cost_cents) plus dynos (formation quantity x dyno size price, dyno_cost_cents) = monthly_cost_cents; contract, unpriced add-ons and unpriced dynos counted apart; NULL dyno columns and complete = false where app_formation or dyno_sizes was never loaded.';


--
-- Name: COLUMN app_costs.dyno_cost_cents; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_costs.dyno_cost_cents IS 'sum over process types of quantity x the dyno size''s monthly price (GET /dyno-sizes cost; hourly x720); NULL when app_formation or dyno_sizes was never loaded';


--
-- Name: COLUMN app_costs.monthly_cost_cents; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_costs.monthly_cost_cents IS 'addon_cost_cents + dyno_cost_cents; NULL when the dyno cost is unknown';


--
-- Name: COLUMN app_costs.unpriced_dyno_count; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_costs.unpriced_dyno_count IS 'running dynos whose size has no known price: not in the cents';


--
-- Name: COLUMN app_costs.complete; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_costs.complete IS 'false when a report this view needs (apps, addons, app_formation, dyno_sizes) never loaded for the account';


--
-- Name: app_domains; Type: TABLE; Schema: __SCHEMA__; Owner: -
--

CREATE TABLE __SCHEMA__.app_domains (
    _account text NOT NULL,
    acm_status text,
    acm_status_reason text,
    app_name text,
    app_id uuid NOT NULL,
    cname text,
    created_at timestamp with time zone,
    hostname text,
    id uuid NOT NULL,
    kind text,
    updated_at timestamp with time zone,
    status text,
    sni_endpoint_name text,
    sni_endpoint_id uuid,
    _load_id bigint NOT NULL,
    _hash text NOT NULL,
    _raw jsonb NOT NULL,
    _fetch_hash text
);


--
-- Name: COLUMN app_domains._account; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_domains._account IS 'label of the Heroku account the row came from (--account-label, default its email)';


--
-- Name: COLUMN app_domains.acm_status; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_domains.acm_status IS 'status of this record''s ACM';


--
-- Name: COLUMN app_domains.acm_status_reason; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_domains.acm_status_reason IS 'reason for the status of this record''s ACM';


--
-- Name: COLUMN app_domains.app_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_domains.app_name IS 'unique name of app';


--
-- Name: COLUMN app_domains.app_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_domains.app_id IS 'unique identifier of app';


--
-- Name: COLUMN app_domains.cname; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_domains.cname IS 'canonical name record, the address to point a domain at';


--
-- Name: COLUMN app_domains.created_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_domains.created_at IS 'when domain was created';


--
-- Name: COLUMN app_domains.hostname; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_domains.hostname IS 'full hostname';


--
-- Name: COLUMN app_domains.id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_domains.id IS 'unique identifier of this domain';


--
-- Name: COLUMN app_domains.kind; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_domains.kind IS 'type of domain name';


--
-- Name: COLUMN app_domains.updated_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_domains.updated_at IS 'when domain was updated';


--
-- Name: COLUMN app_domains.status; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_domains.status IS 'status of this record''s cname';


--
-- Name: COLUMN app_domains.sni_endpoint_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_domains.sni_endpoint_name IS 'unique name for SNI endpoint';


--
-- Name: COLUMN app_domains.sni_endpoint_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_domains.sni_endpoint_id IS 'unique identifier of this SNI endpoint';


--
-- Name: COLUMN app_domains._load_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_domains._load_id IS 'the load (heroku._loads.load_id) that wrote this version of the row';


--
-- Name: COLUMN app_domains._hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_domains._hash IS 'md5 of _raw::text; an unchanged hash means unchanged content';


--
-- Name: COLUMN app_domains._raw; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_domains._raw IS 'the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)';


--
-- Name: COLUMN app_domains._fetch_hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_domains._fetch_hash IS 'fingerprint of the JSON text last staged (MurmurHash3 128): a reload skips objects that arrive exactly as stored';


--
-- Name: app_domains_history; Type: TABLE; Schema: __SCHEMA__; Owner: -
--

CREATE TABLE __SCHEMA__.app_domains_history (
    _account text NOT NULL,
    acm_status text,
    acm_status_reason text,
    app_name text,
    app_id uuid NOT NULL,
    cname text,
    created_at timestamp with time zone,
    hostname text,
    id uuid NOT NULL,
    kind text,
    updated_at timestamp with time zone,
    status text,
    sni_endpoint_name text,
    sni_endpoint_id uuid,
    _load_id bigint NOT NULL,
    _hash text NOT NULL,
    _raw jsonb NOT NULL,
    _valid_from timestamp with time zone NOT NULL,
    _valid_to timestamp with time zone,
    _op text NOT NULL,
    CONSTRAINT app_domains_history__op_check CHECK ((_op = ANY (ARRAY['insert'::text, 'update'::text, 'delete'::text])))
);


--
-- Name: COLUMN app_domains_history._account; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_domains_history._account IS 'label of the Heroku account the row came from (--account-label, default its email)';


--
-- Name: COLUMN app_domains_history.acm_status; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_domains_history.acm_status IS 'status of this record''s ACM';


--
-- Name: COLUMN app_domains_history.acm_status_reason; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_domains_history.acm_status_reason IS 'reason for the status of this record''s ACM';


--
-- Name: COLUMN app_domains_history.app_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_domains_history.app_name IS 'unique name of app';


--
-- Name: COLUMN app_domains_history.app_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_domains_history.app_id IS 'unique identifier of app';


--
-- Name: COLUMN app_domains_history.cname; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_domains_history.cname IS 'canonical name record, the address to point a domain at';


--
-- Name: COLUMN app_domains_history.created_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_domains_history.created_at IS 'when domain was created';


--
-- Name: COLUMN app_domains_history.hostname; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_domains_history.hostname IS 'full hostname';


--
-- Name: COLUMN app_domains_history.id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_domains_history.id IS 'unique identifier of this domain';


--
-- Name: COLUMN app_domains_history.kind; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_domains_history.kind IS 'type of domain name';


--
-- Name: COLUMN app_domains_history.updated_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_domains_history.updated_at IS 'when domain was updated';


--
-- Name: COLUMN app_domains_history.status; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_domains_history.status IS 'status of this record''s cname';


--
-- Name: COLUMN app_domains_history.sni_endpoint_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_domains_history.sni_endpoint_name IS 'unique name for SNI endpoint';


--
-- Name: COLUMN app_domains_history.sni_endpoint_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_domains_history.sni_endpoint_id IS 'unique identifier of this SNI endpoint';


--
-- Name: COLUMN app_domains_history._load_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_domains_history._load_id IS 'the load (heroku._loads.load_id) that wrote this version of the row';


--
-- Name: COLUMN app_domains_history._hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_domains_history._hash IS 'md5 of _raw::text; an unchanged hash means unchanged content';


--
-- Name: COLUMN app_domains_history._raw; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_domains_history._raw IS 'the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)';


--
-- Name: COLUMN app_domains_history._valid_from; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_domains_history._valid_from IS 'when this version became current (the start of the load that saw it)';


--
-- Name: COLUMN app_domains_history._valid_to; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_domains_history._valid_to IS 'when this version stopped being current; null while it is current';


--
-- Name: COLUMN app_domains_history._op; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_domains_history._op IS 'insert, update or delete: what the load that wrote this version saw';


--
-- Name: app_formation_history; Type: TABLE; Schema: __SCHEMA__; Owner: -
--

CREATE TABLE __SCHEMA__.app_formation_history (
    _account text NOT NULL,
    app_name text,
    app_id uuid NOT NULL,
    command text,
    created_at timestamp with time zone,
    dyno_size_id uuid,
    dyno_size_name text,
    id uuid NOT NULL,
    quantity bigint,
    size text,
    type text,
    updated_at timestamp with time zone,
    _load_id bigint NOT NULL,
    _hash text NOT NULL,
    _raw jsonb NOT NULL,
    _valid_from timestamp with time zone NOT NULL,
    _valid_to timestamp with time zone,
    _op text NOT NULL,
    CONSTRAINT app_formation_history__op_check CHECK ((_op = ANY (ARRAY['insert'::text, 'update'::text, 'delete'::text])))
);


--
-- Name: COLUMN app_formation_history._account; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_formation_history._account IS 'label of the Heroku account the row came from (--account-label, default its email)';


--
-- Name: COLUMN app_formation_history.app_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_formation_history.app_name IS 'unique name of app';


--
-- Name: COLUMN app_formation_history.app_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_formation_history.app_id IS 'unique identifier of app';


--
-- Name: COLUMN app_formation_history.command; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_formation_history.command IS 'command to use to launch this process';


--
-- Name: COLUMN app_formation_history.created_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_formation_history.created_at IS 'when process type was created';


--
-- Name: COLUMN app_formation_history.dyno_size_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_formation_history.dyno_size_id IS 'unique identifier of the dyno size';


--
-- Name: COLUMN app_formation_history.dyno_size_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_formation_history.dyno_size_name IS 'name of the dyno size';


--
-- Name: COLUMN app_formation_history.id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_formation_history.id IS 'unique identifier of this process type';


--
-- Name: COLUMN app_formation_history.quantity; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_formation_history.quantity IS 'number of processes to maintain';


--
-- Name: COLUMN app_formation_history.size; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_formation_history.size IS 'deprecated, refer to ''dyno_size'' instead';


--
-- Name: COLUMN app_formation_history.type; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_formation_history.type IS 'type of process to maintain';


--
-- Name: COLUMN app_formation_history.updated_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_formation_history.updated_at IS 'when dyno type was updated';


--
-- Name: COLUMN app_formation_history._load_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_formation_history._load_id IS 'the load (heroku._loads.load_id) that wrote this version of the row';


--
-- Name: COLUMN app_formation_history._hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_formation_history._hash IS 'md5 of _raw::text; an unchanged hash means unchanged content';


--
-- Name: COLUMN app_formation_history._raw; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_formation_history._raw IS 'the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)';


--
-- Name: COLUMN app_formation_history._valid_from; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_formation_history._valid_from IS 'when this version became current (the start of the load that saw it)';


--
-- Name: COLUMN app_formation_history._valid_to; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_formation_history._valid_to IS 'when this version stopped being current; null while it is current';


--
-- Name: COLUMN app_formation_history._op; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_formation_history._op IS 'insert, update or delete: what the load that wrote this version saw';


--
-- Name: app_inventory; Type: VIEW; Schema: __SCHEMA__; Owner: -
--

CREATE VIEW __SCHEMA__.app_inventory AS
 SELECT a._account,
    a.id AS app_id,
    a.name AS app_name,
    a.team_name,
    a.region_name AS region,
    a.stack_name AS stack,
    a.owner_email AS owner,
    a.created_at,
    a.released_at,
    a.maintenance,
    p.addon_count
   FROM (__SCHEMA__.apps a
     JOIN __SCHEMA__.addons_per_app p ON (((p._account = a._account) AND (p.app_id = a.id))));


--
-- Name: VIEW app_inventory; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON VIEW __SCHEMA__.app_inventory IS 'One row per app: team, region, stack, owner, creation and release times, number of add-ons.';


--
-- Name: app_releases; Type: TABLE; Schema: __SCHEMA__; Owner: -
--

CREATE TABLE __SCHEMA__.app_releases (
    _account text NOT NULL,
    addon_plan_names jsonb,
    artifacts jsonb,
    app_name text,
    app_id uuid NOT NULL,
    created_at timestamp with time zone,
    description text,
    id uuid NOT NULL,
    updated_at timestamp with time zone,
    slug_id uuid,
    status text,
    user_id uuid,
    user_email text,
    version bigint,
    current boolean,
    eligible_for_rollback boolean,
    _load_id bigint NOT NULL,
    _hash text NOT NULL,
    _raw jsonb NOT NULL,
    _fetch_hash text
);


--
-- Name: COLUMN app_releases._account; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_releases._account IS 'label of the Heroku account the row came from (--account-label, default its email)';


--
-- Name: COLUMN app_releases.addon_plan_names; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_releases.addon_plan_names IS 'add-on plans installed on the app for this release';


--
-- Name: COLUMN app_releases.artifacts; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_releases.artifacts IS 'build artifacts for the release';


--
-- Name: COLUMN app_releases.app_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_releases.app_name IS 'unique name of app';


--
-- Name: COLUMN app_releases.app_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_releases.app_id IS 'unique identifier of app';


--
-- Name: COLUMN app_releases.created_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_releases.created_at IS 'when release was created';


--
-- Name: COLUMN app_releases.description; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_releases.description IS 'description of changes in this release';


--
-- Name: COLUMN app_releases.id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_releases.id IS 'unique identifier of release';


--
-- Name: COLUMN app_releases.updated_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_releases.updated_at IS 'when release was updated';


--
-- Name: COLUMN app_releases.slug_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_releases.slug_id IS 'unique identifier of slug';


--
-- Name: COLUMN app_releases.status; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_releases.status IS 'current status of the release';


--
-- Name: COLUMN app_releases.user_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_releases.user_id IS 'unique identifier of an account';


--
-- Name: COLUMN app_releases.user_email; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_releases.user_email IS 'unique email address of account';


--
-- Name: COLUMN app_releases.version; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_releases.version IS 'unique version assigned to the release';


--
-- Name: COLUMN app_releases.current; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_releases.current IS 'indicates this release as being the current one for the app';


--
-- Name: COLUMN app_releases.eligible_for_rollback; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_releases.eligible_for_rollback IS 'indicates if this release is eligible for rollback';


--
-- Name: COLUMN app_releases._load_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_releases._load_id IS 'the load (heroku._loads.load_id) that wrote this version of the row';


--
-- Name: COLUMN app_releases._hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_releases._hash IS 'md5 of _raw::text; an unchanged hash means unchanged content';


--
-- Name: COLUMN app_releases._raw; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_releases._raw IS 'the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)';


--
-- Name: COLUMN app_releases._fetch_hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_releases._fetch_hash IS 'fingerprint of the JSON text last staged (MurmurHash3 128): a reload skips objects that arrive exactly as stored';


--
-- Name: app_releases_history; Type: TABLE; Schema: __SCHEMA__; Owner: -
--

CREATE TABLE __SCHEMA__.app_releases_history (
    _account text NOT NULL,
    addon_plan_names jsonb,
    artifacts jsonb,
    app_name text,
    app_id uuid NOT NULL,
    created_at timestamp with time zone,
    description text,
    id uuid NOT NULL,
    updated_at timestamp with time zone,
    slug_id uuid,
    status text,
    user_id uuid,
    user_email text,
    version bigint,
    current boolean,
    eligible_for_rollback boolean,
    _load_id bigint NOT NULL,
    _hash text NOT NULL,
    _raw jsonb NOT NULL,
    _valid_from timestamp with time zone NOT NULL,
    _valid_to timestamp with time zone,
    _op text NOT NULL,
    CONSTRAINT app_releases_history__op_check CHECK ((_op = ANY (ARRAY['insert'::text, 'update'::text, 'delete'::text])))
);


--
-- Name: COLUMN app_releases_history._account; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_releases_history._account IS 'label of the Heroku account the row came from (--account-label, default its email)';


--
-- Name: COLUMN app_releases_history.addon_plan_names; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_releases_history.addon_plan_names IS 'add-on plans installed on the app for this release';


--
-- Name: COLUMN app_releases_history.artifacts; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_releases_history.artifacts IS 'build artifacts for the release';


--
-- Name: COLUMN app_releases_history.app_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_releases_history.app_name IS 'unique name of app';


--
-- Name: COLUMN app_releases_history.app_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_releases_history.app_id IS 'unique identifier of app';


--
-- Name: COLUMN app_releases_history.created_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_releases_history.created_at IS 'when release was created';


--
-- Name: COLUMN app_releases_history.description; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_releases_history.description IS 'description of changes in this release';


--
-- Name: COLUMN app_releases_history.id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_releases_history.id IS 'unique identifier of release';


--
-- Name: COLUMN app_releases_history.updated_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_releases_history.updated_at IS 'when release was updated';


--
-- Name: COLUMN app_releases_history.slug_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_releases_history.slug_id IS 'unique identifier of slug';


--
-- Name: COLUMN app_releases_history.status; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_releases_history.status IS 'current status of the release';


--
-- Name: COLUMN app_releases_history.user_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_releases_history.user_id IS 'unique identifier of an account';


--
-- Name: COLUMN app_releases_history.user_email; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_releases_history.user_email IS 'unique email address of account';


--
-- Name: COLUMN app_releases_history.version; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_releases_history.version IS 'unique version assigned to the release';


--
-- Name: COLUMN app_releases_history.current; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_releases_history.current IS 'indicates this release as being the current one for the app';


--
-- Name: COLUMN app_releases_history.eligible_for_rollback; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_releases_history.eligible_for_rollback IS 'indicates if this release is eligible for rollback';


--
-- Name: COLUMN app_releases_history._load_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_releases_history._load_id IS 'the load (heroku._loads.load_id) that wrote this version of the row';


--
-- Name: COLUMN app_releases_history._hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_releases_history._hash IS 'md5 of _raw::text; an unchanged hash means unchanged content';


--
-- Name: COLUMN app_releases_history._raw; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_releases_history._raw IS 'the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)';


--
-- Name: COLUMN app_releases_history._valid_from; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_releases_history._valid_from IS 'when this version became current (the start of the load that saw it)';


--
-- Name: COLUMN app_releases_history._valid_to; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_releases_history._valid_to IS 'when this version stopped being current; null while it is current';


--
-- Name: COLUMN app_releases_history._op; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.app_releases_history._op IS 'insert, update or delete: what the load that wrote this version saw';


--
-- Name: apps_history; Type: TABLE; Schema: __SCHEMA__; Owner: -
--

CREATE TABLE __SCHEMA__.apps_history (
    _account text NOT NULL,
    acm boolean,
    archived_at timestamp with time zone,
    buildpack_provided_description text,
    build_stack_id uuid,
    build_stack_name text,
    created_at timestamp with time zone,
    generation_id uuid,
    generation_name text,
    git_url text,
    id uuid NOT NULL,
    internal_routing boolean,
    maintenance boolean,
    name text,
    owner_email text,
    owner_id uuid,
    organization_id uuid,
    organization_name text,
    team_id uuid,
    team_name text,
    region_id uuid,
    region_name text,
    released_at timestamp with time zone,
    repo_size numeric,
    slug_size bigint,
    space_id uuid,
    space_name text,
    space_shield boolean,
    stack_id uuid,
    stack_name text,
    updated_at timestamp with time zone,
    web_url text,
    _load_id bigint NOT NULL,
    _hash text NOT NULL,
    _raw jsonb NOT NULL,
    _valid_from timestamp with time zone NOT NULL,
    _valid_to timestamp with time zone,
    _op text NOT NULL,
    sandbox_extra bigint,
    space text,
    CONSTRAINT apps_history__op_check CHECK ((_op = ANY (ARRAY['insert'::text, 'update'::text, 'delete'::text])))
);


--
-- Name: COLUMN apps_history._account; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps_history._account IS 'label of the Heroku account the row came from (--account-label, default its email)';


--
-- Name: COLUMN apps_history.acm; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps_history.acm IS 'ACM status of this app';


--
-- Name: COLUMN apps_history.archived_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps_history.archived_at IS 'when app was archived';


--
-- Name: COLUMN apps_history.buildpack_provided_description; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps_history.buildpack_provided_description IS 'description from buildpack of app';


--
-- Name: COLUMN apps_history.build_stack_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps_history.build_stack_id IS 'unique identifier of stack';


--
-- Name: COLUMN apps_history.build_stack_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps_history.build_stack_name IS 'unique name of stack';


--
-- Name: COLUMN apps_history.created_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps_history.created_at IS 'when app was created';


--
-- Name: COLUMN apps_history.generation_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps_history.generation_id IS 'unique identifier of the generation of the Heroku platform for this app';


--
-- Name: COLUMN apps_history.generation_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps_history.generation_name IS 'unique name of the generation of the Heroku platform for this app';


--
-- Name: COLUMN apps_history.git_url; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps_history.git_url IS 'git repo URL of app';


--
-- Name: COLUMN apps_history.id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps_history.id IS 'unique identifier of app';


--
-- Name: COLUMN apps_history.internal_routing; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps_history.internal_routing IS 'describes whether a Private Spaces app is externally routable or not';


--
-- Name: COLUMN apps_history.maintenance; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps_history.maintenance IS 'maintenance status of app';


--
-- Name: COLUMN apps_history.name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps_history.name IS 'unique name of app';


--
-- Name: COLUMN apps_history.owner_email; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps_history.owner_email IS 'unique email address of account';


--
-- Name: COLUMN apps_history.owner_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps_history.owner_id IS 'unique identifier of an account';


--
-- Name: COLUMN apps_history.organization_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps_history.organization_id IS 'unique identifier of team';


--
-- Name: COLUMN apps_history.organization_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps_history.organization_name IS 'unique name of team';


--
-- Name: COLUMN apps_history.team_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps_history.team_id IS 'unique identifier of team';


--
-- Name: COLUMN apps_history.team_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps_history.team_name IS 'unique name of team';


--
-- Name: COLUMN apps_history.region_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps_history.region_id IS 'unique identifier of region';


--
-- Name: COLUMN apps_history.region_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps_history.region_name IS 'unique name of region';


--
-- Name: COLUMN apps_history.released_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps_history.released_at IS 'when app was released';


--
-- Name: COLUMN apps_history.repo_size; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps_history.repo_size IS 'git repo size in bytes of app';


--
-- Name: COLUMN apps_history.slug_size; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps_history.slug_size IS 'slug size in bytes of app';


--
-- Name: COLUMN apps_history.space_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps_history.space_id IS 'unique identifier of space';


--
-- Name: COLUMN apps_history.space_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps_history.space_name IS 'unique name of space';


--
-- Name: COLUMN apps_history.space_shield; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps_history.space_shield IS 'true if this space has shield enabled';


--
-- Name: COLUMN apps_history.stack_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps_history.stack_id IS 'unique identifier of stack';


--
-- Name: COLUMN apps_history.stack_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps_history.stack_name IS 'unique name of stack';


--
-- Name: COLUMN apps_history.updated_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps_history.updated_at IS 'when app was updated';


--
-- Name: COLUMN apps_history.web_url; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps_history.web_url IS 'web URL of app';


--
-- Name: COLUMN apps_history._load_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps_history._load_id IS 'the load (heroku._loads.load_id) that wrote this version of the row';


--
-- Name: COLUMN apps_history._hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps_history._hash IS 'md5 of _raw::text; an unchanged hash means unchanged content';


--
-- Name: COLUMN apps_history._raw; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps_history._raw IS 'the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)';


--
-- Name: COLUMN apps_history._valid_from; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps_history._valid_from IS 'when this version became current (the start of the load that saw it)';


--
-- Name: COLUMN apps_history._valid_to; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps_history._valid_to IS 'when this version stopped being current; null while it is current';


--
-- Name: COLUMN apps_history._op; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps_history._op IS 'insert, update or delete: what the load that wrote this version saw';


--
-- Name: apps_without_recent_release; Type: VIEW; Schema: __SCHEMA__; Owner: -
--

CREATE VIEW __SCHEMA__.apps_without_recent_release AS
 WITH coverage AS (
         SELECT report_coverage._account,
            bool_and(report_coverage.loaded) AS complete,
            bool_and(report_coverage.loaded) FILTER (WHERE (report_coverage.report = 'app_releases'::text)) AS releases_known
           FROM __SCHEMA__.report_coverage
          WHERE (report_coverage.report = ANY (ARRAY['apps'::text, 'app_releases'::text]))
          GROUP BY report_coverage._account
        ), succeeded AS (
         SELECT app_releases._account,
            (app_releases.app_id)::text AS app_id,
            max(__SCHEMA__._as_timestamptz((to_jsonb(app_releases.created_at) #>> '{}'::text[]))) AS last_release_at,
            trim_scale(max(__SCHEMA__._as_number((app_releases.version)::text))) AS last_version,
            count(*) AS releases
           FROM __SCHEMA__.app_releases
          WHERE (app_releases.status = 'succeeded'::text)
          GROUP BY app_releases._account, (app_releases.app_id)::text
        ), latest AS (
         SELECT a._account,
            a.id AS app_id,
            a.name AS app_name,
            a.team_name,
            __SCHEMA__._as_timestamptz((to_jsonb(a.created_at) #>> '{}'::text[])) AS created_at,
                CASE
                    WHEN c.releases_known THEN s.last_release_at
                    ELSE __SCHEMA__._as_timestamptz((to_jsonb(a.released_at) #>> '{}'::text[]))
                END AS last_release_at,
                CASE
                    WHEN c.releases_known THEN 'app_releases'::text
                    ELSE 'apps.released_at'::text
                END AS release_source,
            s.last_version,
                CASE
                    WHEN c.releases_known THEN COALESCE(s.releases, (0)::bigint)
                    ELSE NULL::bigint
                END AS releases,
            COALESCE(c.complete, false) AS complete
           FROM ((__SCHEMA__.apps a
             LEFT JOIN coverage c ON ((c._account = a._account)))
             LEFT JOIN succeeded s ON (((s._account = a._account) AND (s.app_id = (a.id)::text))))
        )
 SELECT latest._account,
    latest.app_id,
    latest.app_name,
    latest.team_name,
    latest.created_at,
    latest.last_release_at,
    latest.release_source,
    latest.last_version,
    latest.releases,
    (floor((EXTRACT(epoch FROM (now() - latest.last_release_at)) / (86400)::numeric)))::integer AS days_since_release,
    latest.complete
   FROM latest;


--
-- Name: VIEW apps_without_recent_release; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON VIEW __SCHEMA__.apps_without_recent_release IS 'Every app with its latest succeeded release (or its released_at where app_releases never loaded: release_source) and the days since; filter with WHERE coalesce(days_since_release, 1e9) > N.';


--
-- Name: COLUMN apps_without_recent_release.releases; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.apps_without_recent_release.releases IS 'succeeded releases stored for the app; NULL where app_releases never loaded for the account';


--
-- Name: dyno_sizes_history; Type: TABLE; Schema: __SCHEMA__; Owner: -
--

CREATE TABLE __SCHEMA__.dyno_sizes_history (
    _account text NOT NULL,
    architecture text,
    compute bigint,
    cost_cents bigint,
    cost_unit text,
    dedicated boolean,
    precise_dyno_units numeric,
    generation_id uuid,
    generation_name text,
    id uuid NOT NULL,
    memory numeric,
    name text,
    private_space_only boolean,
    _load_id bigint NOT NULL,
    _hash text NOT NULL,
    _raw jsonb NOT NULL,
    _valid_from timestamp with time zone NOT NULL,
    _valid_to timestamp with time zone,
    _op text NOT NULL,
    CONSTRAINT dyno_sizes_history__op_check CHECK ((_op = ANY (ARRAY['insert'::text, 'update'::text, 'delete'::text])))
);


--
-- Name: COLUMN dyno_sizes_history._account; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.dyno_sizes_history._account IS 'label of the Heroku account the row came from (--account-label, default its email)';


--
-- Name: COLUMN dyno_sizes_history.architecture; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.dyno_sizes_history.architecture IS 'CPU architecture of this dyno size';


--
-- Name: COLUMN dyno_sizes_history.compute; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.dyno_sizes_history.compute IS 'minimum vCPUs, non-dedicated may get more depending on load';


--
-- Name: COLUMN dyno_sizes_history.cost_cents; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.dyno_sizes_history.cost_cents IS 'price in cents per unit time';


--
-- Name: COLUMN dyno_sizes_history.cost_unit; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.dyno_sizes_history.cost_unit IS 'unit of price for dyno';


--
-- Name: COLUMN dyno_sizes_history.dedicated; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.dyno_sizes_history.dedicated IS 'whether this dyno will be dedicated to one user';


--
-- Name: COLUMN dyno_sizes_history.precise_dyno_units; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.dyno_sizes_history.precise_dyno_units IS 'unit of consumption for Heroku Enterprise customers to 2 decimal places';


--
-- Name: COLUMN dyno_sizes_history.generation_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.dyno_sizes_history.generation_id IS 'unique identifier of the generation of the Heroku platform for this dyno size';


--
-- Name: COLUMN dyno_sizes_history.generation_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.dyno_sizes_history.generation_name IS 'unique name of the generation of the Heroku platform for this dyno size';


--
-- Name: COLUMN dyno_sizes_history.id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.dyno_sizes_history.id IS 'unique identifier of the dyno size';


--
-- Name: COLUMN dyno_sizes_history.memory; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.dyno_sizes_history.memory IS 'amount of RAM in GB';


--
-- Name: COLUMN dyno_sizes_history.name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.dyno_sizes_history.name IS 'name of the dyno size';


--
-- Name: COLUMN dyno_sizes_history.private_space_only; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.dyno_sizes_history.private_space_only IS 'whether this dyno can only be provisioned in a private space';


--
-- Name: COLUMN dyno_sizes_history._load_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.dyno_sizes_history._load_id IS 'the load (heroku._loads.load_id) that wrote this version of the row';


--
-- Name: COLUMN dyno_sizes_history._hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.dyno_sizes_history._hash IS 'md5 of _raw::text; an unchanged hash means unchanged content';


--
-- Name: COLUMN dyno_sizes_history._raw; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.dyno_sizes_history._raw IS 'the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)';


--
-- Name: COLUMN dyno_sizes_history._valid_from; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.dyno_sizes_history._valid_from IS 'when this version became current (the start of the load that saw it)';


--
-- Name: COLUMN dyno_sizes_history._valid_to; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.dyno_sizes_history._valid_to IS 'when this version stopped being current; null while it is current';


--
-- Name: COLUMN dyno_sizes_history._op; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.dyno_sizes_history._op IS 'insert, update or delete: what the load that wrote this version saw';


--
-- Name: pipeline_couplings_history; Type: TABLE; Schema: __SCHEMA__; Owner: -
--

CREATE TABLE __SCHEMA__.pipeline_couplings_history (
    _account text NOT NULL,
    app_id uuid,
    created_at timestamp with time zone,
    id uuid NOT NULL,
    pipeline_id uuid,
    stage text,
    updated_at timestamp with time zone,
    _load_id bigint NOT NULL,
    _hash text NOT NULL,
    _raw jsonb NOT NULL,
    _valid_from timestamp with time zone NOT NULL,
    _valid_to timestamp with time zone,
    _op text NOT NULL,
    CONSTRAINT pipeline_couplings_history__op_check CHECK ((_op = ANY (ARRAY['insert'::text, 'update'::text, 'delete'::text])))
);


--
-- Name: COLUMN pipeline_couplings_history._account; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipeline_couplings_history._account IS 'label of the Heroku account the row came from (--account-label, default its email)';


--
-- Name: COLUMN pipeline_couplings_history.app_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipeline_couplings_history.app_id IS 'unique identifier of app';


--
-- Name: COLUMN pipeline_couplings_history.created_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipeline_couplings_history.created_at IS 'when pipeline coupling was created';


--
-- Name: COLUMN pipeline_couplings_history.id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipeline_couplings_history.id IS 'unique identifier of pipeline coupling';


--
-- Name: COLUMN pipeline_couplings_history.pipeline_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipeline_couplings_history.pipeline_id IS 'unique identifier of pipeline';


--
-- Name: COLUMN pipeline_couplings_history.stage; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipeline_couplings_history.stage IS 'target pipeline stage';


--
-- Name: COLUMN pipeline_couplings_history.updated_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipeline_couplings_history.updated_at IS 'when pipeline coupling was updated';


--
-- Name: COLUMN pipeline_couplings_history._load_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipeline_couplings_history._load_id IS 'the load (heroku._loads.load_id) that wrote this version of the row';


--
-- Name: COLUMN pipeline_couplings_history._hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipeline_couplings_history._hash IS 'md5 of _raw::text; an unchanged hash means unchanged content';


--
-- Name: COLUMN pipeline_couplings_history._raw; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipeline_couplings_history._raw IS 'the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)';


--
-- Name: COLUMN pipeline_couplings_history._valid_from; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipeline_couplings_history._valid_from IS 'when this version became current (the start of the load that saw it)';


--
-- Name: COLUMN pipeline_couplings_history._valid_to; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipeline_couplings_history._valid_to IS 'when this version stopped being current; null while it is current';


--
-- Name: COLUMN pipeline_couplings_history._op; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipeline_couplings_history._op IS 'insert, update or delete: what the load that wrote this version saw';


--
-- Name: pipelines_history; Type: TABLE; Schema: __SCHEMA__; Owner: -
--

CREATE TABLE __SCHEMA__.pipelines_history (
    _account text NOT NULL,
    created_at timestamp with time zone,
    id uuid NOT NULL,
    name text,
    owner_id uuid,
    owner_type text,
    updated_at timestamp with time zone,
    generation_id uuid,
    generation_name text,
    _load_id bigint NOT NULL,
    _hash text NOT NULL,
    _raw jsonb NOT NULL,
    _valid_from timestamp with time zone NOT NULL,
    _valid_to timestamp with time zone,
    _op text NOT NULL,
    CONSTRAINT pipelines_history__op_check CHECK ((_op = ANY (ARRAY['insert'::text, 'update'::text, 'delete'::text])))
);


--
-- Name: COLUMN pipelines_history._account; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipelines_history._account IS 'label of the Heroku account the row came from (--account-label, default its email)';


--
-- Name: COLUMN pipelines_history.created_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipelines_history.created_at IS 'when pipeline was created';


--
-- Name: COLUMN pipelines_history.id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipelines_history.id IS 'unique identifier of pipeline';


--
-- Name: COLUMN pipelines_history.name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipelines_history.name IS 'name of pipeline';


--
-- Name: COLUMN pipelines_history.owner_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipelines_history.owner_id IS 'unique identifier of a pipeline owner';


--
-- Name: COLUMN pipelines_history.owner_type; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipelines_history.owner_type IS 'type of pipeline owner';


--
-- Name: COLUMN pipelines_history.updated_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipelines_history.updated_at IS 'when pipeline was updated';


--
-- Name: COLUMN pipelines_history.generation_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipelines_history.generation_id IS 'unique identifier of the generation of the Heroku platform for this pipeline';


--
-- Name: COLUMN pipelines_history.generation_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipelines_history.generation_name IS 'unique name of the generation of the Heroku platform for this pipeline';


--
-- Name: COLUMN pipelines_history._load_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipelines_history._load_id IS 'the load (heroku._loads.load_id) that wrote this version of the row';


--
-- Name: COLUMN pipelines_history._hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipelines_history._hash IS 'md5 of _raw::text; an unchanged hash means unchanged content';


--
-- Name: COLUMN pipelines_history._raw; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipelines_history._raw IS 'the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)';


--
-- Name: COLUMN pipelines_history._valid_from; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipelines_history._valid_from IS 'when this version became current (the start of the load that saw it)';


--
-- Name: COLUMN pipelines_history._valid_to; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipelines_history._valid_to IS 'when this version stopped being current; null while it is current';


--
-- Name: COLUMN pipelines_history._op; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipelines_history._op IS 'insert, update or delete: what the load that wrote this version saw';


--
-- Name: regions_history; Type: TABLE; Schema: __SCHEMA__; Owner: -
--

CREATE TABLE __SCHEMA__.regions_history (
    _account text NOT NULL,
    country text,
    created_at timestamp with time zone,
    description text,
    id uuid NOT NULL,
    locale text,
    name text,
    private_capable boolean,
    provider_name text,
    provider_region text,
    updated_at timestamp with time zone,
    _load_id bigint NOT NULL,
    _hash text NOT NULL,
    _raw jsonb NOT NULL,
    _valid_from timestamp with time zone NOT NULL,
    _valid_to timestamp with time zone,
    _op text NOT NULL,
    CONSTRAINT regions_history__op_check CHECK ((_op = ANY (ARRAY['insert'::text, 'update'::text, 'delete'::text])))
);


--
-- Name: COLUMN regions_history._account; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.regions_history._account IS 'label of the Heroku account the row came from (--account-label, default its email)';


--
-- Name: COLUMN regions_history.country; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.regions_history.country IS 'country where the region exists';


--
-- Name: COLUMN regions_history.created_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.regions_history.created_at IS 'when region was created';


--
-- Name: COLUMN regions_history.description; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.regions_history.description IS 'description of region';


--
-- Name: COLUMN regions_history.id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.regions_history.id IS 'unique identifier of region';


--
-- Name: COLUMN regions_history.locale; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.regions_history.locale IS 'area in the country where the region exists';


--
-- Name: COLUMN regions_history.name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.regions_history.name IS 'unique name of region';


--
-- Name: COLUMN regions_history.private_capable; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.regions_history.private_capable IS 'whether or not region is available for creating a Private Space';


--
-- Name: COLUMN regions_history.provider_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.regions_history.provider_name IS 'name of provider';


--
-- Name: COLUMN regions_history.provider_region; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.regions_history.provider_region IS 'region name used by provider';


--
-- Name: COLUMN regions_history.updated_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.regions_history.updated_at IS 'when region was updated';


--
-- Name: COLUMN regions_history._load_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.regions_history._load_id IS 'the load (heroku._loads.load_id) that wrote this version of the row';


--
-- Name: COLUMN regions_history._hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.regions_history._hash IS 'md5 of _raw::text; an unchanged hash means unchanged content';


--
-- Name: COLUMN regions_history._raw; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.regions_history._raw IS 'the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)';


--
-- Name: COLUMN regions_history._valid_from; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.regions_history._valid_from IS 'when this version became current (the start of the load that saw it)';


--
-- Name: COLUMN regions_history._valid_to; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.regions_history._valid_to IS 'when this version stopped being current; null while it is current';


--
-- Name: COLUMN regions_history._op; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.regions_history._op IS 'insert, update or delete: what the load that wrote this version saw';


--
-- Name: spaces_history; Type: TABLE; Schema: __SCHEMA__; Owner: -
--

CREATE TABLE __SCHEMA__.spaces_history (
    _account text NOT NULL,
    created_at timestamp with time zone,
    id uuid NOT NULL,
    name text,
    organization_name text,
    team_id uuid,
    team_name text,
    region_id uuid,
    region_name text,
    shield boolean,
    state text,
    updated_at timestamp with time zone,
    cidr text,
    data_cidr text,
    generation_id uuid,
    generation_name text,
    _load_id bigint NOT NULL,
    _hash text NOT NULL,
    _raw jsonb NOT NULL,
    _valid_from timestamp with time zone NOT NULL,
    _valid_to timestamp with time zone,
    _op text NOT NULL,
    CONSTRAINT spaces_history__op_check CHECK ((_op = ANY (ARRAY['insert'::text, 'update'::text, 'delete'::text])))
);


--
-- Name: COLUMN spaces_history._account; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.spaces_history._account IS 'label of the Heroku account the row came from (--account-label, default its email)';


--
-- Name: COLUMN spaces_history.created_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.spaces_history.created_at IS 'when space was created';


--
-- Name: COLUMN spaces_history.id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.spaces_history.id IS 'unique identifier of space';


--
-- Name: COLUMN spaces_history.name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.spaces_history.name IS 'unique name of space';


--
-- Name: COLUMN spaces_history.organization_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.spaces_history.organization_name IS 'unique name of team';


--
-- Name: COLUMN spaces_history.team_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.spaces_history.team_id IS 'unique identifier of team';


--
-- Name: COLUMN spaces_history.team_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.spaces_history.team_name IS 'unique name of team';


--
-- Name: COLUMN spaces_history.region_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.spaces_history.region_id IS 'unique identifier of region';


--
-- Name: COLUMN spaces_history.region_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.spaces_history.region_name IS 'unique name of region';


--
-- Name: COLUMN spaces_history.shield; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.spaces_history.shield IS 'true if this space has shield enabled';


--
-- Name: COLUMN spaces_history.state; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.spaces_history.state IS 'availability of this space';


--
-- Name: COLUMN spaces_history.updated_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.spaces_history.updated_at IS 'when space was updated';


--
-- Name: COLUMN spaces_history.cidr; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.spaces_history.cidr IS 'The RFC-1918 CIDR the Private Space will use. It must be a /16 in 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16';


--
-- Name: COLUMN spaces_history.data_cidr; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.spaces_history.data_cidr IS 'The RFC-1918 CIDR that the Private Space will use for the Heroku-managed peering connection that''s automatically created when using Heroku Data add-ons. It must be between a /16 and a /20';


--
-- Name: COLUMN spaces_history.generation_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.spaces_history.generation_id IS 'unique identifier of the generation of the Heroku platform for this space';


--
-- Name: COLUMN spaces_history.generation_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.spaces_history.generation_name IS 'unique name of the generation of the Heroku platform for this space';


--
-- Name: COLUMN spaces_history._load_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.spaces_history._load_id IS 'the load (heroku._loads.load_id) that wrote this version of the row';


--
-- Name: COLUMN spaces_history._hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.spaces_history._hash IS 'md5 of _raw::text; an unchanged hash means unchanged content';


--
-- Name: COLUMN spaces_history._raw; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.spaces_history._raw IS 'the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)';


--
-- Name: COLUMN spaces_history._valid_from; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.spaces_history._valid_from IS 'when this version became current (the start of the load that saw it)';


--
-- Name: COLUMN spaces_history._valid_to; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.spaces_history._valid_to IS 'when this version stopped being current; null while it is current';


--
-- Name: COLUMN spaces_history._op; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.spaces_history._op IS 'insert, update or delete: what the load that wrote this version saw';


--
-- Name: stacks_history; Type: TABLE; Schema: __SCHEMA__; Owner: -
--

CREATE TABLE __SCHEMA__.stacks_history (
    _account text NOT NULL,
    default_ boolean,
    created_at timestamp with time zone,
    id uuid NOT NULL,
    name text,
    state text,
    updated_at timestamp with time zone,
    _load_id bigint NOT NULL,
    _hash text NOT NULL,
    _raw jsonb NOT NULL,
    _valid_from timestamp with time zone NOT NULL,
    _valid_to timestamp with time zone,
    _op text NOT NULL,
    CONSTRAINT stacks_history__op_check CHECK ((_op = ANY (ARRAY['insert'::text, 'update'::text, 'delete'::text])))
);


--
-- Name: COLUMN stacks_history._account; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.stacks_history._account IS 'label of the Heroku account the row came from (--account-label, default its email)';


--
-- Name: COLUMN stacks_history.default_; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.stacks_history.default_ IS 'indicates this stack is the default for new apps';


--
-- Name: COLUMN stacks_history.created_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.stacks_history.created_at IS 'when stack was introduced';


--
-- Name: COLUMN stacks_history.id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.stacks_history.id IS 'unique identifier of stack';


--
-- Name: COLUMN stacks_history.name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.stacks_history.name IS 'unique name of stack';


--
-- Name: COLUMN stacks_history.state; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.stacks_history.state IS 'availability of this stack: beta, deprecated or public';


--
-- Name: COLUMN stacks_history.updated_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.stacks_history.updated_at IS 'when stack was last modified';


--
-- Name: COLUMN stacks_history._load_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.stacks_history._load_id IS 'the load (heroku._loads.load_id) that wrote this version of the row';


--
-- Name: COLUMN stacks_history._hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.stacks_history._hash IS 'md5 of _raw::text; an unchanged hash means unchanged content';


--
-- Name: COLUMN stacks_history._raw; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.stacks_history._raw IS 'the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)';


--
-- Name: COLUMN stacks_history._valid_from; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.stacks_history._valid_from IS 'when this version became current (the start of the load that saw it)';


--
-- Name: COLUMN stacks_history._valid_to; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.stacks_history._valid_to IS 'when this version stopped being current; null while it is current';


--
-- Name: COLUMN stacks_history._op; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.stacks_history._op IS 'insert, update or delete: what the load that wrote this version saw';


--
-- Name: team_members_history; Type: TABLE; Schema: __SCHEMA__; Owner: -
--

CREATE TABLE __SCHEMA__.team_members_history (
    _account text NOT NULL,
    created_at timestamp with time zone,
    email text,
    federated boolean,
    id uuid NOT NULL,
    identity_provider_id uuid,
    identity_provider_name text,
    identity_provider_redacted boolean,
    identity_provider_owner_id uuid,
    identity_provider_owner_name text,
    identity_provider_owner_type text,
    role text,
    two_factor_authentication boolean,
    updated_at timestamp with time zone,
    user_email text,
    user_id uuid,
    user_name text,
    team_id uuid NOT NULL,
    team_name text,
    _load_id bigint NOT NULL,
    _hash text NOT NULL,
    _raw jsonb NOT NULL,
    _valid_from timestamp with time zone NOT NULL,
    _valid_to timestamp with time zone,
    _op text NOT NULL,
    CONSTRAINT team_members_history__op_check CHECK ((_op = ANY (ARRAY['insert'::text, 'update'::text, 'delete'::text])))
);


--
-- Name: COLUMN team_members_history._account; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members_history._account IS 'label of the Heroku account the row came from (--account-label, default its email)';


--
-- Name: COLUMN team_members_history.created_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members_history.created_at IS 'when the membership record was created';


--
-- Name: COLUMN team_members_history.email; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members_history.email IS 'email address of the team member';


--
-- Name: COLUMN team_members_history.federated; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members_history.federated IS 'whether the user is federated and belongs to an Identity Provider';


--
-- Name: COLUMN team_members_history.id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members_history.id IS 'unique identifier of the team member';


--
-- Name: COLUMN team_members_history.identity_provider_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members_history.identity_provider_id IS 'unique identifier of this identity provider';


--
-- Name: COLUMN team_members_history.identity_provider_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members_history.identity_provider_name IS 'name of the identity provider';


--
-- Name: COLUMN team_members_history.identity_provider_redacted; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members_history.identity_provider_redacted IS 'whether the identity_provider information is redacted or not';


--
-- Name: COLUMN team_members_history.identity_provider_owner_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members_history.identity_provider_owner_id IS 'unique identifier of the owner';


--
-- Name: COLUMN team_members_history.identity_provider_owner_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members_history.identity_provider_owner_name IS 'name of the owner';


--
-- Name: COLUMN team_members_history.identity_provider_owner_type; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members_history.identity_provider_owner_type IS 'type of the owner';


--
-- Name: COLUMN team_members_history.role; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members_history.role IS 'role in the team';


--
-- Name: COLUMN team_members_history.two_factor_authentication; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members_history.two_factor_authentication IS 'whether the team member has two factor authentication enabled';


--
-- Name: COLUMN team_members_history.updated_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members_history.updated_at IS 'when the membership record was updated';


--
-- Name: COLUMN team_members_history.user_email; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members_history.user_email IS 'unique email address of account';


--
-- Name: COLUMN team_members_history.user_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members_history.user_id IS 'unique identifier of an account';


--
-- Name: COLUMN team_members_history.user_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members_history.user_name IS 'full name of the account owner';


--
-- Name: COLUMN team_members_history.team_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members_history.team_id IS 'id of the team this row was fetched for';


--
-- Name: COLUMN team_members_history.team_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members_history.team_name IS 'name of the team this row was fetched for';


--
-- Name: COLUMN team_members_history._load_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members_history._load_id IS 'the load (heroku._loads.load_id) that wrote this version of the row';


--
-- Name: COLUMN team_members_history._hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members_history._hash IS 'md5 of _raw::text; an unchanged hash means unchanged content';


--
-- Name: COLUMN team_members_history._raw; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members_history._raw IS 'the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)';


--
-- Name: COLUMN team_members_history._valid_from; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members_history._valid_from IS 'when this version became current (the start of the load that saw it)';


--
-- Name: COLUMN team_members_history._valid_to; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members_history._valid_to IS 'when this version stopped being current; null while it is current';


--
-- Name: COLUMN team_members_history._op; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members_history._op IS 'insert, update or delete: what the load that wrote this version saw';


--
-- Name: teams_history; Type: TABLE; Schema: __SCHEMA__; Owner: -
--

CREATE TABLE __SCHEMA__.teams_history (
    _account text NOT NULL,
    id uuid NOT NULL,
    created_at timestamp with time zone,
    credit_card_collections boolean,
    default_ boolean,
    enterprise_account_id uuid,
    enterprise_account_name text,
    identity_provider_id uuid,
    identity_provider_name text,
    identity_provider_owner_id uuid,
    identity_provider_owner_name text,
    identity_provider_owner_type text,
    membership_limit numeric,
    name text,
    provisioned_licenses boolean,
    role text,
    type text,
    updated_at timestamp with time zone,
    _load_id bigint NOT NULL,
    _hash text NOT NULL,
    _raw jsonb NOT NULL,
    _valid_from timestamp with time zone NOT NULL,
    _valid_to timestamp with time zone,
    _op text NOT NULL,
    enterprise_account text,
    identity_provider text,
    CONSTRAINT teams_history__op_check CHECK ((_op = ANY (ARRAY['insert'::text, 'update'::text, 'delete'::text])))
);


--
-- Name: COLUMN teams_history._account; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.teams_history._account IS 'label of the Heroku account the row came from (--account-label, default its email)';


--
-- Name: COLUMN teams_history.id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.teams_history.id IS 'unique identifier of team';


--
-- Name: COLUMN teams_history.created_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.teams_history.created_at IS 'when the team was created';


--
-- Name: COLUMN teams_history.credit_card_collections; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.teams_history.credit_card_collections IS 'whether charges incurred by the team are paid by credit card.';


--
-- Name: COLUMN teams_history.default_; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.teams_history.default_ IS 'whether to use this team when none is specified';


--
-- Name: COLUMN teams_history.enterprise_account_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.teams_history.enterprise_account_id IS 'unique identifier of the enterprise account';


--
-- Name: COLUMN teams_history.enterprise_account_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.teams_history.enterprise_account_name IS 'unique name of the enterprise account';


--
-- Name: COLUMN teams_history.identity_provider_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.teams_history.identity_provider_id IS 'unique identifier of this identity provider';


--
-- Name: COLUMN teams_history.identity_provider_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.teams_history.identity_provider_name IS 'user-friendly unique identifier for this identity provider';


--
-- Name: COLUMN teams_history.identity_provider_owner_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.teams_history.identity_provider_owner_id IS 'unique identifier of the owner';


--
-- Name: COLUMN teams_history.identity_provider_owner_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.teams_history.identity_provider_owner_name IS 'name of the owner';


--
-- Name: COLUMN teams_history.identity_provider_owner_type; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.teams_history.identity_provider_owner_type IS 'type of the owner';


--
-- Name: COLUMN teams_history.membership_limit; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.teams_history.membership_limit IS 'upper limit of members allowed in a team.';


--
-- Name: COLUMN teams_history.name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.teams_history.name IS 'unique name of team';


--
-- Name: COLUMN teams_history.provisioned_licenses; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.teams_history.provisioned_licenses IS 'whether the team is provisioned licenses by salesforce.';


--
-- Name: COLUMN teams_history.role; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.teams_history.role IS 'role in the team';


--
-- Name: COLUMN teams_history.type; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.teams_history.type IS 'type of team.';


--
-- Name: COLUMN teams_history.updated_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.teams_history.updated_at IS 'when the team was updated';


--
-- Name: COLUMN teams_history._load_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.teams_history._load_id IS 'the load (heroku._loads.load_id) that wrote this version of the row';


--
-- Name: COLUMN teams_history._hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.teams_history._hash IS 'md5 of _raw::text; an unchanged hash means unchanged content';


--
-- Name: COLUMN teams_history._raw; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.teams_history._raw IS 'the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)';


--
-- Name: COLUMN teams_history._valid_from; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.teams_history._valid_from IS 'when this version became current (the start of the load that saw it)';


--
-- Name: COLUMN teams_history._valid_to; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.teams_history._valid_to IS 'when this version stopped being current; null while it is current';


--
-- Name: COLUMN teams_history._op; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.teams_history._op IS 'insert, update or delete: what the load that wrote this version saw';


--
-- Name: changes; Type: VIEW; Schema: __SCHEMA__; Owner: -
--

CREATE VIEW __SCHEMA__.changes AS
 WITH versions(report, _account, id, _op, _valid_from, _load_id, _raw, changed_keys) AS (
         SELECT 'teams'::text AS text,
            h._account,
            (h.id)::text AS id,
            h._op,
            h._valid_from,
            h._load_id,
            h._raw,
            NULL::text[] AS text
           FROM __SCHEMA__.teams_history h
          WHERE (h._op <> 'update'::text)
        UNION ALL
         SELECT 'teams'::text AS text,
            h._account,
            (h.id)::text AS id,
            h._op,
            h._valid_from,
            h._load_id,
            h._raw,
            ( SELECT array_agg(key.key ORDER BY key.key) AS array_agg
                   FROM jsonb_object_keys((h._raw || previous._raw)) key(key)
                  WHERE ((h._raw -> key.key) IS DISTINCT FROM (previous._raw -> key.key))) AS array_agg
           FROM (__SCHEMA__.teams_history h
             LEFT JOIN LATERAL ( SELECT p._raw
                   FROM __SCHEMA__.teams_history p
                  WHERE ((p._account = h._account) AND (p.id = h.id) AND (p._valid_to = h._valid_from) AND (p._load_id < h._load_id))
                  ORDER BY p._load_id DESC
                 LIMIT 1) previous ON (true))
          WHERE (h._op = 'update'::text)
        UNION ALL
         SELECT 'apps'::text AS text,
            h._account,
            (h.id)::text AS id,
            h._op,
            h._valid_from,
            h._load_id,
            h._raw,
            NULL::text[] AS text
           FROM __SCHEMA__.apps_history h
          WHERE (h._op <> 'update'::text)
        UNION ALL
         SELECT 'apps'::text AS text,
            h._account,
            (h.id)::text AS id,
            h._op,
            h._valid_from,
            h._load_id,
            h._raw,
            ( SELECT array_agg(key.key ORDER BY key.key) AS array_agg
                   FROM jsonb_object_keys((h._raw || previous._raw)) key(key)
                  WHERE ((h._raw -> key.key) IS DISTINCT FROM (previous._raw -> key.key))) AS array_agg
           FROM (__SCHEMA__.apps_history h
             LEFT JOIN LATERAL ( SELECT p._raw
                   FROM __SCHEMA__.apps_history p
                  WHERE ((p._account = h._account) AND (p.id = h.id) AND (p._valid_to = h._valid_from) AND (p._load_id < h._load_id))
                  ORDER BY p._load_id DESC
                 LIMIT 1) previous ON (true))
          WHERE (h._op = 'update'::text)
        UNION ALL
         SELECT 'addons'::text AS text,
            h._account,
            (h.id)::text AS id,
            h._op,
            h._valid_from,
            h._load_id,
            h._raw,
            NULL::text[] AS text
           FROM __SCHEMA__.addons_history h
          WHERE (h._op <> 'update'::text)
        UNION ALL
         SELECT 'addons'::text AS text,
            h._account,
            (h.id)::text AS id,
            h._op,
            h._valid_from,
            h._load_id,
            h._raw,
            ( SELECT array_agg(key.key ORDER BY key.key) AS array_agg
                   FROM jsonb_object_keys((h._raw || previous._raw)) key(key)
                  WHERE ((h._raw -> key.key) IS DISTINCT FROM (previous._raw -> key.key))) AS array_agg
           FROM (__SCHEMA__.addons_history h
             LEFT JOIN LATERAL ( SELECT p._raw
                   FROM __SCHEMA__.addons_history p
                  WHERE ((p._account = h._account) AND (p.id = h.id) AND (p._valid_to = h._valid_from) AND (p._load_id < h._load_id))
                  ORDER BY p._load_id DESC
                 LIMIT 1) previous ON (true))
          WHERE (h._op = 'update'::text)
        UNION ALL
         SELECT 'addon_services'::text AS text,
            h._account,
            (h.id)::text AS id,
            h._op,
            h._valid_from,
            h._load_id,
            h._raw,
            NULL::text[] AS text
           FROM __SCHEMA__.addon_services_history h
          WHERE (h._op <> 'update'::text)
        UNION ALL
         SELECT 'addon_services'::text AS text,
            h._account,
            (h.id)::text AS id,
            h._op,
            h._valid_from,
            h._load_id,
            h._raw,
            ( SELECT array_agg(key.key ORDER BY key.key) AS array_agg
                   FROM jsonb_object_keys((h._raw || previous._raw)) key(key)
                  WHERE ((h._raw -> key.key) IS DISTINCT FROM (previous._raw -> key.key))) AS array_agg
           FROM (__SCHEMA__.addon_services_history h
             LEFT JOIN LATERAL ( SELECT p._raw
                   FROM __SCHEMA__.addon_services_history p
                  WHERE ((p._account = h._account) AND (p.id = h.id) AND (p._valid_to = h._valid_from) AND (p._load_id < h._load_id))
                  ORDER BY p._load_id DESC
                 LIMIT 1) previous ON (true))
          WHERE (h._op = 'update'::text)
        UNION ALL
         SELECT 'account'::text AS text,
            h._account,
            (h.id)::text AS id,
            h._op,
            h._valid_from,
            h._load_id,
            h._raw,
            NULL::text[] AS text
           FROM __SCHEMA__.account_history h
          WHERE (h._op <> 'update'::text)
        UNION ALL
         SELECT 'account'::text AS text,
            h._account,
            (h.id)::text AS id,
            h._op,
            h._valid_from,
            h._load_id,
            h._raw,
            ( SELECT array_agg(key.key ORDER BY key.key) AS array_agg
                   FROM jsonb_object_keys((h._raw || previous._raw)) key(key)
                  WHERE ((h._raw -> key.key) IS DISTINCT FROM (previous._raw -> key.key))) AS array_agg
           FROM (__SCHEMA__.account_history h
             LEFT JOIN LATERAL ( SELECT p._raw
                   FROM __SCHEMA__.account_history p
                  WHERE ((p._account = h._account) AND (p.id = h.id) AND (p._valid_to = h._valid_from) AND (p._load_id < h._load_id))
                  ORDER BY p._load_id DESC
                 LIMIT 1) previous ON (true))
          WHERE (h._op = 'update'::text)
        UNION ALL
         SELECT 'addon_attachments'::text AS text,
            h._account,
            (h.id)::text AS id,
            h._op,
            h._valid_from,
            h._load_id,
            h._raw,
            NULL::text[] AS text
           FROM __SCHEMA__.addon_attachments_history h
          WHERE (h._op <> 'update'::text)
        UNION ALL
         SELECT 'addon_attachments'::text AS text,
            h._account,
            (h.id)::text AS id,
            h._op,
            h._valid_from,
            h._load_id,
            h._raw,
            ( SELECT array_agg(key.key ORDER BY key.key) AS array_agg
                   FROM jsonb_object_keys((h._raw || previous._raw)) key(key)
                  WHERE ((h._raw -> key.key) IS DISTINCT FROM (previous._raw -> key.key))) AS array_agg
           FROM (__SCHEMA__.addon_attachments_history h
             LEFT JOIN LATERAL ( SELECT p._raw
                   FROM __SCHEMA__.addon_attachments_history p
                  WHERE ((p._account = h._account) AND (p.id = h.id) AND (p._valid_to = h._valid_from) AND (p._load_id < h._load_id))
                  ORDER BY p._load_id DESC
                 LIMIT 1) previous ON (true))
          WHERE (h._op = 'update'::text)
        UNION ALL
         SELECT 'pipelines'::text AS text,
            h._account,
            (h.id)::text AS id,
            h._op,
            h._valid_from,
            h._load_id,
            h._raw,
            NULL::text[] AS text
           FROM __SCHEMA__.pipelines_history h
          WHERE (h._op <> 'update'::text)
        UNION ALL
         SELECT 'pipelines'::text AS text,
            h._account,
            (h.id)::text AS id,
            h._op,
            h._valid_from,
            h._load_id,
            h._raw,
            ( SELECT array_agg(key.key ORDER BY key.key) AS array_agg
                   FROM jsonb_object_keys((h._raw || previous._raw)) key(key)
                  WHERE ((h._raw -> key.key) IS DISTINCT FROM (previous._raw -> key.key))) AS array_agg
           FROM (__SCHEMA__.pipelines_history h
             LEFT JOIN LATERAL ( SELECT p._raw
                   FROM __SCHEMA__.pipelines_history p
                  WHERE ((p._account = h._account) AND (p.id = h.id) AND (p._valid_to = h._valid_from) AND (p._load_id < h._load_id))
                  ORDER BY p._load_id DESC
                 LIMIT 1) previous ON (true))
          WHERE (h._op = 'update'::text)
        UNION ALL
         SELECT 'pipeline_couplings'::text AS text,
            h._account,
            (h.id)::text AS id,
            h._op,
            h._valid_from,
            h._load_id,
            h._raw,
            NULL::text[] AS text
           FROM __SCHEMA__.pipeline_couplings_history h
          WHERE (h._op <> 'update'::text)
        UNION ALL
         SELECT 'pipeline_couplings'::text AS text,
            h._account,
            (h.id)::text AS id,
            h._op,
            h._valid_from,
            h._load_id,
            h._raw,
            ( SELECT array_agg(key.key ORDER BY key.key) AS array_agg
                   FROM jsonb_object_keys((h._raw || previous._raw)) key(key)
                  WHERE ((h._raw -> key.key) IS DISTINCT FROM (previous._raw -> key.key))) AS array_agg
           FROM (__SCHEMA__.pipeline_couplings_history h
             LEFT JOIN LATERAL ( SELECT p._raw
                   FROM __SCHEMA__.pipeline_couplings_history p
                  WHERE ((p._account = h._account) AND (p.id = h.id) AND (p._valid_to = h._valid_from) AND (p._load_id < h._load_id))
                  ORDER BY p._load_id DESC
                 LIMIT 1) previous ON (true))
          WHERE (h._op = 'update'::text)
        UNION ALL
         SELECT 'spaces'::text AS text,
            h._account,
            (h.id)::text AS id,
            h._op,
            h._valid_from,
            h._load_id,
            h._raw,
            NULL::text[] AS text
           FROM __SCHEMA__.spaces_history h
          WHERE (h._op <> 'update'::text)
        UNION ALL
         SELECT 'spaces'::text AS text,
            h._account,
            (h.id)::text AS id,
            h._op,
            h._valid_from,
            h._load_id,
            h._raw,
            ( SELECT array_agg(key.key ORDER BY key.key) AS array_agg
                   FROM jsonb_object_keys((h._raw || previous._raw)) key(key)
                  WHERE ((h._raw -> key.key) IS DISTINCT FROM (previous._raw -> key.key))) AS array_agg
           FROM (__SCHEMA__.spaces_history h
             LEFT JOIN LATERAL ( SELECT p._raw
                   FROM __SCHEMA__.spaces_history p
                  WHERE ((p._account = h._account) AND (p.id = h.id) AND (p._valid_to = h._valid_from) AND (p._load_id < h._load_id))
                  ORDER BY p._load_id DESC
                 LIMIT 1) previous ON (true))
          WHERE (h._op = 'update'::text)
        UNION ALL
         SELECT 'regions'::text AS text,
            h._account,
            (h.id)::text AS id,
            h._op,
            h._valid_from,
            h._load_id,
            h._raw,
            NULL::text[] AS text
           FROM __SCHEMA__.regions_history h
          WHERE (h._op <> 'update'::text)
        UNION ALL
         SELECT 'regions'::text AS text,
            h._account,
            (h.id)::text AS id,
            h._op,
            h._valid_from,
            h._load_id,
            h._raw,
            ( SELECT array_agg(key.key ORDER BY key.key) AS array_agg
                   FROM jsonb_object_keys((h._raw || previous._raw)) key(key)
                  WHERE ((h._raw -> key.key) IS DISTINCT FROM (previous._raw -> key.key))) AS array_agg
           FROM (__SCHEMA__.regions_history h
             LEFT JOIN LATERAL ( SELECT p._raw
                   FROM __SCHEMA__.regions_history p
                  WHERE ((p._account = h._account) AND (p.id = h.id) AND (p._valid_to = h._valid_from) AND (p._load_id < h._load_id))
                  ORDER BY p._load_id DESC
                 LIMIT 1) previous ON (true))
          WHERE (h._op = 'update'::text)
        UNION ALL
         SELECT 'stacks'::text AS text,
            h._account,
            (h.id)::text AS id,
            h._op,
            h._valid_from,
            h._load_id,
            h._raw,
            NULL::text[] AS text
           FROM __SCHEMA__.stacks_history h
          WHERE (h._op <> 'update'::text)
        UNION ALL
         SELECT 'stacks'::text AS text,
            h._account,
            (h.id)::text AS id,
            h._op,
            h._valid_from,
            h._load_id,
            h._raw,
            ( SELECT array_agg(key.key ORDER BY key.key) AS array_agg
                   FROM jsonb_object_keys((h._raw || previous._raw)) key(key)
                  WHERE ((h._raw -> key.key) IS DISTINCT FROM (previous._raw -> key.key))) AS array_agg
           FROM (__SCHEMA__.stacks_history h
             LEFT JOIN LATERAL ( SELECT p._raw
                   FROM __SCHEMA__.stacks_history p
                  WHERE ((p._account = h._account) AND (p.id = h.id) AND (p._valid_to = h._valid_from) AND (p._load_id < h._load_id))
                  ORDER BY p._load_id DESC
                 LIMIT 1) previous ON (true))
          WHERE (h._op = 'update'::text)
        UNION ALL
         SELECT 'dyno_sizes'::text AS text,
            h._account,
            (h.id)::text AS id,
            h._op,
            h._valid_from,
            h._load_id,
            h._raw,
            NULL::text[] AS text
           FROM __SCHEMA__.dyno_sizes_history h
          WHERE (h._op <> 'update'::text)
        UNION ALL
         SELECT 'dyno_sizes'::text AS text,
            h._account,
            (h.id)::text AS id,
            h._op,
            h._valid_from,
            h._load_id,
            h._raw,
            ( SELECT array_agg(key.key ORDER BY key.key) AS array_agg
                   FROM jsonb_object_keys((h._raw || previous._raw)) key(key)
                  WHERE ((h._raw -> key.key) IS DISTINCT FROM (previous._raw -> key.key))) AS array_agg
           FROM (__SCHEMA__.dyno_sizes_history h
             LEFT JOIN LATERAL ( SELECT p._raw
                   FROM __SCHEMA__.dyno_sizes_history p
                  WHERE ((p._account = h._account) AND (p.id = h.id) AND (p._valid_to = h._valid_from) AND (p._load_id < h._load_id))
                  ORDER BY p._load_id DESC
                 LIMIT 1) previous ON (true))
          WHERE (h._op = 'update'::text)
        UNION ALL
         SELECT 'team_members'::text AS text,
            h._account,
            (((h.team_id)::text || '/'::text) || (h.id)::text),
            h._op,
            h._valid_from,
            h._load_id,
            h._raw,
            NULL::text[] AS text
           FROM __SCHEMA__.team_members_history h
          WHERE (h._op <> 'update'::text)
        UNION ALL
         SELECT 'team_members'::text AS text,
            h._account,
            (((h.team_id)::text || '/'::text) || (h.id)::text),
            h._op,
            h._valid_from,
            h._load_id,
            h._raw,
            ( SELECT array_agg(key.key ORDER BY key.key) AS array_agg
                   FROM jsonb_object_keys((h._raw || previous._raw)) key(key)
                  WHERE ((h._raw -> key.key) IS DISTINCT FROM (previous._raw -> key.key))) AS array_agg
           FROM (__SCHEMA__.team_members_history h
             LEFT JOIN LATERAL ( SELECT p._raw
                   FROM __SCHEMA__.team_members_history p
                  WHERE ((p._account = h._account) AND (p.team_id = h.team_id) AND (p.id = h.id) AND (p._valid_to = h._valid_from) AND (p._load_id < h._load_id))
                  ORDER BY p._load_id DESC
                 LIMIT 1) previous ON (true))
          WHERE (h._op = 'update'::text)
        UNION ALL
         SELECT 'app_releases'::text AS text,
            h._account,
            (((h.app_id)::text || '/'::text) || (h.id)::text),
            h._op,
            h._valid_from,
            h._load_id,
            h._raw,
            NULL::text[] AS text
           FROM __SCHEMA__.app_releases_history h
          WHERE (h._op <> 'update'::text)
        UNION ALL
         SELECT 'app_releases'::text AS text,
            h._account,
            (((h.app_id)::text || '/'::text) || (h.id)::text),
            h._op,
            h._valid_from,
            h._load_id,
            h._raw,
            ( SELECT array_agg(key.key ORDER BY key.key) AS array_agg
                   FROM jsonb_object_keys((h._raw || previous._raw)) key(key)
                  WHERE ((h._raw -> key.key) IS DISTINCT FROM (previous._raw -> key.key))) AS array_agg
           FROM (__SCHEMA__.app_releases_history h
             LEFT JOIN LATERAL ( SELECT p._raw
                   FROM __SCHEMA__.app_releases_history p
                  WHERE ((p._account = h._account) AND (p.app_id = h.app_id) AND (p.id = h.id) AND (p._valid_to = h._valid_from) AND (p._load_id < h._load_id))
                  ORDER BY p._load_id DESC
                 LIMIT 1) previous ON (true))
          WHERE (h._op = 'update'::text)
        UNION ALL
         SELECT 'app_formation'::text AS text,
            h._account,
            (((h.app_id)::text || '/'::text) || (h.id)::text),
            h._op,
            h._valid_from,
            h._load_id,
            h._raw,
            NULL::text[] AS text
           FROM __SCHEMA__.app_formation_history h
          WHERE (h._op <> 'update'::text)
        UNION ALL
         SELECT 'app_formation'::text AS text,
            h._account,
            (((h.app_id)::text || '/'::text) || (h.id)::text),
            h._op,
            h._valid_from,
            h._load_id,
            h._raw,
            ( SELECT array_agg(key.key ORDER BY key.key) AS array_agg
                   FROM jsonb_object_keys((h._raw || previous._raw)) key(key)
                  WHERE ((h._raw -> key.key) IS DISTINCT FROM (previous._raw -> key.key))) AS array_agg
           FROM (__SCHEMA__.app_formation_history h
             LEFT JOIN LATERAL ( SELECT p._raw
                   FROM __SCHEMA__.app_formation_history p
                  WHERE ((p._account = h._account) AND (p.app_id = h.app_id) AND (p.id = h.id) AND (p._valid_to = h._valid_from) AND (p._load_id < h._load_id))
                  ORDER BY p._load_id DESC
                 LIMIT 1) previous ON (true))
          WHERE (h._op = 'update'::text)
        UNION ALL
         SELECT 'app_domains'::text AS text,
            h._account,
            (((h.app_id)::text || '/'::text) || (h.id)::text),
            h._op,
            h._valid_from,
            h._load_id,
            h._raw,
            NULL::text[] AS text
           FROM __SCHEMA__.app_domains_history h
          WHERE (h._op <> 'update'::text)
        UNION ALL
         SELECT 'app_domains'::text AS text,
            h._account,
            (((h.app_id)::text || '/'::text) || (h.id)::text),
            h._op,
            h._valid_from,
            h._load_id,
            h._raw,
            ( SELECT array_agg(key.key ORDER BY key.key) AS array_agg
                   FROM jsonb_object_keys((h._raw || previous._raw)) key(key)
                  WHERE ((h._raw -> key.key) IS DISTINCT FROM (previous._raw -> key.key))) AS array_agg
           FROM (__SCHEMA__.app_domains_history h
             LEFT JOIN LATERAL ( SELECT p._raw
                   FROM __SCHEMA__.app_domains_history p
                  WHERE ((p._account = h._account) AND (p.app_id = h.app_id) AND (p.id = h.id) AND (p._valid_to = h._valid_from) AND (p._load_id < h._load_id))
                  ORDER BY p._load_id DESC
                 LIMIT 1) previous ON (true))
          WHERE (h._op = 'update'::text)
        UNION ALL
         SELECT 'app_collaborators'::text AS text,
            h._account,
            (((h.app_id)::text || '/'::text) || (h.id)::text),
            h._op,
            h._valid_from,
            h._load_id,
            h._raw,
            NULL::text[] AS text
           FROM __SCHEMA__.app_collaborators_history h
          WHERE (h._op <> 'update'::text)
        UNION ALL
         SELECT 'app_collaborators'::text AS text,
            h._account,
            (((h.app_id)::text || '/'::text) || (h.id)::text),
            h._op,
            h._valid_from,
            h._load_id,
            h._raw,
            ( SELECT array_agg(key.key ORDER BY key.key) AS array_agg
                   FROM jsonb_object_keys((h._raw || previous._raw)) key(key)
                  WHERE ((h._raw -> key.key) IS DISTINCT FROM (previous._raw -> key.key))) AS array_agg
           FROM (__SCHEMA__.app_collaborators_history h
             LEFT JOIN LATERAL ( SELECT p._raw
                   FROM __SCHEMA__.app_collaborators_history p
                  WHERE ((p._account = h._account) AND (p.app_id = h.app_id) AND (p.id = h.id) AND (p._valid_to = h._valid_from) AND (p._load_id < h._load_id))
                  ORDER BY p._load_id DESC
                 LIMIT 1) previous ON (true))
          WHERE (h._op = 'update'::text)
        )
 SELECT versions._valid_from AS changed_at,
    versions.report,
    versions._account,
    versions.id,
        CASE versions.report
            WHEN 'app_releases'::text THEN ('v'::text || (versions._raw ->> 'version'::text))
            WHEN 'app_formation'::text THEN (versions._raw ->> 'type'::text)
            WHEN 'app_domains'::text THEN (versions._raw ->> 'hostname'::text)
            WHEN 'app_collaborators'::text THEN (versions._raw #>> '{user,email}'::text[])
            WHEN 'team_members'::text THEN (versions._raw ->> 'email'::text)
            WHEN 'account'::text THEN (versions._raw ->> 'email'::text)
            WHEN 'addon_attachments'::text THEN (versions._raw ->> 'name'::text)
            WHEN 'pipeline_couplings'::text THEN (versions._raw ->> 'stage'::text)
            ELSE (versions._raw ->> 'name'::text)
        END AS name,
    versions._op AS operation,
    versions._load_id AS load_id,
    versions.changed_keys
   FROM versions;


--
-- Name: VIEW changes; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON VIEW __SCHEMA__.changes IS 'Every change across reports: when, which report and object, insert/update/delete, and the top-level JSON keys an update changed.';


--
-- Name: team_members; Type: TABLE; Schema: __SCHEMA__; Owner: -
--

CREATE TABLE __SCHEMA__.team_members (
    _account text NOT NULL,
    created_at timestamp with time zone,
    email text,
    federated boolean,
    id uuid NOT NULL,
    identity_provider_id uuid,
    identity_provider_name text,
    identity_provider_redacted boolean,
    identity_provider_owner_id uuid,
    identity_provider_owner_name text,
    identity_provider_owner_type text,
    role text,
    two_factor_authentication boolean,
    updated_at timestamp with time zone,
    user_email text,
    user_id uuid,
    user_name text,
    team_id uuid NOT NULL,
    team_name text,
    _load_id bigint NOT NULL,
    _hash text NOT NULL,
    _raw jsonb NOT NULL,
    _fetch_hash text
);


--
-- Name: COLUMN team_members._account; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members._account IS 'label of the Heroku account the row came from (--account-label, default its email)';


--
-- Name: COLUMN team_members.created_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members.created_at IS 'when the membership record was created';


--
-- Name: COLUMN team_members.email; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members.email IS 'email address of the team member';


--
-- Name: COLUMN team_members.federated; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members.federated IS 'whether the user is federated and belongs to an Identity Provider';


--
-- Name: COLUMN team_members.id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members.id IS 'unique identifier of the team member';


--
-- Name: COLUMN team_members.identity_provider_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members.identity_provider_id IS 'unique identifier of this identity provider';


--
-- Name: COLUMN team_members.identity_provider_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members.identity_provider_name IS 'name of the identity provider';


--
-- Name: COLUMN team_members.identity_provider_redacted; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members.identity_provider_redacted IS 'whether the identity_provider information is redacted or not';


--
-- Name: COLUMN team_members.identity_provider_owner_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members.identity_provider_owner_id IS 'unique identifier of the owner';


--
-- Name: COLUMN team_members.identity_provider_owner_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members.identity_provider_owner_name IS 'name of the owner';


--
-- Name: COLUMN team_members.identity_provider_owner_type; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members.identity_provider_owner_type IS 'type of the owner';


--
-- Name: COLUMN team_members.role; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members.role IS 'role in the team';


--
-- Name: COLUMN team_members.two_factor_authentication; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members.two_factor_authentication IS 'whether the team member has two factor authentication enabled';


--
-- Name: COLUMN team_members.updated_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members.updated_at IS 'when the membership record was updated';


--
-- Name: COLUMN team_members.user_email; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members.user_email IS 'unique email address of account';


--
-- Name: COLUMN team_members.user_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members.user_id IS 'unique identifier of an account';


--
-- Name: COLUMN team_members.user_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members.user_name IS 'full name of the account owner';


--
-- Name: COLUMN team_members.team_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members.team_id IS 'id of the team this row was fetched for';


--
-- Name: COLUMN team_members.team_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members.team_name IS 'name of the team this row was fetched for';


--
-- Name: COLUMN team_members._load_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members._load_id IS 'the load (heroku._loads.load_id) that wrote this version of the row';


--
-- Name: COLUMN team_members._hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members._hash IS 'md5 of _raw::text; an unchanged hash means unchanged content';


--
-- Name: COLUMN team_members._raw; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members._raw IS 'the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)';


--
-- Name: COLUMN team_members._fetch_hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.team_members._fetch_hash IS 'fingerprint of the JSON text last staged (MurmurHash3 128): a reload skips objects that arrive exactly as stored';


--
-- Name: members_without_2fa; Type: VIEW; Schema: __SCHEMA__; Owner: -
--

CREATE VIEW __SCHEMA__.members_without_2fa AS
 SELECT m._account,
    m.team_id,
    m.team_name,
    m.id AS member_id,
    m.email,
    m.user_name,
    m.role,
    m.federated,
    m.created_at
   FROM __SCHEMA__.team_members m
  WHERE ((m.two_factor_authentication)::text IS DISTINCT FROM 'true'::text);


--
-- Name: VIEW members_without_2fa; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON VIEW __SCHEMA__.members_without_2fa IS 'Team members without two-factor authentication (one row per team and member).';


--
-- Name: pipeline_couplings; Type: TABLE; Schema: __SCHEMA__; Owner: -
--

CREATE TABLE __SCHEMA__.pipeline_couplings (
    _account text NOT NULL,
    app_id uuid,
    created_at timestamp with time zone,
    id uuid NOT NULL,
    pipeline_id uuid,
    stage text,
    updated_at timestamp with time zone,
    _load_id bigint NOT NULL,
    _hash text NOT NULL,
    _raw jsonb NOT NULL,
    _fetch_hash text
);


--
-- Name: COLUMN pipeline_couplings._account; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipeline_couplings._account IS 'label of the Heroku account the row came from (--account-label, default its email)';


--
-- Name: COLUMN pipeline_couplings.app_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipeline_couplings.app_id IS 'unique identifier of app';


--
-- Name: COLUMN pipeline_couplings.created_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipeline_couplings.created_at IS 'when pipeline coupling was created';


--
-- Name: COLUMN pipeline_couplings.id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipeline_couplings.id IS 'unique identifier of pipeline coupling';


--
-- Name: COLUMN pipeline_couplings.pipeline_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipeline_couplings.pipeline_id IS 'unique identifier of pipeline';


--
-- Name: COLUMN pipeline_couplings.stage; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipeline_couplings.stage IS 'target pipeline stage';


--
-- Name: COLUMN pipeline_couplings.updated_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipeline_couplings.updated_at IS 'when pipeline coupling was updated';


--
-- Name: COLUMN pipeline_couplings._load_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipeline_couplings._load_id IS 'the load (heroku._loads.load_id) that wrote this version of the row';


--
-- Name: COLUMN pipeline_couplings._hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipeline_couplings._hash IS 'md5 of _raw::text; an unchanged hash means unchanged content';


--
-- Name: COLUMN pipeline_couplings._raw; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipeline_couplings._raw IS 'the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)';


--
-- Name: COLUMN pipeline_couplings._fetch_hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipeline_couplings._fetch_hash IS 'fingerprint of the JSON text last staged (MurmurHash3 128): a reload skips objects that arrive exactly as stored';


--
-- Name: pipelines; Type: TABLE; Schema: __SCHEMA__; Owner: -
--

CREATE TABLE __SCHEMA__.pipelines (
    _account text NOT NULL,
    created_at timestamp with time zone,
    id uuid NOT NULL,
    name text,
    owner_id uuid,
    owner_type text,
    updated_at timestamp with time zone,
    generation_id uuid,
    generation_name text,
    _load_id bigint NOT NULL,
    _hash text NOT NULL,
    _raw jsonb NOT NULL,
    _fetch_hash text
);


--
-- Name: COLUMN pipelines._account; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipelines._account IS 'label of the Heroku account the row came from (--account-label, default its email)';


--
-- Name: COLUMN pipelines.created_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipelines.created_at IS 'when pipeline was created';


--
-- Name: COLUMN pipelines.id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipelines.id IS 'unique identifier of pipeline';


--
-- Name: COLUMN pipelines.name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipelines.name IS 'name of pipeline';


--
-- Name: COLUMN pipelines.owner_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipelines.owner_id IS 'unique identifier of a pipeline owner';


--
-- Name: COLUMN pipelines.owner_type; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipelines.owner_type IS 'type of pipeline owner';


--
-- Name: COLUMN pipelines.updated_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipelines.updated_at IS 'when pipeline was updated';


--
-- Name: COLUMN pipelines.generation_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipelines.generation_id IS 'unique identifier of the generation of the Heroku platform for this pipeline';


--
-- Name: COLUMN pipelines.generation_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipelines.generation_name IS 'unique name of the generation of the Heroku platform for this pipeline';


--
-- Name: COLUMN pipelines._load_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipelines._load_id IS 'the load (heroku._loads.load_id) that wrote this version of the row';


--
-- Name: COLUMN pipelines._hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipelines._hash IS 'md5 of _raw::text; an unchanged hash means unchanged content';


--
-- Name: COLUMN pipelines._raw; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipelines._raw IS 'the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)';


--
-- Name: COLUMN pipelines._fetch_hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.pipelines._fetch_hash IS 'fingerprint of the JSON text last staged (MurmurHash3 128): a reload skips objects that arrive exactly as stored';


--
-- Name: regions; Type: TABLE; Schema: __SCHEMA__; Owner: -
--

CREATE TABLE __SCHEMA__.regions (
    _account text NOT NULL,
    country text,
    created_at timestamp with time zone,
    description text,
    id uuid NOT NULL,
    locale text,
    name text,
    private_capable boolean,
    provider_name text,
    provider_region text,
    updated_at timestamp with time zone,
    _load_id bigint NOT NULL,
    _hash text NOT NULL,
    _raw jsonb NOT NULL,
    _fetch_hash text
);


--
-- Name: COLUMN regions._account; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.regions._account IS 'label of the Heroku account the row came from (--account-label, default its email)';


--
-- Name: COLUMN regions.country; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.regions.country IS 'country where the region exists';


--
-- Name: COLUMN regions.created_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.regions.created_at IS 'when region was created';


--
-- Name: COLUMN regions.description; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.regions.description IS 'description of region';


--
-- Name: COLUMN regions.id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.regions.id IS 'unique identifier of region';


--
-- Name: COLUMN regions.locale; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.regions.locale IS 'area in the country where the region exists';


--
-- Name: COLUMN regions.name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.regions.name IS 'unique name of region';


--
-- Name: COLUMN regions.private_capable; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.regions.private_capable IS 'whether or not region is available for creating a Private Space';


--
-- Name: COLUMN regions.provider_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.regions.provider_name IS 'name of provider';


--
-- Name: COLUMN regions.provider_region; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.regions.provider_region IS 'region name used by provider';


--
-- Name: COLUMN regions.updated_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.regions.updated_at IS 'when region was updated';


--
-- Name: COLUMN regions._load_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.regions._load_id IS 'the load (heroku._loads.load_id) that wrote this version of the row';


--
-- Name: COLUMN regions._hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.regions._hash IS 'md5 of _raw::text; an unchanged hash means unchanged content';


--
-- Name: COLUMN regions._raw; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.regions._raw IS 'the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)';


--
-- Name: COLUMN regions._fetch_hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.regions._fetch_hash IS 'fingerprint of the JSON text last staged (MurmurHash3 128): a reload skips objects that arrive exactly as stored';


--
-- Name: release_history; Type: VIEW; Schema: __SCHEMA__; Owner: -
--

CREATE VIEW __SCHEMA__.release_history AS
 WITH releases AS (
         SELECT r._account,
            r.app_id,
            r.app_name,
            r.status,
            __SCHEMA__._as_number((r.version)::text) AS version,
            (date_trunc('week'::text, (__SCHEMA__._as_timestamptz((to_jsonb(r.created_at) #>> '{}'::text[])) AT TIME ZONE 'UTC'::text)))::date AS week
           FROM __SCHEMA__.app_releases r
        )
 SELECT releases._account,
    releases.app_id,
    max(releases.app_name) AS app_name,
    releases.week,
    count(*) AS releases,
    count(*) FILTER (WHERE (releases.status = 'succeeded'::text)) AS succeeded,
    count(*) FILTER (WHERE (releases.status = 'failed'::text)) AS failed,
    trim_scale(min(releases.version)) AS first_version,
    trim_scale(max(releases.version)) AS last_version
   FROM releases
  WHERE (releases.week IS NOT NULL)
  GROUP BY releases._account, releases.app_id, releases.week;


--
-- Name: VIEW release_history; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON VIEW __SCHEMA__.release_history IS 'Releases per app per week (cut in UTC, weeks start Monday, independent of the session''s TimeZone): total, succeeded, failed, version range.';


--
-- Name: spaces; Type: TABLE; Schema: __SCHEMA__; Owner: -
--

CREATE TABLE __SCHEMA__.spaces (
    _account text NOT NULL,
    created_at timestamp with time zone,
    id uuid NOT NULL,
    name text,
    organization_name text,
    team_id uuid,
    team_name text,
    region_id uuid,
    region_name text,
    shield boolean,
    state text,
    updated_at timestamp with time zone,
    cidr text,
    data_cidr text,
    generation_id uuid,
    generation_name text,
    _load_id bigint NOT NULL,
    _hash text NOT NULL,
    _raw jsonb NOT NULL,
    _fetch_hash text
);


--
-- Name: COLUMN spaces._account; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.spaces._account IS 'label of the Heroku account the row came from (--account-label, default its email)';


--
-- Name: COLUMN spaces.created_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.spaces.created_at IS 'when space was created';


--
-- Name: COLUMN spaces.id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.spaces.id IS 'unique identifier of space';


--
-- Name: COLUMN spaces.name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.spaces.name IS 'unique name of space';


--
-- Name: COLUMN spaces.organization_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.spaces.organization_name IS 'unique name of team';


--
-- Name: COLUMN spaces.team_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.spaces.team_id IS 'unique identifier of team';


--
-- Name: COLUMN spaces.team_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.spaces.team_name IS 'unique name of team';


--
-- Name: COLUMN spaces.region_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.spaces.region_id IS 'unique identifier of region';


--
-- Name: COLUMN spaces.region_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.spaces.region_name IS 'unique name of region';


--
-- Name: COLUMN spaces.shield; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.spaces.shield IS 'true if this space has shield enabled';


--
-- Name: COLUMN spaces.state; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.spaces.state IS 'availability of this space';


--
-- Name: COLUMN spaces.updated_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.spaces.updated_at IS 'when space was updated';


--
-- Name: COLUMN spaces.cidr; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.spaces.cidr IS 'The RFC-1918 CIDR the Private Space will use. It must be a /16 in 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16';


--
-- Name: COLUMN spaces.data_cidr; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.spaces.data_cidr IS 'The RFC-1918 CIDR that the Private Space will use for the Heroku-managed peering connection that''s automatically created when using Heroku Data add-ons. It must be between a /16 and a /20';


--
-- Name: COLUMN spaces.generation_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.spaces.generation_id IS 'unique identifier of the generation of the Heroku platform for this space';


--
-- Name: COLUMN spaces.generation_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.spaces.generation_name IS 'unique name of the generation of the Heroku platform for this space';


--
-- Name: COLUMN spaces._load_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.spaces._load_id IS 'the load (heroku._loads.load_id) that wrote this version of the row';


--
-- Name: COLUMN spaces._hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.spaces._hash IS 'md5 of _raw::text; an unchanged hash means unchanged content';


--
-- Name: COLUMN spaces._raw; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.spaces._raw IS 'the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)';


--
-- Name: COLUMN spaces._fetch_hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.spaces._fetch_hash IS 'fingerprint of the JSON text last staged (MurmurHash3 128): a reload skips objects that arrive exactly as stored';


--
-- Name: stacks; Type: TABLE; Schema: __SCHEMA__; Owner: -
--

CREATE TABLE __SCHEMA__.stacks (
    _account text NOT NULL,
    default_ boolean,
    created_at timestamp with time zone,
    id uuid NOT NULL,
    name text,
    state text,
    updated_at timestamp with time zone,
    _load_id bigint NOT NULL,
    _hash text NOT NULL,
    _raw jsonb NOT NULL,
    _fetch_hash text
);


--
-- Name: COLUMN stacks._account; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.stacks._account IS 'label of the Heroku account the row came from (--account-label, default its email)';


--
-- Name: COLUMN stacks.default_; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.stacks.default_ IS 'indicates this stack is the default for new apps';


--
-- Name: COLUMN stacks.created_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.stacks.created_at IS 'when stack was introduced';


--
-- Name: COLUMN stacks.id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.stacks.id IS 'unique identifier of stack';


--
-- Name: COLUMN stacks.name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.stacks.name IS 'unique name of stack';


--
-- Name: COLUMN stacks.state; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.stacks.state IS 'availability of this stack: beta, deprecated or public';


--
-- Name: COLUMN stacks.updated_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.stacks.updated_at IS 'when stack was last modified';


--
-- Name: COLUMN stacks._load_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.stacks._load_id IS 'the load (heroku._loads.load_id) that wrote this version of the row';


--
-- Name: COLUMN stacks._hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.stacks._hash IS 'md5 of _raw::text; an unchanged hash means unchanged content';


--
-- Name: COLUMN stacks._raw; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.stacks._raw IS 'the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)';


--
-- Name: COLUMN stacks._fetch_hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.stacks._fetch_hash IS 'fingerprint of the JSON text last staged (MurmurHash3 128): a reload skips objects that arrive exactly as stored';


--
-- Name: stale_apps; Type: VIEW; Schema: __SCHEMA__; Owner: -
--

CREATE VIEW __SCHEMA__.stale_apps AS
 WITH settings AS (
         SELECT COALESCE(( SELECT (__SCHEMA__._as_number(_meta.value))::integer AS _as_number
                   FROM __SCHEMA__._meta
                  WHERE (_meta.key = 'stale_app_days'::text)), 90) AS days
        ), coverage AS (
         SELECT report_coverage._account,
            bool_and(report_coverage.loaded) AS complete,
            bool_and(report_coverage.loaded) FILTER (WHERE (report_coverage.report = 'app_formation'::text)) AS formation_known
           FROM __SCHEMA__.report_coverage
          WHERE (report_coverage.report = ANY (ARRAY['apps'::text, 'app_releases'::text, 'app_formation'::text]))
          GROUP BY report_coverage._account
        ), running AS (
         SELECT app_formation._account,
            (app_formation.app_id)::text AS app_id,
            trim_scale(sum(__SCHEMA__._as_number((app_formation.quantity)::text))) AS dynos,
            string_agg(((((app_formation.type || ' '::text) || COALESCE((trim_scale(__SCHEMA__._as_number((app_formation.quantity)::text)))::text, '?'::text)) || 'x'::text) || COALESCE(app_formation.dyno_size_name, app_formation.size, '?'::text)), ', '::text ORDER BY app_formation.type) AS formation
           FROM __SCHEMA__.app_formation
          GROUP BY app_formation._account, (app_formation.app_id)::text
        )
 SELECT r._account,
    r.app_id,
    r.app_name,
    r.team_name,
    r.created_at,
    r.last_release_at AS last_succeeded_release_at,
    r.release_source,
    r.days_since_release,
        CASE
            WHEN c.formation_known THEN COALESCE(f.dynos, (0)::numeric)
            ELSE NULL::numeric
        END AS dynos,
        CASE
            WHEN c.formation_known THEN COALESCE(f.formation, ''::text)
            ELSE NULL::text
        END AS formation,
    (r.complete AND COALESCE(c.complete, false)) AS complete
   FROM (((__SCHEMA__.apps_without_recent_release r
     CROSS JOIN settings s)
     LEFT JOIN coverage c ON ((c._account = r._account)))
     LEFT JOIN running f ON (((f._account = r._account) AND (f.app_id = (r.app_id)::text))))
  WHERE ((COALESCE(r.last_release_at, r.created_at, '-infinity'::timestamp with time zone) < (now() - make_interval(hours => (24 * s.days)))) AND (COALESCE(r.created_at, '-infinity'::timestamp with time zone) < (now() - make_interval(hours => (24 * s.days)))) AND ((c.formation_known IS NOT TRUE) OR (COALESCE(f.dynos, (0)::numeric) = (0)::numeric)));


--
-- Name: VIEW stale_apps; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON VIEW __SCHEMA__.stale_apps IS 'Apps that look abandoned: no dyno running and no succeeded release for _meta.stale_app_days days (90), with the evidence; complete = false where app_releases or app_formation never loaded for the account.';


--
-- Name: teams; Type: TABLE; Schema: __SCHEMA__; Owner: -
--

CREATE TABLE __SCHEMA__.teams (
    _account text NOT NULL,
    id uuid NOT NULL,
    created_at timestamp with time zone,
    credit_card_collections boolean,
    default_ boolean,
    enterprise_account_id uuid,
    enterprise_account_name text,
    identity_provider_id uuid,
    identity_provider_name text,
    identity_provider_owner_id uuid,
    identity_provider_owner_name text,
    identity_provider_owner_type text,
    membership_limit numeric,
    name text,
    provisioned_licenses boolean,
    role text,
    type text,
    updated_at timestamp with time zone,
    _load_id bigint NOT NULL,
    _hash text NOT NULL,
    _raw jsonb NOT NULL,
    _fetch_hash text,
    enterprise_account text,
    identity_provider text
);


--
-- Name: COLUMN teams._account; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.teams._account IS 'label of the Heroku account the row came from (--account-label, default its email)';


--
-- Name: COLUMN teams.id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.teams.id IS 'unique identifier of team';


--
-- Name: COLUMN teams.created_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.teams.created_at IS 'when the team was created';


--
-- Name: COLUMN teams.credit_card_collections; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.teams.credit_card_collections IS 'whether charges incurred by the team are paid by credit card.';


--
-- Name: COLUMN teams.default_; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.teams.default_ IS 'whether to use this team when none is specified';


--
-- Name: COLUMN teams.enterprise_account_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.teams.enterprise_account_id IS 'unique identifier of the enterprise account';


--
-- Name: COLUMN teams.enterprise_account_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.teams.enterprise_account_name IS 'unique name of the enterprise account';


--
-- Name: COLUMN teams.identity_provider_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.teams.identity_provider_id IS 'unique identifier of this identity provider';


--
-- Name: COLUMN teams.identity_provider_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.teams.identity_provider_name IS 'user-friendly unique identifier for this identity provider';


--
-- Name: COLUMN teams.identity_provider_owner_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.teams.identity_provider_owner_id IS 'unique identifier of the owner';


--
-- Name: COLUMN teams.identity_provider_owner_name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.teams.identity_provider_owner_name IS 'name of the owner';


--
-- Name: COLUMN teams.identity_provider_owner_type; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.teams.identity_provider_owner_type IS 'type of the owner';


--
-- Name: COLUMN teams.membership_limit; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.teams.membership_limit IS 'upper limit of members allowed in a team.';


--
-- Name: COLUMN teams.name; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.teams.name IS 'unique name of team';


--
-- Name: COLUMN teams.provisioned_licenses; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.teams.provisioned_licenses IS 'whether the team is provisioned licenses by salesforce.';


--
-- Name: COLUMN teams.role; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.teams.role IS 'role in the team';


--
-- Name: COLUMN teams.type; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.teams.type IS 'type of team.';


--
-- Name: COLUMN teams.updated_at; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.teams.updated_at IS 'when the team was updated';


--
-- Name: COLUMN teams._load_id; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.teams._load_id IS 'the load (heroku._loads.load_id) that wrote this version of the row';


--
-- Name: COLUMN teams._hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.teams._hash IS 'md5 of _raw::text; an unchanged hash means unchanged content';


--
-- Name: COLUMN teams._raw; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.teams._raw IS 'the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)';


--
-- Name: COLUMN teams._fetch_hash; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON COLUMN __SCHEMA__.teams._fetch_hash IS 'fingerprint of the JSON text last staged (MurmurHash3 128): a reload skips objects that arrive exactly as stored';


--
-- Name: team_costs; Type: VIEW; Schema: __SCHEMA__; Owner: -
--

CREATE VIEW __SCHEMA__.team_costs AS
 WITH per_team AS (
         SELECT app_costs._account,
            app_costs.team_name,
            count(*) AS app_count,
            (sum(app_costs.addon_count))::bigint AS addon_count,
            (sum(app_costs.contract_addon_count))::bigint AS contract_addon_count,
            (sum(app_costs.unpriced_addon_count))::bigint AS unpriced_addon_count,
            sum(app_costs.addon_cost_cents) AS addon_cost_cents,
            sum(app_costs.dyno_cost_cents) AS dyno_cost_cents,
            sum(app_costs.monthly_cost_cents) AS monthly_cost_cents,
            sum(app_costs.unpriced_dyno_count) AS unpriced_dyno_count
           FROM __SCHEMA__.app_costs
          GROUP BY app_costs._account, app_costs.team_name
        ), coverage AS (
         SELECT report_coverage._account,
            bool_and(report_coverage.loaded) AS complete
           FROM __SCHEMA__.report_coverage
          WHERE (report_coverage.report = ANY (ARRAY['teams'::text, 'apps'::text, 'addons'::text, 'app_formation'::text, 'dyno_sizes'::text]))
          GROUP BY report_coverage._account
        )
 SELECT COALESCE(t._account, p._account) AS _account,
    t.id AS team_id,
    COALESCE(t.name, p.team_name) AS team_name,
    COALESCE(p.app_count, (0)::bigint) AS app_count,
    COALESCE(p.addon_count, (0)::bigint) AS addon_count,
    COALESCE(p.contract_addon_count, (0)::bigint) AS contract_addon_count,
    COALESCE(p.unpriced_addon_count, (0)::bigint) AS unpriced_addon_count,
    COALESCE(p.addon_cost_cents, (0)::numeric) AS addon_cost_cents,
        CASE
            WHEN (p._account IS NOT NULL) THEN p.dyno_cost_cents
            WHEN c.complete THEN (0)::numeric
            ELSE NULL::numeric
        END AS dyno_cost_cents,
        CASE
            WHEN (p._account IS NOT NULL) THEN p.monthly_cost_cents
            WHEN c.complete THEN (0)::numeric
            ELSE NULL::numeric
        END AS monthly_cost_cents,
    round((
        CASE
            WHEN (p._account IS NOT NULL) THEN p.monthly_cost_cents
            WHEN c.complete THEN (0)::numeric
            ELSE NULL::numeric
        END / 100.0), 2) AS monthly_cost_dollars,
        CASE
            WHEN (p._account IS NOT NULL) THEN p.unpriced_dyno_count
            WHEN c.complete THEN (0)::numeric
            ELSE NULL::numeric
        END AS unpriced_dyno_count,
    COALESCE(c.complete, false) AS complete
   FROM ((__SCHEMA__.teams t
     FULL JOIN per_team p ON (((p._account = t._account) AND (p.team_name = t.name))))
     LEFT JOIN coverage c ON ((c._account = COALESCE(t._account, p._account))));


--
-- Name: VIEW team_costs; Type: COMMENT; Schema: __SCHEMA__; Owner: -
--

COMMENT ON VIEW __SCHEMA__.team_costs IS 'What each team''s apps cost a month at list prices (app_costs by team: add-ons, dynos, total; contract and unpriced counted apart); team_name null is the personal apps; complete = false where a needed report never loaded.';


--
-- Name: _loads load_id; Type: DEFAULT; Schema: __SCHEMA__; Owner: -
--

ALTER TABLE ONLY __SCHEMA__._loads ALTER COLUMN load_id SET DEFAULT nextval('__SCHEMA__._loads_load_id_seq'::regclass);


--
-- Name: _schema_changes change_id; Type: DEFAULT; Schema: __SCHEMA__; Owner: -
--

ALTER TABLE ONLY __SCHEMA__._schema_changes ALTER COLUMN change_id SET DEFAULT nextval('__SCHEMA__._schema_changes_change_id_seq'::regclass);


--
-- Data for Name: _columns; Type: TABLE DATA; Schema: __SCHEMA__; Owner: -
--

INSERT INTO __SCHEMA__._columns VALUES ('teams', 'id', '{id}', 'uuid', 'declared', 'unique identifier of team', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('teams', 'created_at', '{created_at}', 'timestamptz', 'declared', 'when the team was created', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('teams', 'credit_card_collections', '{credit_card_collections}', 'boolean', 'declared', 'whether charges incurred by the team are paid by credit card.', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('teams', 'default_', '{default}', 'boolean', 'declared', 'whether to use this team when none is specified', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('teams', 'enterprise_account_id', '{enterprise_account,id}', 'uuid', 'declared', 'unique identifier of the enterprise account', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('teams', 'enterprise_account_name', '{enterprise_account,name}', 'text', 'declared', 'unique name of the enterprise account', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('teams', 'identity_provider_id', '{identity_provider,id}', 'uuid', 'declared', 'unique identifier of this identity provider', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('teams', 'identity_provider_name', '{identity_provider,name}', 'text', 'declared', 'user-friendly unique identifier for this identity provider', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('teams', 'identity_provider_owner_id', '{identity_provider,owner,id}', 'uuid', 'declared', 'unique identifier of the owner', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('teams', 'identity_provider_owner_name', '{identity_provider,owner,name}', 'text', 'declared', 'name of the owner', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('teams', 'identity_provider_owner_type', '{identity_provider,owner,type}', 'text', 'declared', 'type of the owner', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('teams', 'membership_limit', '{membership_limit}', 'numeric', 'declared', 'upper limit of members allowed in a team.', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('teams', 'name', '{name}', 'text', 'declared', 'unique name of team', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('teams', 'provisioned_licenses', '{provisioned_licenses}', 'boolean', 'declared', 'whether the team is provisioned licenses by salesforce.', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('teams', 'role', '{role}', 'text', 'declared', 'role in the team', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('teams', 'type', '{type}', 'text', 'declared', 'type of team.', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('teams', 'updated_at', '{updated_at}', 'timestamptz', 'declared', 'when the team was updated', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('apps', 'acm', '{acm}', 'boolean', 'declared', 'ACM status of this app', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('apps', 'archived_at', '{archived_at}', 'timestamptz', 'declared', 'when app was archived', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('apps', 'buildpack_provided_description', '{buildpack_provided_description}', 'text', 'declared', 'description from buildpack of app', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('apps', 'build_stack_id', '{build_stack,id}', 'uuid', 'declared', 'unique identifier of stack', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('apps', 'build_stack_name', '{build_stack,name}', 'text', 'declared', 'unique name of stack', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('apps', 'created_at', '{created_at}', 'timestamptz', 'declared', 'when app was created', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('apps', 'generation_id', '{generation,id}', 'uuid', 'declared', 'unique identifier of the generation of the Heroku platform for this app', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('apps', 'generation_name', '{generation,name}', 'text', 'declared', 'unique name of the generation of the Heroku platform for this app', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('apps', 'git_url', '{git_url}', 'text', 'declared', 'git repo URL of app', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('apps', 'id', '{id}', 'uuid', 'declared', 'unique identifier of app', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('apps', 'internal_routing', '{internal_routing}', 'boolean', 'declared', 'describes whether a Private Spaces app is externally routable or not', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('apps', 'maintenance', '{maintenance}', 'boolean', 'declared', 'maintenance status of app', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('apps', 'name', '{name}', 'text', 'declared', 'unique name of app', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('apps', 'owner_email', '{owner,email}', 'text', 'declared', 'unique email address of account', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('apps', 'owner_id', '{owner,id}', 'uuid', 'declared', 'unique identifier of an account', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('apps', 'organization_id', '{organization,id}', 'uuid', 'declared', 'unique identifier of team', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('apps', 'organization_name', '{organization,name}', 'text', 'declared', 'unique name of team', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('apps', 'team_id', '{team,id}', 'uuid', 'declared', 'unique identifier of team', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('apps', 'team_name', '{team,name}', 'text', 'declared', 'unique name of team', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('apps', 'region_id', '{region,id}', 'uuid', 'declared', 'unique identifier of region', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('apps', 'region_name', '{region,name}', 'text', 'declared', 'unique name of region', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('apps', 'released_at', '{released_at}', 'timestamptz', 'declared', 'when app was released', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('apps', 'slug_size', '{slug_size}', 'bigint', 'declared', 'slug size in bytes of app', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('apps', 'space_id', '{space,id}', 'uuid', 'declared', 'unique identifier of space', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('apps', 'space_name', '{space,name}', 'text', 'declared', 'unique name of space', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('apps', 'space_shield', '{space,shield}', 'boolean', 'declared', 'true if this space has shield enabled', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('apps', 'stack_id', '{stack,id}', 'uuid', 'declared', 'unique identifier of stack', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('apps', 'stack_name', '{stack,name}', 'text', 'declared', 'unique name of stack', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('apps', 'updated_at', '{updated_at}', 'timestamptz', 'declared', 'when app was updated', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('apps', 'web_url', '{web_url}', 'text', 'declared', 'web URL of app', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('addons', 'actions', '{actions}', 'jsonb', 'declared', 'provider actions for this specific add-on', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('addons', 'addon_service_id', '{addon_service,id}', 'uuid', 'declared', 'unique identifier of this add-on-service', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('addons', 'addon_service_name', '{addon_service,name}', 'text', 'declared', 'unique name of this add-on-service', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('addons', 'billing_entity_id', '{billing_entity,id}', 'uuid', 'declared', 'unique identifier of the billing entity', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('addons', 'billing_entity_name', '{billing_entity,name}', 'text', 'declared', 'name of the billing entity', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('addons', 'billing_entity_type', '{billing_entity,type}', 'text', 'declared', 'type of Object of the billing entity; new types allowed at any time.', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('addons', 'app_id', '{app,id}', 'uuid', 'declared', 'unique identifier of app', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('addons', 'app_name', '{app,name}', 'text', 'declared', 'unique name of app', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('addon_attachments', 'app_name', '{app,name}', 'text', 'declared', 'unique name of app', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('addons', 'billed_price_cents', '{billed_price,cents}', 'text', 'declared', 'price in cents per unit of plan', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('addons', 'billed_price_contract', '{billed_price,contract}', 'boolean', 'declared', 'price is negotiated in a contract outside of monthly add-on billing', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('addons', 'billed_price_unit', '{billed_price,unit}', 'text', 'declared', 'unit of price for plan', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('addons', 'config_vars', '{config_vars}', 'jsonb', 'declared', 'config vars exposed to the owning app by this add-on', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('addons', 'created_at', '{created_at}', 'timestamptz', 'declared', 'when add-on was created', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('addons', 'id', '{id}', 'uuid', 'declared', 'unique identifier of add-on', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('addons', 'name', '{name}', 'text', 'declared', 'globally unique name of the add-on', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('addons', 'plan_id', '{plan,id}', 'uuid', 'declared', 'unique identifier of this plan', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('addons', 'plan_name', '{plan,name}', 'text', 'declared', 'unique name of this plan', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('addons', 'provider_id', '{provider_id}', 'text', 'declared', 'id of this add-on with its provider', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('addons', 'provision_message', '{provision_message}', 'text', 'declared', 'A provision message', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('addons', 'state', '{state}', 'text', 'declared', 'state in the add-on''s lifecycle', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('addons', 'updated_at', '{updated_at}', 'timestamptz', 'declared', 'when add-on was updated', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('addons', 'web_url', '{web_url}', 'text', 'declared', 'URL for logging into web interface of add-on (e.g. a dashboard)', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('addon_services', 'cli_plugin_name', '{cli_plugin_name}', 'text', 'declared', 'npm package name of the add-on service''s Heroku CLI plugin', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('addon_services', 'created_at', '{created_at}', 'timestamptz', 'declared', 'when add-on-service was created', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('addon_services', 'human_name', '{human_name}', 'text', 'declared', 'human-readable name of the add-on service provider', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('addon_services', 'id', '{id}', 'uuid', 'declared', 'unique identifier of this add-on-service', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('addon_services', 'name', '{name}', 'text', 'declared', 'unique name of this add-on-service', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('addon_services', 'state', '{state}', 'text', 'declared', 'release status for add-on service', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('addon_services', 'supports_multiple_installations', '{supports_multiple_installations}', 'boolean', 'declared', 'whether or not apps can have access to more than one instance of this add-on at the same time', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('addon_services', 'supports_sharing', '{supports_sharing}', 'boolean', 'declared', 'whether or not apps can have access to add-ons billed to a different app', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('addon_services', 'updated_at', '{updated_at}', 'timestamptz', 'declared', 'when add-on-service was updated', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('addon_services', 'supported_generations', '{supported_generations}', 'jsonb', 'declared', 'generations supported by this add-on', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('account', 'allow_tracking', '{allow_tracking}', 'boolean', 'declared', 'whether to allow third party web activity tracking', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('account', 'beta', '{beta}', 'boolean', 'declared', 'whether allowed to utilize beta Heroku features', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('account', 'created_at', '{created_at}', 'timestamptz', 'declared', 'when account was created', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('account', 'email', '{email}', 'text', 'declared', 'unique email address of account', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('account', 'federated', '{federated}', 'boolean', 'declared', 'whether the user is federated and belongs to an Identity Provider', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('account', 'id', '{id}', 'uuid', 'declared', 'unique identifier of an account', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('account', 'identity_provider_id', '{identity_provider,id}', 'uuid', 'declared', 'unique identifier of this identity provider', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('account', 'identity_provider_name', '{identity_provider,name}', 'text', 'declared', 'user-friendly unique identifier for this identity provider', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('account', 'identity_provider_team_name', '{identity_provider,team,name}', 'text', 'declared', 'unique name of team', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('account', 'identity_provider_organization_name', '{identity_provider,organization,name}', 'text', 'declared', 'unique name of team', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('account', 'identity_provider_owner_id', '{identity_provider,owner,id}', 'uuid', 'declared', 'unique identifier of the owner', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('account', 'identity_provider_owner_name', '{identity_provider,owner,name}', 'text', 'declared', 'name of the owner', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('account', 'identity_provider_owner_type', '{identity_provider,owner,type}', 'text', 'declared', 'type of the owner', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('account', 'last_login', '{last_login}', 'timestamptz', 'declared', 'when account last authorized with Heroku', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('account', 'name', '{name}', 'text', 'declared', 'full name of the account owner', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('account', 'sms_number', '{sms_number}', 'text', 'declared', 'SMS number of account', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('account', 'suspended_at', '{suspended_at}', 'timestamptz', 'declared', 'when account was suspended', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('account', 'delinquent_at', '{delinquent_at}', 'timestamptz', 'declared', 'when account became delinquent', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('account', 'two_factor_authentication', '{two_factor_authentication}', 'boolean', 'declared', 'whether two-factor auth is enabled on the account', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('account', 'updated_at', '{updated_at}', 'timestamptz', 'declared', 'when account was updated', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('account', 'verified', '{verified}', 'boolean', 'declared', 'whether account has been verified with billing information', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('account', 'country_of_residence', '{country_of_residence}', 'text', 'declared', 'country where account owner resides', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('account', 'default_organization_id', '{default_organization,id}', 'uuid', 'declared', 'unique identifier of team', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('account', 'default_organization_name', '{default_organization,name}', 'text', 'declared', 'unique name of team', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('account', 'default_team_id', '{default_team,id}', 'uuid', 'declared', 'unique identifier of team', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('account', 'default_team_name', '{default_team,name}', 'text', 'declared', 'unique name of team', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('addon_attachments', 'addon_id', '{addon,id}', 'uuid', 'declared', 'unique identifier of add-on', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('addon_attachments', 'addon_name', '{addon,name}', 'text', 'declared', 'globally unique name of the add-on', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('addon_attachments', 'addon_app_id', '{addon,app,id}', 'uuid', 'declared', 'unique identifier of app', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('addon_attachments', 'addon_app_name', '{addon,app,name}', 'text', 'declared', 'unique name of app', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('addon_attachments', 'app_id', '{app,id}', 'uuid', 'declared', 'unique identifier of app', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('addon_attachments', 'created_at', '{created_at}', 'timestamptz', 'declared', 'when add-on attachment was created', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('addon_attachments', 'id', '{id}', 'uuid', 'declared', 'unique identifier of this add-on attachment', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('addon_attachments', 'name', '{name}', 'text', 'declared', 'unique name for this add-on attachment to this app', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('addon_attachments', 'namespace', '{namespace}', 'text', 'declared', 'attachment namespace', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('addon_attachments', 'updated_at', '{updated_at}', 'timestamptz', 'declared', 'when add-on attachment was updated', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('addon_attachments', 'web_url', '{web_url}', 'text', 'declared', 'URL for logging into web interface of add-on in attached app context', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('pipelines', 'created_at', '{created_at}', 'timestamptz', 'declared', 'when pipeline was created', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('pipelines', 'id', '{id}', 'uuid', 'declared', 'unique identifier of pipeline', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('pipelines', 'name', '{name}', 'text', 'declared', 'name of pipeline', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('pipelines', 'owner_id', '{owner,id}', 'uuid', 'declared', 'unique identifier of a pipeline owner', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('pipelines', 'owner_type', '{owner,type}', 'text', 'declared', 'type of pipeline owner', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('pipelines', 'updated_at', '{updated_at}', 'timestamptz', 'declared', 'when pipeline was updated', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('pipelines', 'generation_id', '{generation,id}', 'uuid', 'declared', 'unique identifier of the generation of the Heroku platform for this pipeline', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('pipelines', 'generation_name', '{generation,name}', 'text', 'declared', 'unique name of the generation of the Heroku platform for this pipeline', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('pipeline_couplings', 'app_id', '{app,id}', 'uuid', 'declared', 'unique identifier of app', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('pipeline_couplings', 'created_at', '{created_at}', 'timestamptz', 'declared', 'when pipeline coupling was created', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('pipeline_couplings', 'id', '{id}', 'uuid', 'declared', 'unique identifier of pipeline coupling', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('pipeline_couplings', 'pipeline_id', '{pipeline,id}', 'uuid', 'declared', 'unique identifier of pipeline', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('pipeline_couplings', 'stage', '{stage}', 'text', 'declared', 'target pipeline stage', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('pipeline_couplings', 'updated_at', '{updated_at}', 'timestamptz', 'declared', 'when pipeline coupling was updated', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('spaces', 'created_at', '{created_at}', 'timestamptz', 'declared', 'when space was created', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('spaces', 'id', '{id}', 'uuid', 'declared', 'unique identifier of space', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('spaces', 'name', '{name}', 'text', 'declared', 'unique name of space', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('spaces', 'organization_name', '{organization,name}', 'text', 'declared', 'unique name of team', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('spaces', 'team_id', '{team,id}', 'uuid', 'declared', 'unique identifier of team', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('spaces', 'team_name', '{team,name}', 'text', 'declared', 'unique name of team', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('spaces', 'region_id', '{region,id}', 'uuid', 'declared', 'unique identifier of region', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('spaces', 'region_name', '{region,name}', 'text', 'declared', 'unique name of region', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('spaces', 'shield', '{shield}', 'boolean', 'declared', 'true if this space has shield enabled', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('spaces', 'state', '{state}', 'text', 'declared', 'availability of this space', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('spaces', 'updated_at', '{updated_at}', 'timestamptz', 'declared', 'when space was updated', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('spaces', 'cidr', '{cidr}', 'text', 'declared', 'The RFC-1918 CIDR the Private Space will use. It must be a /16 in 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('spaces', 'data_cidr', '{data_cidr}', 'text', 'declared', 'The RFC-1918 CIDR that the Private Space will use for the Heroku-managed peering connection that''s automatically created when using Heroku Data add-ons. It must be between a /16 and a /20', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('spaces', 'generation_id', '{generation,id}', 'uuid', 'declared', 'unique identifier of the generation of the Heroku platform for this space', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('spaces', 'generation_name', '{generation,name}', 'text', 'declared', 'unique name of the generation of the Heroku platform for this space', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('regions', 'country', '{country}', 'text', 'declared', 'country where the region exists', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('regions', 'created_at', '{created_at}', 'timestamptz', 'declared', 'when region was created', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('regions', 'description', '{description}', 'text', 'declared', 'description of region', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('regions', 'id', '{id}', 'uuid', 'declared', 'unique identifier of region', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('regions', 'locale', '{locale}', 'text', 'declared', 'area in the country where the region exists', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('regions', 'name', '{name}', 'text', 'declared', 'unique name of region', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('regions', 'private_capable', '{private_capable}', 'boolean', 'declared', 'whether or not region is available for creating a Private Space', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('regions', 'provider_name', '{provider,name}', 'text', 'declared', 'name of provider', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('regions', 'provider_region', '{provider,region}', 'text', 'declared', 'region name used by provider', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('regions', 'updated_at', '{updated_at}', 'timestamptz', 'declared', 'when region was updated', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('stacks', 'default_', '{default}', 'boolean', 'declared', 'indicates this stack is the default for new apps', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('stacks', 'created_at', '{created_at}', 'timestamptz', 'declared', 'when stack was introduced', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('stacks', 'id', '{id}', 'uuid', 'declared', 'unique identifier of stack', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('stacks', 'name', '{name}', 'text', 'declared', 'unique name of stack', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('stacks', 'state', '{state}', 'text', 'declared', 'availability of this stack: beta, deprecated or public', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('stacks', 'updated_at', '{updated_at}', 'timestamptz', 'declared', 'when stack was last modified', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('dyno_sizes', 'architecture', '{architecture}', 'text', 'declared', 'CPU architecture of this dyno size', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('dyno_sizes', 'compute', '{compute}', 'bigint', 'declared', 'minimum vCPUs, non-dedicated may get more depending on load', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('dyno_sizes', 'cost_cents', '{cost,cents}', 'bigint', 'declared', 'price in cents per unit time', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('dyno_sizes', 'cost_unit', '{cost,unit}', 'text', 'declared', 'unit of price for dyno', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('dyno_sizes', 'dedicated', '{dedicated}', 'boolean', 'declared', 'whether this dyno will be dedicated to one user', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('dyno_sizes', 'precise_dyno_units', '{precise_dyno_units}', 'numeric', 'declared', 'unit of consumption for Heroku Enterprise customers to 2 decimal places', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('dyno_sizes', 'generation_id', '{generation,id}', 'uuid', 'declared', 'unique identifier of the generation of the Heroku platform for this dyno size', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('dyno_sizes', 'generation_name', '{generation,name}', 'text', 'declared', 'unique name of the generation of the Heroku platform for this dyno size', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('dyno_sizes', 'id', '{id}', 'uuid', 'declared', 'unique identifier of the dyno size', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('dyno_sizes', 'memory', '{memory}', 'numeric', 'declared', 'amount of RAM in GB', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('dyno_sizes', 'name', '{name}', 'text', 'declared', 'name of the dyno size', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('dyno_sizes', 'private_space_only', '{private_space_only}', 'boolean', 'declared', 'whether this dyno can only be provisioned in a private space', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('team_members', 'created_at', '{created_at}', 'timestamptz', 'declared', 'when the membership record was created', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('team_members', 'email', '{email}', 'text', 'declared', 'email address of the team member', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('team_members', 'federated', '{federated}', 'boolean', 'declared', 'whether the user is federated and belongs to an Identity Provider', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('team_members', 'id', '{id}', 'uuid', 'declared', 'unique identifier of the team member', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('team_members', 'identity_provider_id', '{identity_provider,id}', 'uuid', 'declared', 'unique identifier of this identity provider', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('team_members', 'identity_provider_name', '{identity_provider,name}', 'text', 'declared', 'name of the identity provider', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('team_members', 'identity_provider_redacted', '{identity_provider,redacted}', 'boolean', 'declared', 'whether the identity_provider information is redacted or not', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('team_members', 'identity_provider_owner_id', '{identity_provider,owner,id}', 'uuid', 'declared', 'unique identifier of the owner', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('team_members', 'identity_provider_owner_name', '{identity_provider,owner,name}', 'text', 'declared', 'name of the owner', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('team_members', 'identity_provider_owner_type', '{identity_provider,owner,type}', 'text', 'declared', 'type of the owner', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('team_members', 'role', '{role}', 'text', 'declared', 'role in the team', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('team_members', 'two_factor_authentication', '{two_factor_authentication}', 'boolean', 'declared', 'whether the team member has two factor authentication enabled', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('team_members', 'updated_at', '{updated_at}', 'timestamptz', 'declared', 'when the membership record was updated', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('team_members', 'user_email', '{user,email}', 'text', 'declared', 'unique email address of account', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('team_members', 'user_id', '{user,id}', 'uuid', 'declared', 'unique identifier of an account', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('team_members', 'user_name', '{user,name}', 'text', 'declared', 'full name of the account owner', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('team_members', 'team_id', '{team,id}', 'uuid', 'declared', 'id of the team this row was fetched for', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('team_members', 'team_name', '{team,name}', 'text', 'declared', 'name of the team this row was fetched for', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_releases', 'addon_plan_names', '{addon_plan_names}', 'jsonb', 'declared', 'add-on plans installed on the app for this release', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_releases', 'artifacts', '{artifacts}', 'jsonb', 'declared', 'build artifacts for the release', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_releases', 'app_name', '{app,name}', 'text', 'declared', 'unique name of app', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_releases', 'app_id', '{app,id}', 'uuid', 'declared', 'unique identifier of app', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_releases', 'created_at', '{created_at}', 'timestamptz', 'declared', 'when release was created', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_releases', 'description', '{description}', 'text', 'declared', 'description of changes in this release', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_releases', 'id', '{id}', 'uuid', 'declared', 'unique identifier of release', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_releases', 'updated_at', '{updated_at}', 'timestamptz', 'declared', 'when release was updated', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_releases', 'slug_id', '{slug,id}', 'uuid', 'declared', 'unique identifier of slug', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_releases', 'status', '{status}', 'text', 'declared', 'current status of the release', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_releases', 'user_id', '{user,id}', 'uuid', 'declared', 'unique identifier of an account', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_releases', 'user_email', '{user,email}', 'text', 'declared', 'unique email address of account', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_releases', 'version', '{version}', 'bigint', 'declared', 'unique version assigned to the release', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_releases', 'current', '{current}', 'boolean', 'declared', 'indicates this release as being the current one for the app', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_releases', 'eligible_for_rollback', '{eligible_for_rollback}', 'boolean', 'declared', 'indicates if this release is eligible for rollback', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_formation', 'app_name', '{app,name}', 'text', 'declared', 'unique name of app', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_formation', 'app_id', '{app,id}', 'uuid', 'declared', 'unique identifier of app', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_formation', 'command', '{command}', 'text', 'declared', 'command to use to launch this process', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_formation', 'created_at', '{created_at}', 'timestamptz', 'declared', 'when process type was created', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_formation', 'dyno_size_id', '{dyno_size,id}', 'uuid', 'declared', 'unique identifier of the dyno size', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_formation', 'dyno_size_name', '{dyno_size,name}', 'text', 'declared', 'name of the dyno size', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_formation', 'id', '{id}', 'uuid', 'declared', 'unique identifier of this process type', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_formation', 'quantity', '{quantity}', 'bigint', 'declared', 'number of processes to maintain', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_formation', 'size', '{size}', 'text', 'declared', 'deprecated, refer to ''dyno_size'' instead', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_formation', 'type', '{type}', 'text', 'declared', 'type of process to maintain', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_formation', 'updated_at', '{updated_at}', 'timestamptz', 'declared', 'when dyno type was updated', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_domains', 'acm_status', '{acm_status}', 'text', 'declared', 'status of this record''s ACM', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_domains', 'acm_status_reason', '{acm_status_reason}', 'text', 'declared', 'reason for the status of this record''s ACM', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_domains', 'app_name', '{app,name}', 'text', 'declared', 'unique name of app', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_domains', 'app_id', '{app,id}', 'uuid', 'declared', 'unique identifier of app', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_domains', 'cname', '{cname}', 'text', 'declared', 'canonical name record, the address to point a domain at', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_domains', 'created_at', '{created_at}', 'timestamptz', 'declared', 'when domain was created', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_domains', 'hostname', '{hostname}', 'text', 'declared', 'full hostname', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_domains', 'id', '{id}', 'uuid', 'declared', 'unique identifier of this domain', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_domains', 'kind', '{kind}', 'text', 'declared', 'type of domain name', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_domains', 'updated_at', '{updated_at}', 'timestamptz', 'declared', 'when domain was updated', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_domains', 'status', '{status}', 'text', 'declared', 'status of this record''s cname', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_domains', 'sni_endpoint_name', '{sni_endpoint,name}', 'text', 'declared', 'unique name for SNI endpoint', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_domains', 'sni_endpoint_id', '{sni_endpoint,id}', 'uuid', 'declared', 'unique identifier of this SNI endpoint', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_collaborators', 'app_name', '{app,name}', 'text', 'declared', 'unique name of app', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_collaborators', 'app_id', '{app,id}', 'uuid', 'declared', 'unique identifier of app', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_collaborators', 'created_at', '{created_at}', 'timestamptz', 'declared', 'when collaborator was created', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_collaborators', 'id', '{id}', 'uuid', 'declared', 'unique identifier of collaborator', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_collaborators', 'permissions', '{permissions}', 'jsonb', 'declared', NULL, NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_collaborators', 'role', '{role}', 'text', 'declared', 'role in the team', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_collaborators', 'updated_at', '{updated_at}', 'timestamptz', 'declared', 'when collaborator was updated', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_collaborators', 'user_email', '{user,email}', 'text', 'declared', 'unique email address of account', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_collaborators', 'user_federated', '{user,federated}', 'boolean', 'declared', 'whether the user is federated and belongs to an Identity Provider', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('app_collaborators', 'user_id', '{user,id}', 'uuid', 'declared', 'unique identifier of an account', NULL);
INSERT INTO __SCHEMA__._columns VALUES ('teams', 'enterprise_account', '{enterprise_account}', 'text', 'inferred', NULL, 1);
INSERT INTO __SCHEMA__._columns VALUES ('apps', 'sandbox_extra', '{sandbox_extra}', 'bigint', 'inferred', NULL, 1);
INSERT INTO __SCHEMA__._columns VALUES ('addons', 'sandbox_extra', '{sandbox_extra}', 'bigint', 'inferred', NULL, 1);
INSERT INTO __SCHEMA__._columns VALUES ('apps', 'space', '{space}', 'text', 'inferred', NULL, 1);
INSERT INTO __SCHEMA__._columns VALUES ('teams', 'identity_provider', '{identity_provider}', 'text', 'inferred', NULL, 1);
INSERT INTO __SCHEMA__._columns VALUES ('account', 'identity_provider', '{identity_provider}', 'text', 'inferred', NULL, 1);
INSERT INTO __SCHEMA__._columns VALUES ('addon_services', 'sandbox_extra', '{sandbox_extra}', 'bigint', 'inferred', NULL, 1);
INSERT INTO __SCHEMA__._columns VALUES ('apps', 'repo_size', '{repo_size}', 'numeric', 'declared', 'git repo size in bytes of app', NULL);


--
-- Data for Name: _fan_out_parents; Type: TABLE DATA; Schema: __SCHEMA__; Owner: -
--



--
-- Data for Name: _list_etags; Type: TABLE DATA; Schema: __SCHEMA__; Owner: -
--

INSERT INTO __SCHEMA__._list_etags VALUES ('owner@sandbox.example', 'teams', 0, 'id ..; max=1000', '"e4e66041aaa46900"', '0.1.0', 1, 1);
INSERT INTO __SCHEMA__._list_etags VALUES ('owner@sandbox.example', 'addon_services', 0, 'id ..; max=1000', '"0494d58e2902a86b"', '0.1.0', 1, 12);
INSERT INTO __SCHEMA__._list_etags VALUES ('owner@sandbox.example', 'pipelines', 0, 'id ..; max=1000', '"406e49ee83cbed39"', '0.1.0', 1, 1);
INSERT INTO __SCHEMA__._list_etags VALUES ('owner@sandbox.example', 'pipeline_couplings', 0, 'id ..; max=1000', '"daee3b81dab59f1d"', '0.1.0', 1, 3);
INSERT INTO __SCHEMA__._list_etags VALUES ('owner@sandbox.example', 'spaces', 0, 'id ..; max=1000', '"d11fe52929ab58f9"', '0.1.0', 1, 1);
INSERT INTO __SCHEMA__._list_etags VALUES ('owner@sandbox.example', 'regions', 0, 'id ..; max=1000', '"a6bbb2250152879d"', '0.1.0', 1, 2);
INSERT INTO __SCHEMA__._list_etags VALUES ('owner@sandbox.example', 'stacks', 0, 'id ..; max=1000', '"0c7c9abe37cfeecd"', '0.1.0', 1, 2);
INSERT INTO __SCHEMA__._list_etags VALUES ('owner@sandbox.example', 'dyno_sizes', 0, 'id ..; max=1000', '"960c583e51ac0c36"', '0.1.0', 1, 15);
INSERT INTO __SCHEMA__._list_etags VALUES ('owner@sandbox.example', 'apps', 0, 'id ..; max=1000', '"e9586296fafb2e17"', '0.1.0', 3, 8);
INSERT INTO __SCHEMA__._list_etags VALUES ('owner@sandbox.example', 'addon_attachments', 0, 'id ..; max=1000', '"5100243019396b3c"', '0.1.0', 3, 11);
INSERT INTO __SCHEMA__._list_etags VALUES ('owner@sandbox.example', 'addons', 0, 'id ..; max=1000', '"d76e71c013d38291"', '0.1.0', 3, 11);


--
-- Data for Name: _load_reports; Type: TABLE DATA; Schema: __SCHEMA__; Owner: -
--

INSERT INTO __SCHEMA__._load_reports VALUES (1, 'teams', 'succeeded', 1, 1, 0, 1, 1, 0, 0, 0, 2, 0, 0, '2026-12-07 12:49:04.475928+00', '2026-12-07 12:49:04.520929+00', 45, NULL, 0, 0, true, 0);
INSERT INTO __SCHEMA__._load_reports VALUES (1, 'apps', 'succeeded', 1, 1, 0, 8, 8, 0, 0, 0, 2, 0, 0, '2026-12-07 12:49:04.480273+00', '2026-12-07 12:49:04.521273+00', 41, NULL, 0, 0, true, 0);
INSERT INTO __SCHEMA__._load_reports VALUES (1, 'addons', 'succeeded', 1, 1, 0, 12, 12, 0, 0, 0, 1, 0, 0, '2026-12-07 12:49:04.481291+00', '2026-12-07 12:49:04.521291+00', 40, NULL, 0, 0, true, 0);
INSERT INTO __SCHEMA__._load_reports VALUES (1, 'addon_services', 'succeeded', 1, 1, 0, 12, 12, 0, 0, 0, 1, 0, 0, '2026-12-07 12:49:04.493301+00', '2026-12-07 12:49:04.521301+00', 28, NULL, 0, 0, true, 0);
INSERT INTO __SCHEMA__._load_reports VALUES (1, 'account', 'succeeded', 1, 1, 0, 1, 1, 0, 0, 0, 1, 0, 0, '2026-12-07 12:49:04.50031+00', '2026-12-07 12:49:04.52131+00', 21, NULL, 0, 0, true, 0);
INSERT INTO __SCHEMA__._load_reports VALUES (1, 'addon_attachments', 'succeeded', 1, 1, 0, 13, 13, 0, 0, 0, 0, 0, 0, '2026-12-07 12:49:04.489319+00', '2026-12-07 12:49:04.521319+00', 32, NULL, 0, 0, true, 0);
INSERT INTO __SCHEMA__._load_reports VALUES (1, 'pipelines', 'succeeded', 1, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0, '2026-12-07 12:49:04.501332+00', '2026-12-07 12:49:04.521332+00', 20, NULL, 0, 0, true, 0);
INSERT INTO __SCHEMA__._load_reports VALUES (1, 'pipeline_couplings', 'succeeded', 1, 1, 0, 3, 3, 0, 0, 0, 0, 0, 0, '2026-12-07 12:49:04.506341+00', '2026-12-07 12:49:04.521341+00', 15, NULL, 0, 0, true, 0);
INSERT INTO __SCHEMA__._load_reports VALUES (1, 'spaces', 'succeeded', 1, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0, '2026-12-07 12:49:04.50435+00', '2026-12-07 12:49:04.52135+00', 17, NULL, 0, 0, true, 0);
INSERT INTO __SCHEMA__._load_reports VALUES (1, 'regions', 'succeeded', 1, 1, 0, 2, 2, 0, 0, 0, 0, 0, 0, '2026-12-07 12:49:04.509358+00', '2026-12-07 12:49:04.521359+00', 12, NULL, 0, 0, true, 0);
INSERT INTO __SCHEMA__._load_reports VALUES (1, 'stacks', 'succeeded', 1, 1, 0, 2, 2, 0, 0, 0, 0, 0, 0, '2026-12-07 12:49:04.510367+00', '2026-12-07 12:49:04.521367+00', 11, NULL, 0, 0, true, 0);
INSERT INTO __SCHEMA__._load_reports VALUES (1, 'dyno_sizes', 'succeeded', 1, 1, 0, 15, 15, 0, 0, 0, 0, 0, 0, '2026-12-07 12:49:04.509376+00', '2026-12-07 12:49:04.521376+00', 12, NULL, 0, 0, true, 0);
INSERT INTO __SCHEMA__._load_reports VALUES (2, 'teams', 'succeeded', 1, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, '2026-12-07 12:49:04.683388+00', '2026-12-07 12:49:04.68339+00', 0, NULL, 0, 0, false, 0);
INSERT INTO __SCHEMA__._load_reports VALUES (2, 'apps', 'succeeded', 1, 1, 0, 8, 0, 2, 6, 0, 0, 1, 0, '2026-12-07 12:49:04.571547+00', '2026-12-07 12:49:04.683548+00', 112, NULL, 0, 0, true, 0);
INSERT INTO __SCHEMA__._load_reports VALUES (2, 'addons', 'succeeded', 1, 1, 0, 12, 0, 3, 9, 0, 0, 0, 0, '2026-12-07 12:49:04.652602+00', '2026-12-07 12:49:04.683602+00', 31, NULL, 0, 0, true, 0);
INSERT INTO __SCHEMA__._load_reports VALUES (2, 'addon_services', 'succeeded', 1, 1, 0, 0, 0, 0, 12, 0, 0, 0, 0, '2026-12-07 12:49:04.683636+00', '2026-12-07 12:49:04.683637+00', 0, NULL, 0, 0, false, 0);
INSERT INTO __SCHEMA__._load_reports VALUES (2, 'account', 'succeeded', 1, 1, 0, 1, 0, 0, 1, 0, 0, 0, 0, '2026-12-07 12:49:04.650664+00', '2026-12-07 12:49:04.683664+00', 33, NULL, 0, 0, true, 0);
INSERT INTO __SCHEMA__._load_reports VALUES (2, 'addon_attachments', 'succeeded', 1, 1, 0, 0, 0, 0, 13, 0, 0, 0, 0, '2026-12-07 12:49:04.6837+00', '2026-12-07 12:49:04.6837+00', 0, NULL, 0, 0, false, 0);
INSERT INTO __SCHEMA__._load_reports VALUES (2, 'pipelines', 'succeeded', 1, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, '2026-12-07 12:49:04.68373+00', '2026-12-07 12:49:04.68373+00', 0, NULL, 0, 0, false, 0);
INSERT INTO __SCHEMA__._load_reports VALUES (2, 'pipeline_couplings', 'succeeded', 1, 1, 0, 0, 0, 0, 3, 0, 0, 0, 0, '2026-12-07 12:49:04.683763+00', '2026-12-07 12:49:04.683763+00', 0, NULL, 0, 0, false, 0);
INSERT INTO __SCHEMA__._load_reports VALUES (2, 'spaces', 'succeeded', 1, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, '2026-12-07 12:49:04.683784+00', '2026-12-07 12:49:04.683784+00', 0, NULL, 0, 0, false, 0);
INSERT INTO __SCHEMA__._load_reports VALUES (2, 'regions', 'succeeded', 1, 1, 0, 0, 0, 0, 2, 0, 0, 0, 0, '2026-12-07 12:49:04.68381+00', '2026-12-07 12:49:04.68381+00', 0, NULL, 0, 0, false, 0);
INSERT INTO __SCHEMA__._load_reports VALUES (2, 'stacks', 'succeeded', 1, 1, 0, 0, 0, 0, 2, 0, 0, 0, 0, '2026-12-07 12:49:04.683833+00', '2026-12-07 12:49:04.683833+00', 0, NULL, 0, 0, false, 0);
INSERT INTO __SCHEMA__._load_reports VALUES (2, 'dyno_sizes', 'succeeded', 1, 1, 0, 0, 0, 0, 15, 0, 0, 0, 0, '2026-12-07 12:49:04.683847+00', '2026-12-07 12:49:04.683847+00', 0, NULL, 0, 0, false, 0);
INSERT INTO __SCHEMA__._load_reports VALUES (3, 'teams', 'succeeded', 1, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, '2026-12-07 12:49:04.873132+00', '2026-12-07 12:49:04.873134+00', 0, NULL, 0, 0, false, 0);
INSERT INTO __SCHEMA__._load_reports VALUES (3, 'apps', 'succeeded', 1, 1, 0, 8, 1, 0, 7, 1, 0, 0, 0, '2026-12-07 12:49:04.828319+00', '2026-12-07 12:49:04.873319+00', 45, NULL, 0, 0, true, 0);
INSERT INTO __SCHEMA__._load_reports VALUES (3, 'addons', 'succeeded', 1, 1, 0, 11, 0, 1, 10, 1, 0, 1, 0, '2026-12-07 12:49:04.75235+00', '2026-12-07 12:49:04.87335+00', 121, NULL, 0, 0, true, 0);
INSERT INTO __SCHEMA__._load_reports VALUES (3, 'addon_services', 'succeeded', 1, 1, 0, 0, 0, 0, 12, 0, 0, 0, 0, '2026-12-07 12:49:04.873381+00', '2026-12-07 12:49:04.873381+00', 0, NULL, 0, 0, false, 0);
INSERT INTO __SCHEMA__._load_reports VALUES (3, 'account', 'succeeded', 1, 1, 0, 1, 0, 0, 1, 0, 0, 0, 0, '2026-12-07 12:49:04.843393+00', '2026-12-07 12:49:04.873393+00', 30, NULL, 0, 0, true, 0);
INSERT INTO __SCHEMA__._load_reports VALUES (3, 'addon_attachments', 'succeeded', 1, 1, 0, 11, 0, 0, 11, 2, 0, 0, 0, '2026-12-07 12:49:04.838419+00', '2026-12-07 12:49:04.873419+00', 35, NULL, 0, 0, true, 0);
INSERT INTO __SCHEMA__._load_reports VALUES (3, 'pipelines', 'succeeded', 1, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, '2026-12-07 12:49:04.873452+00', '2026-12-07 12:49:04.873452+00', 0, NULL, 0, 0, false, 0);
INSERT INTO __SCHEMA__._load_reports VALUES (3, 'pipeline_couplings', 'succeeded', 1, 1, 0, 0, 0, 0, 3, 0, 0, 0, 0, '2026-12-07 12:49:04.873479+00', '2026-12-07 12:49:04.873479+00', 0, NULL, 0, 0, false, 0);
INSERT INTO __SCHEMA__._load_reports VALUES (3, 'spaces', 'succeeded', 1, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, '2026-12-07 12:49:04.873502+00', '2026-12-07 12:49:04.873502+00', 0, NULL, 0, 0, false, 0);
INSERT INTO __SCHEMA__._load_reports VALUES (3, 'regions', 'succeeded', 1, 1, 0, 0, 0, 0, 2, 0, 0, 0, 0, '2026-12-07 12:49:04.87352+00', '2026-12-07 12:49:04.87352+00', 0, NULL, 0, 0, false, 0);
INSERT INTO __SCHEMA__._load_reports VALUES (3, 'stacks', 'succeeded', 1, 1, 0, 0, 0, 0, 2, 0, 0, 0, 0, '2026-12-07 12:49:04.873532+00', '2026-12-07 12:49:04.873532+00', 0, NULL, 0, 0, false, 0);
INSERT INTO __SCHEMA__._load_reports VALUES (3, 'dyno_sizes', 'succeeded', 1, 1, 0, 0, 0, 0, 15, 0, 0, 0, 0, '2026-12-07 12:49:04.873558+00', '2026-12-07 12:49:04.873558+00', 0, NULL, 0, 0, false, 0);


--
-- Data for Name: _loads; Type: TABLE DATA; Schema: __SCHEMA__; Owner: -
--

INSERT INTO __SCHEMA__._loads VALUES (1, 'owner@sandbox.example', '2026-12-07 12:49:04.399985+00', '2026-12-07 12:49:04.522419+00', 'succeeded', '{teams,apps,addons,addon_services,account,addon_attachments,pipelines,pipeline_couplings,spaces,regions,stacks,dyno_sizes}', 13, 71, NULL, 'http://127.0.0.1:42323', '0.1.0', 'vm');
INSERT INTO __SCHEMA__._loads VALUES (2, 'owner@sandbox.example', '2026-12-07 12:49:04.560939+00', '2026-12-07 12:49:04.685411+00', 'succeeded', '{teams,apps,addons,addon_services,account,addon_attachments,pipelines,pipeline_couplings,spaces,regions,stacks,dyno_sizes}', 13, 5, NULL, 'http://127.0.0.1:42323', '0.1.0', 'vm');
INSERT INTO __SCHEMA__._loads VALUES (3, 'owner@sandbox.example', '2026-12-07 12:49:04.740364+00', '2026-12-07 12:49:04.874812+00', 'succeeded', '{teams,apps,addons,addon_services,account,addon_attachments,pipelines,pipeline_couplings,spaces,regions,stacks,dyno_sizes}', 13, 6, NULL, 'http://127.0.0.1:42323', '0.1.0', 'vm');


--
-- Data for Name: _meta; Type: TABLE DATA; Schema: __SCHEMA__; Owner: -
--

INSERT INTO __SCHEMA__._meta VALUES ('stale_app_days', '90');
INSERT INTO __SCHEMA__._meta VALUES ('schema_version', '10');
INSERT INTO __SCHEMA__._meta VALUES ('views_version', 'a328f5b0979db0a2');


--
-- Data for Name: _schema_changes; Type: TABLE DATA; Schema: __SCHEMA__; Owner: -
--

INSERT INTO __SCHEMA__._schema_changes VALUES (25, 1, '2026-12-07 12:49:04.390221+00', 'changes', NULL, 'create view', NULL, NULL, '-- Reports: every report (each history table; a report never loaded adds nothing).
-- The change feed: every version written to any report''s history. name is the object''s
-- own label: a release''s version (`v42`, not its deployer), a formation''s process type, a
-- domain''s hostname, a collaborator''s or team member''s email, the account''s email, a
-- pipeline coupling''s stage, every other report''s `name`; changed_keys
-- lists the top-level JSON keys whose value differs from the previous version (updates only).
-- For per-team and per-app reports, id is `<team or app id>/<id>`.
--
-- An update''s previous version is the one its load closed: same key, valid until this one
-- began, found through the history''s primary key (changed_keys is NULL when that version was
-- deleted by hand). Updates are read apart from the other versions, so only they are looked
-- up: no window over the whole history, and a plan cheap enough that a JIT-enabled server
-- does not spend seconds compiling it for a query on recent changes.
CREATE OR REPLACE VIEW changes AS
WITH versions (report, _account, id, _op, _valid_from, _load_id, _raw, changed_keys) AS (
    SELECT ''teams''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM teams_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''teams''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM teams_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM teams_history p
        WHERE p._account = h._account AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''apps''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM apps_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''apps''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM apps_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM apps_history p
        WHERE p._account = h._account AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''addons''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM addons_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''addons''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM addons_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM addons_history p
        WHERE p._account = h._account AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''addon_services''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM addon_services_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''addon_services''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM addon_services_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM addon_services_history p
        WHERE p._account = h._account AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''account''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM account_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''account''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM account_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM account_history p
        WHERE p._account = h._account AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''addon_attachments''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM addon_attachments_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''addon_attachments''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM addon_attachments_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM addon_attachments_history p
        WHERE p._account = h._account AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''pipelines''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM pipelines_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''pipelines''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM pipelines_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM pipelines_history p
        WHERE p._account = h._account AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''pipeline_couplings''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM pipeline_couplings_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''pipeline_couplings''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM pipeline_couplings_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM pipeline_couplings_history p
        WHERE p._account = h._account AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''spaces''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM spaces_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''spaces''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM spaces_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM spaces_history p
        WHERE p._account = h._account AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''regions''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM regions_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''regions''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM regions_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM regions_history p
        WHERE p._account = h._account AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''stacks''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM stacks_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''stacks''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM stacks_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM stacks_history p
        WHERE p._account = h._account AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''dyno_sizes''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM dyno_sizes_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''dyno_sizes''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM dyno_sizes_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM dyno_sizes_history p
        WHERE p._account = h._account AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''team_members''::text, h._account, h.team_id::text || ''/'' || h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM team_members_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''team_members''::text, h._account, h.team_id::text || ''/'' || h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM team_members_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM team_members_history p
        WHERE p._account = h._account AND p.team_id = h.team_id AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''app_releases''::text, h._account, h.app_id::text || ''/'' || h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM app_releases_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''app_releases''::text, h._account, h.app_id::text || ''/'' || h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM app_releases_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM app_releases_history p
        WHERE p._account = h._account AND p.app_id = h.app_id AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''app_formation''::text, h._account, h.app_id::text || ''/'' || h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM app_formation_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''app_formation''::text, h._account, h.app_id::text || ''/'' || h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM app_formation_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM app_formation_history p
        WHERE p._account = h._account AND p.app_id = h.app_id AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''app_domains''::text, h._account, h.app_id::text || ''/'' || h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM app_domains_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''app_domains''::text, h._account, h.app_id::text || ''/'' || h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM app_domains_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM app_domains_history p
        WHERE p._account = h._account AND p.app_id = h.app_id AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''app_collaborators''::text, h._account, h.app_id::text || ''/'' || h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM app_collaborators_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''app_collaborators''::text, h._account, h.app_id::text || ''/'' || h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM app_collaborators_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM app_collaborators_history p
        WHERE p._account = h._account AND p.app_id = h.app_id AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
)
SELECT
    _valid_from AS changed_at,
    report,
    _account,
    id,
    CASE report
        WHEN ''app_releases''       THEN ''v'' || (_raw ->> ''version'')
        WHEN ''app_formation''      THEN _raw ->> ''type''
        WHEN ''app_domains''        THEN _raw ->> ''hostname''
        WHEN ''app_collaborators''  THEN _raw #>> ''{user,email}''
        WHEN ''team_members''       THEN _raw ->> ''email''
        WHEN ''account''            THEN _raw ->> ''email''
        WHEN ''addon_attachments''  THEN _raw ->> ''name''
        WHEN ''pipeline_couplings'' THEN _raw ->> ''stage''
        ELSE _raw ->> ''name''
    END         AS name,
    _op         AS operation,
    _load_id    AS load_id,
    changed_keys
FROM versions;

COMMENT ON VIEW changes IS ''Every change across reports: when, which report and object, insert/update/delete, and the top-level JSON keys an update changed.'';
');
INSERT INTO __SCHEMA__._schema_changes VALUES (1, 1, '2026-12-07 12:49:04.09759+00', 'teams', NULL, 'create table', NULL, NULL, 'CREATE TABLE "__SCHEMA__"."teams" (
    "_account" text NOT NULL,
    "id" uuid NOT NULL,
    "created_at" timestamptz,
    "credit_card_collections" boolean,
    "default_" boolean,
    "enterprise_account_id" uuid,
    "enterprise_account_name" text,
    "identity_provider_id" uuid,
    "identity_provider_name" text,
    "identity_provider_owner_id" uuid,
    "identity_provider_owner_name" text,
    "identity_provider_owner_type" text,
    "membership_limit" numeric,
    "name" text,
    "provisioned_licenses" boolean,
    "role" text,
    "type" text,
    "updated_at" timestamptz,
    "_load_id" bigint NOT NULL,
    "_hash" text NOT NULL,
    "_raw" jsonb NOT NULL,
    "_fetch_hash" text,
    PRIMARY KEY ("_account", "id")
);
CREATE TABLE "__SCHEMA__"."teams_history" (
    "_account" text NOT NULL,
    "id" uuid NOT NULL,
    "created_at" timestamptz,
    "credit_card_collections" boolean,
    "default_" boolean,
    "enterprise_account_id" uuid,
    "enterprise_account_name" text,
    "identity_provider_id" uuid,
    "identity_provider_name" text,
    "identity_provider_owner_id" uuid,
    "identity_provider_owner_name" text,
    "identity_provider_owner_type" text,
    "membership_limit" numeric,
    "name" text,
    "provisioned_licenses" boolean,
    "role" text,
    "type" text,
    "updated_at" timestamptz,
    "_load_id" bigint NOT NULL,
    "_hash" text NOT NULL,
    "_raw" jsonb NOT NULL,
    "_valid_from" timestamptz NOT NULL,
    "_valid_to" timestamptz,
    "_op" text NOT NULL
        CHECK ("_op" IN (''insert'', ''update'', ''delete'')),
    PRIMARY KEY ("_account", "id", "_load_id")
);
CREATE INDEX ON "__SCHEMA__"."teams_history"
    ("_account", "id")
    WHERE "_valid_to" IS NULL;
CREATE INDEX ON "__SCHEMA__"."teams" ("_fetch_hash");
COMMENT ON COLUMN "__SCHEMA__"."teams"."_account" IS ''label of the Heroku account the row came from (--account-label, default its email)'';
COMMENT ON COLUMN "__SCHEMA__"."teams_history"."_account" IS ''label of the Heroku account the row came from (--account-label, default its email)'';
COMMENT ON COLUMN "__SCHEMA__"."teams"."_load_id" IS ''the load (heroku._loads.load_id) that wrote this version of the row'';
COMMENT ON COLUMN "__SCHEMA__"."teams_history"."_load_id" IS ''the load (heroku._loads.load_id) that wrote this version of the row'';
COMMENT ON COLUMN "__SCHEMA__"."teams"."_hash" IS ''md5 of _raw::text; an unchanged hash means unchanged content'';
COMMENT ON COLUMN "__SCHEMA__"."teams_history"."_hash" IS ''md5 of _raw::text; an unchanged hash means unchanged content'';
COMMENT ON COLUMN "__SCHEMA__"."teams"."_raw" IS ''the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)'';
COMMENT ON COLUMN "__SCHEMA__"."teams_history"."_raw" IS ''the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)'';
COMMENT ON COLUMN "__SCHEMA__"."teams_history"."_valid_from" IS ''when this version became current (the start of the load that saw it)'';
COMMENT ON COLUMN "__SCHEMA__"."teams_history"."_valid_to" IS ''when this version stopped being current; null while it is current'';
COMMENT ON COLUMN "__SCHEMA__"."teams_history"."_op" IS ''insert, update or delete: what the load that wrote this version saw'';
COMMENT ON COLUMN "__SCHEMA__"."teams"."_fetch_hash" IS ''fingerprint of the JSON text last staged (MurmurHash3 128): a reload skips objects that arrive exactly as stored''');
INSERT INTO __SCHEMA__._schema_changes VALUES (2, 1, '2026-12-07 12:49:04.112642+00', 'apps', NULL, 'create table', NULL, NULL, 'CREATE TABLE "__SCHEMA__"."apps" (
    "_account" text NOT NULL,
    "acm" boolean,
    "archived_at" timestamptz,
    "buildpack_provided_description" text,
    "build_stack_id" uuid,
    "build_stack_name" text,
    "created_at" timestamptz,
    "generation_id" uuid,
    "generation_name" text,
    "git_url" text,
    "id" uuid NOT NULL,
    "internal_routing" boolean,
    "maintenance" boolean,
    "name" text,
    "owner_email" text,
    "owner_id" uuid,
    "organization_id" uuid,
    "organization_name" text,
    "team_id" uuid,
    "team_name" text,
    "region_id" uuid,
    "region_name" text,
    "released_at" timestamptz,
    "repo_size" bigint,
    "slug_size" bigint,
    "space_id" uuid,
    "space_name" text,
    "space_shield" boolean,
    "stack_id" uuid,
    "stack_name" text,
    "updated_at" timestamptz,
    "web_url" text,
    "_load_id" bigint NOT NULL,
    "_hash" text NOT NULL,
    "_raw" jsonb NOT NULL,
    "_fetch_hash" text,
    PRIMARY KEY ("_account", "id")
);
CREATE TABLE "__SCHEMA__"."apps_history" (
    "_account" text NOT NULL,
    "acm" boolean,
    "archived_at" timestamptz,
    "buildpack_provided_description" text,
    "build_stack_id" uuid,
    "build_stack_name" text,
    "created_at" timestamptz,
    "generation_id" uuid,
    "generation_name" text,
    "git_url" text,
    "id" uuid NOT NULL,
    "internal_routing" boolean,
    "maintenance" boolean,
    "name" text,
    "owner_email" text,
    "owner_id" uuid,
    "organization_id" uuid,
    "organization_name" text,
    "team_id" uuid,
    "team_name" text,
    "region_id" uuid,
    "region_name" text,
    "released_at" timestamptz,
    "repo_size" bigint,
    "slug_size" bigint,
    "space_id" uuid,
    "space_name" text,
    "space_shield" boolean,
    "stack_id" uuid,
    "stack_name" text,
    "updated_at" timestamptz,
    "web_url" text,
    "_load_id" bigint NOT NULL,
    "_hash" text NOT NULL,
    "_raw" jsonb NOT NULL,
    "_valid_from" timestamptz NOT NULL,
    "_valid_to" timestamptz,
    "_op" text NOT NULL
        CHECK ("_op" IN (''insert'', ''update'', ''delete'')),
    PRIMARY KEY ("_account", "id", "_load_id")
);
CREATE INDEX ON "__SCHEMA__"."apps_history"
    ("_account", "id")
    WHERE "_valid_to" IS NULL;
CREATE INDEX ON "__SCHEMA__"."apps" ("_fetch_hash");
COMMENT ON COLUMN "__SCHEMA__"."apps"."_account" IS ''label of the Heroku account the row came from (--account-label, default its email)'';
COMMENT ON COLUMN "__SCHEMA__"."apps_history"."_account" IS ''label of the Heroku account the row came from (--account-label, default its email)'';
COMMENT ON COLUMN "__SCHEMA__"."apps"."_load_id" IS ''the load (heroku._loads.load_id) that wrote this version of the row'';
COMMENT ON COLUMN "__SCHEMA__"."apps_history"."_load_id" IS ''the load (heroku._loads.load_id) that wrote this version of the row'';
COMMENT ON COLUMN "__SCHEMA__"."apps"."_hash" IS ''md5 of _raw::text; an unchanged hash means unchanged content'';
COMMENT ON COLUMN "__SCHEMA__"."apps_history"."_hash" IS ''md5 of _raw::text; an unchanged hash means unchanged content'';
COMMENT ON COLUMN "__SCHEMA__"."apps"."_raw" IS ''the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)'';
COMMENT ON COLUMN "__SCHEMA__"."apps_history"."_raw" IS ''the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)'';
COMMENT ON COLUMN "__SCHEMA__"."apps_history"."_valid_from" IS ''when this version became current (the start of the load that saw it)'';
COMMENT ON COLUMN "__SCHEMA__"."apps_history"."_valid_to" IS ''when this version stopped being current; null while it is current'';
COMMENT ON COLUMN "__SCHEMA__"."apps_history"."_op" IS ''insert, update or delete: what the load that wrote this version saw'';
COMMENT ON COLUMN "__SCHEMA__"."apps"."_fetch_hash" IS ''fingerprint of the JSON text last staged (MurmurHash3 128): a reload skips objects that arrive exactly as stored''');
INSERT INTO __SCHEMA__._schema_changes VALUES (3, 1, '2026-12-07 12:49:04.127484+00', 'addons', NULL, 'create table', NULL, NULL, 'CREATE TABLE "__SCHEMA__"."addons" (
    "_account" text NOT NULL,
    "actions" jsonb,
    "addon_service_id" uuid,
    "addon_service_name" text,
    "billing_entity_id" uuid,
    "billing_entity_name" text,
    "billing_entity_type" text,
    "app_id" uuid,
    "app_name" text,
    "billed_price_cents" bigint,
    "billed_price_contract" boolean,
    "billed_price_unit" text,
    "config_vars" jsonb,
    "created_at" timestamptz,
    "id" uuid NOT NULL,
    "name" text,
    "plan_id" uuid,
    "plan_name" text,
    "provider_id" text,
    "provision_message" text,
    "state" text,
    "updated_at" timestamptz,
    "web_url" text,
    "_load_id" bigint NOT NULL,
    "_hash" text NOT NULL,
    "_raw" jsonb NOT NULL,
    "_fetch_hash" text,
    PRIMARY KEY ("_account", "id")
);
CREATE TABLE "__SCHEMA__"."addons_history" (
    "_account" text NOT NULL,
    "actions" jsonb,
    "addon_service_id" uuid,
    "addon_service_name" text,
    "billing_entity_id" uuid,
    "billing_entity_name" text,
    "billing_entity_type" text,
    "app_id" uuid,
    "app_name" text,
    "billed_price_cents" bigint,
    "billed_price_contract" boolean,
    "billed_price_unit" text,
    "config_vars" jsonb,
    "created_at" timestamptz,
    "id" uuid NOT NULL,
    "name" text,
    "plan_id" uuid,
    "plan_name" text,
    "provider_id" text,
    "provision_message" text,
    "state" text,
    "updated_at" timestamptz,
    "web_url" text,
    "_load_id" bigint NOT NULL,
    "_hash" text NOT NULL,
    "_raw" jsonb NOT NULL,
    "_valid_from" timestamptz NOT NULL,
    "_valid_to" timestamptz,
    "_op" text NOT NULL
        CHECK ("_op" IN (''insert'', ''update'', ''delete'')),
    PRIMARY KEY ("_account", "id", "_load_id")
);
CREATE INDEX ON "__SCHEMA__"."addons_history"
    ("_account", "id")
    WHERE "_valid_to" IS NULL;
CREATE INDEX ON "__SCHEMA__"."addons" ("_fetch_hash");
COMMENT ON COLUMN "__SCHEMA__"."addons"."_account" IS ''label of the Heroku account the row came from (--account-label, default its email)'';
COMMENT ON COLUMN "__SCHEMA__"."addons_history"."_account" IS ''label of the Heroku account the row came from (--account-label, default its email)'';
COMMENT ON COLUMN "__SCHEMA__"."addons"."_load_id" IS ''the load (heroku._loads.load_id) that wrote this version of the row'';
COMMENT ON COLUMN "__SCHEMA__"."addons_history"."_load_id" IS ''the load (heroku._loads.load_id) that wrote this version of the row'';
COMMENT ON COLUMN "__SCHEMA__"."addons"."_hash" IS ''md5 of _raw::text; an unchanged hash means unchanged content'';
COMMENT ON COLUMN "__SCHEMA__"."addons_history"."_hash" IS ''md5 of _raw::text; an unchanged hash means unchanged content'';
COMMENT ON COLUMN "__SCHEMA__"."addons"."_raw" IS ''the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)'';
COMMENT ON COLUMN "__SCHEMA__"."addons_history"."_raw" IS ''the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)'';
COMMENT ON COLUMN "__SCHEMA__"."addons_history"."_valid_from" IS ''when this version became current (the start of the load that saw it)'';
COMMENT ON COLUMN "__SCHEMA__"."addons_history"."_valid_to" IS ''when this version stopped being current; null while it is current'';
COMMENT ON COLUMN "__SCHEMA__"."addons_history"."_op" IS ''insert, update or delete: what the load that wrote this version saw'';
COMMENT ON COLUMN "__SCHEMA__"."addons"."_fetch_hash" IS ''fingerprint of the JSON text last staged (MurmurHash3 128): a reload skips objects that arrive exactly as stored''');
INSERT INTO __SCHEMA__._schema_changes VALUES (4, 1, '2026-12-07 12:49:04.142642+00', 'addon_services', NULL, 'create table', NULL, NULL, 'CREATE TABLE "__SCHEMA__"."addon_services" (
    "_account" text NOT NULL,
    "cli_plugin_name" text,
    "created_at" timestamptz,
    "human_name" text,
    "id" uuid NOT NULL,
    "name" text,
    "state" text,
    "supports_multiple_installations" boolean,
    "supports_sharing" boolean,
    "updated_at" timestamptz,
    "supported_generations" jsonb,
    "_load_id" bigint NOT NULL,
    "_hash" text NOT NULL,
    "_raw" jsonb NOT NULL,
    "_fetch_hash" text,
    PRIMARY KEY ("_account", "id")
);
CREATE TABLE "__SCHEMA__"."addon_services_history" (
    "_account" text NOT NULL,
    "cli_plugin_name" text,
    "created_at" timestamptz,
    "human_name" text,
    "id" uuid NOT NULL,
    "name" text,
    "state" text,
    "supports_multiple_installations" boolean,
    "supports_sharing" boolean,
    "updated_at" timestamptz,
    "supported_generations" jsonb,
    "_load_id" bigint NOT NULL,
    "_hash" text NOT NULL,
    "_raw" jsonb NOT NULL,
    "_valid_from" timestamptz NOT NULL,
    "_valid_to" timestamptz,
    "_op" text NOT NULL
        CHECK ("_op" IN (''insert'', ''update'', ''delete'')),
    PRIMARY KEY ("_account", "id", "_load_id")
);
CREATE INDEX ON "__SCHEMA__"."addon_services_history"
    ("_account", "id")
    WHERE "_valid_to" IS NULL;
CREATE INDEX ON "__SCHEMA__"."addon_services" ("_fetch_hash");
COMMENT ON COLUMN "__SCHEMA__"."addon_services"."_account" IS ''label of the Heroku account the row came from (--account-label, default its email)'';
COMMENT ON COLUMN "__SCHEMA__"."addon_services_history"."_account" IS ''label of the Heroku account the row came from (--account-label, default its email)'';
COMMENT ON COLUMN "__SCHEMA__"."addon_services"."_load_id" IS ''the load (heroku._loads.load_id) that wrote this version of the row'';
COMMENT ON COLUMN "__SCHEMA__"."addon_services_history"."_load_id" IS ''the load (heroku._loads.load_id) that wrote this version of the row'';
COMMENT ON COLUMN "__SCHEMA__"."addon_services"."_hash" IS ''md5 of _raw::text; an unchanged hash means unchanged content'';
COMMENT ON COLUMN "__SCHEMA__"."addon_services_history"."_hash" IS ''md5 of _raw::text; an unchanged hash means unchanged content'';
COMMENT ON COLUMN "__SCHEMA__"."addon_services"."_raw" IS ''the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)'';
COMMENT ON COLUMN "__SCHEMA__"."addon_services_history"."_raw" IS ''the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)'';
COMMENT ON COLUMN "__SCHEMA__"."addon_services_history"."_valid_from" IS ''when this version became current (the start of the load that saw it)'';
COMMENT ON COLUMN "__SCHEMA__"."addon_services_history"."_valid_to" IS ''when this version stopped being current; null while it is current'';
COMMENT ON COLUMN "__SCHEMA__"."addon_services_history"."_op" IS ''insert, update or delete: what the load that wrote this version saw'';
COMMENT ON COLUMN "__SCHEMA__"."addon_services"."_fetch_hash" IS ''fingerprint of the JSON text last staged (MurmurHash3 128): a reload skips objects that arrive exactly as stored''');
INSERT INTO __SCHEMA__._schema_changes VALUES (5, 1, '2026-12-07 12:49:04.15542+00', 'account', NULL, 'create table', NULL, NULL, 'CREATE TABLE "__SCHEMA__"."account" (
    "_account" text NOT NULL,
    "allow_tracking" boolean,
    "beta" boolean,
    "created_at" timestamptz,
    "email" text,
    "federated" boolean,
    "id" uuid NOT NULL,
    "identity_provider_id" uuid,
    "identity_provider_name" text,
    "identity_provider_team_name" text,
    "identity_provider_organization_name" text,
    "identity_provider_owner_id" uuid,
    "identity_provider_owner_name" text,
    "identity_provider_owner_type" text,
    "last_login" timestamptz,
    "name" text,
    "sms_number" text,
    "suspended_at" timestamptz,
    "delinquent_at" timestamptz,
    "two_factor_authentication" boolean,
    "updated_at" timestamptz,
    "verified" boolean,
    "country_of_residence" text,
    "default_organization_id" uuid,
    "default_organization_name" text,
    "default_team_id" uuid,
    "default_team_name" text,
    "_load_id" bigint NOT NULL,
    "_hash" text NOT NULL,
    "_raw" jsonb NOT NULL,
    "_fetch_hash" text,
    PRIMARY KEY ("_account", "id")
);
CREATE TABLE "__SCHEMA__"."account_history" (
    "_account" text NOT NULL,
    "allow_tracking" boolean,
    "beta" boolean,
    "created_at" timestamptz,
    "email" text,
    "federated" boolean,
    "id" uuid NOT NULL,
    "identity_provider_id" uuid,
    "identity_provider_name" text,
    "identity_provider_team_name" text,
    "identity_provider_organization_name" text,
    "identity_provider_owner_id" uuid,
    "identity_provider_owner_name" text,
    "identity_provider_owner_type" text,
    "last_login" timestamptz,
    "name" text,
    "sms_number" text,
    "suspended_at" timestamptz,
    "delinquent_at" timestamptz,
    "two_factor_authentication" boolean,
    "updated_at" timestamptz,
    "verified" boolean,
    "country_of_residence" text,
    "default_organization_id" uuid,
    "default_organization_name" text,
    "default_team_id" uuid,
    "default_team_name" text,
    "_load_id" bigint NOT NULL,
    "_hash" text NOT NULL,
    "_raw" jsonb NOT NULL,
    "_valid_from" timestamptz NOT NULL,
    "_valid_to" timestamptz,
    "_op" text NOT NULL
        CHECK ("_op" IN (''insert'', ''update'', ''delete'')),
    PRIMARY KEY ("_account", "id", "_load_id")
);
CREATE INDEX ON "__SCHEMA__"."account_history"
    ("_account", "id")
    WHERE "_valid_to" IS NULL;
CREATE INDEX ON "__SCHEMA__"."account" ("_fetch_hash");
COMMENT ON COLUMN "__SCHEMA__"."account"."_account" IS ''label of the Heroku account the row came from (--account-label, default its email)'';
COMMENT ON COLUMN "__SCHEMA__"."account_history"."_account" IS ''label of the Heroku account the row came from (--account-label, default its email)'';
COMMENT ON COLUMN "__SCHEMA__"."account"."_load_id" IS ''the load (heroku._loads.load_id) that wrote this version of the row'';
COMMENT ON COLUMN "__SCHEMA__"."account_history"."_load_id" IS ''the load (heroku._loads.load_id) that wrote this version of the row'';
COMMENT ON COLUMN "__SCHEMA__"."account"."_hash" IS ''md5 of _raw::text; an unchanged hash means unchanged content'';
COMMENT ON COLUMN "__SCHEMA__"."account_history"."_hash" IS ''md5 of _raw::text; an unchanged hash means unchanged content'';
COMMENT ON COLUMN "__SCHEMA__"."account"."_raw" IS ''the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)'';
COMMENT ON COLUMN "__SCHEMA__"."account_history"."_raw" IS ''the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)'';
COMMENT ON COLUMN "__SCHEMA__"."account_history"."_valid_from" IS ''when this version became current (the start of the load that saw it)'';
COMMENT ON COLUMN "__SCHEMA__"."account_history"."_valid_to" IS ''when this version stopped being current; null while it is current'';
COMMENT ON COLUMN "__SCHEMA__"."account_history"."_op" IS ''insert, update or delete: what the load that wrote this version saw'';
COMMENT ON COLUMN "__SCHEMA__"."account"."_fetch_hash" IS ''fingerprint of the JSON text last staged (MurmurHash3 128): a reload skips objects that arrive exactly as stored''');
INSERT INTO __SCHEMA__._schema_changes VALUES (6, 1, '2026-12-07 12:49:04.170648+00', 'addon_attachments', NULL, 'create table', NULL, NULL, 'CREATE TABLE "__SCHEMA__"."addon_attachments" (
    "_account" text NOT NULL,
    "addon_id" uuid,
    "addon_name" text,
    "addon_app_id" uuid,
    "addon_app_name" text,
    "app_id" uuid,
    "app_name" text,
    "created_at" timestamptz,
    "id" uuid NOT NULL,
    "name" text,
    "namespace" text,
    "updated_at" timestamptz,
    "web_url" text,
    "_load_id" bigint NOT NULL,
    "_hash" text NOT NULL,
    "_raw" jsonb NOT NULL,
    "_fetch_hash" text,
    PRIMARY KEY ("_account", "id")
);
CREATE TABLE "__SCHEMA__"."addon_attachments_history" (
    "_account" text NOT NULL,
    "addon_id" uuid,
    "addon_name" text,
    "addon_app_id" uuid,
    "addon_app_name" text,
    "app_id" uuid,
    "app_name" text,
    "created_at" timestamptz,
    "id" uuid NOT NULL,
    "name" text,
    "namespace" text,
    "updated_at" timestamptz,
    "web_url" text,
    "_load_id" bigint NOT NULL,
    "_hash" text NOT NULL,
    "_raw" jsonb NOT NULL,
    "_valid_from" timestamptz NOT NULL,
    "_valid_to" timestamptz,
    "_op" text NOT NULL
        CHECK ("_op" IN (''insert'', ''update'', ''delete'')),
    PRIMARY KEY ("_account", "id", "_load_id")
);
CREATE INDEX ON "__SCHEMA__"."addon_attachments_history"
    ("_account", "id")
    WHERE "_valid_to" IS NULL;
CREATE INDEX ON "__SCHEMA__"."addon_attachments" ("_fetch_hash");
COMMENT ON COLUMN "__SCHEMA__"."addon_attachments"."_account" IS ''label of the Heroku account the row came from (--account-label, default its email)'';
COMMENT ON COLUMN "__SCHEMA__"."addon_attachments_history"."_account" IS ''label of the Heroku account the row came from (--account-label, default its email)'';
COMMENT ON COLUMN "__SCHEMA__"."addon_attachments"."_load_id" IS ''the load (heroku._loads.load_id) that wrote this version of the row'';
COMMENT ON COLUMN "__SCHEMA__"."addon_attachments_history"."_load_id" IS ''the load (heroku._loads.load_id) that wrote this version of the row'';
COMMENT ON COLUMN "__SCHEMA__"."addon_attachments"."_hash" IS ''md5 of _raw::text; an unchanged hash means unchanged content'';
COMMENT ON COLUMN "__SCHEMA__"."addon_attachments_history"."_hash" IS ''md5 of _raw::text; an unchanged hash means unchanged content'';
COMMENT ON COLUMN "__SCHEMA__"."addon_attachments"."_raw" IS ''the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)'';
COMMENT ON COLUMN "__SCHEMA__"."addon_attachments_history"."_raw" IS ''the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)'';
COMMENT ON COLUMN "__SCHEMA__"."addon_attachments_history"."_valid_from" IS ''when this version became current (the start of the load that saw it)'';
COMMENT ON COLUMN "__SCHEMA__"."addon_attachments_history"."_valid_to" IS ''when this version stopped being current; null while it is current'';
COMMENT ON COLUMN "__SCHEMA__"."addon_attachments_history"."_op" IS ''insert, update or delete: what the load that wrote this version saw'';
COMMENT ON COLUMN "__SCHEMA__"."addon_attachments"."_fetch_hash" IS ''fingerprint of the JSON text last staged (MurmurHash3 128): a reload skips objects that arrive exactly as stored''');
INSERT INTO __SCHEMA__._schema_changes VALUES (7, 1, '2026-12-07 12:49:04.184321+00', 'pipelines', NULL, 'create table', NULL, NULL, 'CREATE TABLE "__SCHEMA__"."pipelines" (
    "_account" text NOT NULL,
    "created_at" timestamptz,
    "id" uuid NOT NULL,
    "name" text,
    "owner_id" uuid,
    "owner_type" text,
    "updated_at" timestamptz,
    "generation_id" uuid,
    "generation_name" text,
    "_load_id" bigint NOT NULL,
    "_hash" text NOT NULL,
    "_raw" jsonb NOT NULL,
    "_fetch_hash" text,
    PRIMARY KEY ("_account", "id")
);
CREATE TABLE "__SCHEMA__"."pipelines_history" (
    "_account" text NOT NULL,
    "created_at" timestamptz,
    "id" uuid NOT NULL,
    "name" text,
    "owner_id" uuid,
    "owner_type" text,
    "updated_at" timestamptz,
    "generation_id" uuid,
    "generation_name" text,
    "_load_id" bigint NOT NULL,
    "_hash" text NOT NULL,
    "_raw" jsonb NOT NULL,
    "_valid_from" timestamptz NOT NULL,
    "_valid_to" timestamptz,
    "_op" text NOT NULL
        CHECK ("_op" IN (''insert'', ''update'', ''delete'')),
    PRIMARY KEY ("_account", "id", "_load_id")
);
CREATE INDEX ON "__SCHEMA__"."pipelines_history"
    ("_account", "id")
    WHERE "_valid_to" IS NULL;
CREATE INDEX ON "__SCHEMA__"."pipelines" ("_fetch_hash");
COMMENT ON COLUMN "__SCHEMA__"."pipelines"."_account" IS ''label of the Heroku account the row came from (--account-label, default its email)'';
COMMENT ON COLUMN "__SCHEMA__"."pipelines_history"."_account" IS ''label of the Heroku account the row came from (--account-label, default its email)'';
COMMENT ON COLUMN "__SCHEMA__"."pipelines"."_load_id" IS ''the load (heroku._loads.load_id) that wrote this version of the row'';
COMMENT ON COLUMN "__SCHEMA__"."pipelines_history"."_load_id" IS ''the load (heroku._loads.load_id) that wrote this version of the row'';
COMMENT ON COLUMN "__SCHEMA__"."pipelines"."_hash" IS ''md5 of _raw::text; an unchanged hash means unchanged content'';
COMMENT ON COLUMN "__SCHEMA__"."pipelines_history"."_hash" IS ''md5 of _raw::text; an unchanged hash means unchanged content'';
COMMENT ON COLUMN "__SCHEMA__"."pipelines"."_raw" IS ''the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)'';
COMMENT ON COLUMN "__SCHEMA__"."pipelines_history"."_raw" IS ''the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)'';
COMMENT ON COLUMN "__SCHEMA__"."pipelines_history"."_valid_from" IS ''when this version became current (the start of the load that saw it)'';
COMMENT ON COLUMN "__SCHEMA__"."pipelines_history"."_valid_to" IS ''when this version stopped being current; null while it is current'';
COMMENT ON COLUMN "__SCHEMA__"."pipelines_history"."_op" IS ''insert, update or delete: what the load that wrote this version saw'';
COMMENT ON COLUMN "__SCHEMA__"."pipelines"."_fetch_hash" IS ''fingerprint of the JSON text last staged (MurmurHash3 128): a reload skips objects that arrive exactly as stored''');
INSERT INTO __SCHEMA__._schema_changes VALUES (8, 1, '2026-12-07 12:49:04.196046+00', 'pipeline_couplings', NULL, 'create table', NULL, NULL, 'CREATE TABLE "__SCHEMA__"."pipeline_couplings" (
    "_account" text NOT NULL,
    "app_id" uuid,
    "created_at" timestamptz,
    "id" uuid NOT NULL,
    "pipeline_id" uuid,
    "stage" text,
    "updated_at" timestamptz,
    "_load_id" bigint NOT NULL,
    "_hash" text NOT NULL,
    "_raw" jsonb NOT NULL,
    "_fetch_hash" text,
    PRIMARY KEY ("_account", "id")
);
CREATE TABLE "__SCHEMA__"."pipeline_couplings_history" (
    "_account" text NOT NULL,
    "app_id" uuid,
    "created_at" timestamptz,
    "id" uuid NOT NULL,
    "pipeline_id" uuid,
    "stage" text,
    "updated_at" timestamptz,
    "_load_id" bigint NOT NULL,
    "_hash" text NOT NULL,
    "_raw" jsonb NOT NULL,
    "_valid_from" timestamptz NOT NULL,
    "_valid_to" timestamptz,
    "_op" text NOT NULL
        CHECK ("_op" IN (''insert'', ''update'', ''delete'')),
    PRIMARY KEY ("_account", "id", "_load_id")
);
CREATE INDEX ON "__SCHEMA__"."pipeline_couplings_history"
    ("_account", "id")
    WHERE "_valid_to" IS NULL;
CREATE INDEX ON "__SCHEMA__"."pipeline_couplings" ("_fetch_hash");
COMMENT ON COLUMN "__SCHEMA__"."pipeline_couplings"."_account" IS ''label of the Heroku account the row came from (--account-label, default its email)'';
COMMENT ON COLUMN "__SCHEMA__"."pipeline_couplings_history"."_account" IS ''label of the Heroku account the row came from (--account-label, default its email)'';
COMMENT ON COLUMN "__SCHEMA__"."pipeline_couplings"."_load_id" IS ''the load (heroku._loads.load_id) that wrote this version of the row'';
COMMENT ON COLUMN "__SCHEMA__"."pipeline_couplings_history"."_load_id" IS ''the load (heroku._loads.load_id) that wrote this version of the row'';
COMMENT ON COLUMN "__SCHEMA__"."pipeline_couplings"."_hash" IS ''md5 of _raw::text; an unchanged hash means unchanged content'';
COMMENT ON COLUMN "__SCHEMA__"."pipeline_couplings_history"."_hash" IS ''md5 of _raw::text; an unchanged hash means unchanged content'';
COMMENT ON COLUMN "__SCHEMA__"."pipeline_couplings"."_raw" IS ''the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)'';
COMMENT ON COLUMN "__SCHEMA__"."pipeline_couplings_history"."_raw" IS ''the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)'';
COMMENT ON COLUMN "__SCHEMA__"."pipeline_couplings_history"."_valid_from" IS ''when this version became current (the start of the load that saw it)'';
COMMENT ON COLUMN "__SCHEMA__"."pipeline_couplings_history"."_valid_to" IS ''when this version stopped being current; null while it is current'';
COMMENT ON COLUMN "__SCHEMA__"."pipeline_couplings_history"."_op" IS ''insert, update or delete: what the load that wrote this version saw'';
COMMENT ON COLUMN "__SCHEMA__"."pipeline_couplings"."_fetch_hash" IS ''fingerprint of the JSON text last staged (MurmurHash3 128): a reload skips objects that arrive exactly as stored''');
INSERT INTO __SCHEMA__._schema_changes VALUES (9, 1, '2026-12-07 12:49:04.208914+00', 'spaces', NULL, 'create table', NULL, NULL, 'CREATE TABLE "__SCHEMA__"."spaces" (
    "_account" text NOT NULL,
    "created_at" timestamptz,
    "id" uuid NOT NULL,
    "name" text,
    "organization_name" text,
    "team_id" uuid,
    "team_name" text,
    "region_id" uuid,
    "region_name" text,
    "shield" boolean,
    "state" text,
    "updated_at" timestamptz,
    "cidr" text,
    "data_cidr" text,
    "generation_id" uuid,
    "generation_name" text,
    "_load_id" bigint NOT NULL,
    "_hash" text NOT NULL,
    "_raw" jsonb NOT NULL,
    "_fetch_hash" text,
    PRIMARY KEY ("_account", "id")
);
CREATE TABLE "__SCHEMA__"."spaces_history" (
    "_account" text NOT NULL,
    "created_at" timestamptz,
    "id" uuid NOT NULL,
    "name" text,
    "organization_name" text,
    "team_id" uuid,
    "team_name" text,
    "region_id" uuid,
    "region_name" text,
    "shield" boolean,
    "state" text,
    "updated_at" timestamptz,
    "cidr" text,
    "data_cidr" text,
    "generation_id" uuid,
    "generation_name" text,
    "_load_id" bigint NOT NULL,
    "_hash" text NOT NULL,
    "_raw" jsonb NOT NULL,
    "_valid_from" timestamptz NOT NULL,
    "_valid_to" timestamptz,
    "_op" text NOT NULL
        CHECK ("_op" IN (''insert'', ''update'', ''delete'')),
    PRIMARY KEY ("_account", "id", "_load_id")
);
CREATE INDEX ON "__SCHEMA__"."spaces_history"
    ("_account", "id")
    WHERE "_valid_to" IS NULL;
CREATE INDEX ON "__SCHEMA__"."spaces" ("_fetch_hash");
COMMENT ON COLUMN "__SCHEMA__"."spaces"."_account" IS ''label of the Heroku account the row came from (--account-label, default its email)'';
COMMENT ON COLUMN "__SCHEMA__"."spaces_history"."_account" IS ''label of the Heroku account the row came from (--account-label, default its email)'';
COMMENT ON COLUMN "__SCHEMA__"."spaces"."_load_id" IS ''the load (heroku._loads.load_id) that wrote this version of the row'';
COMMENT ON COLUMN "__SCHEMA__"."spaces_history"."_load_id" IS ''the load (heroku._loads.load_id) that wrote this version of the row'';
COMMENT ON COLUMN "__SCHEMA__"."spaces"."_hash" IS ''md5 of _raw::text; an unchanged hash means unchanged content'';
COMMENT ON COLUMN "__SCHEMA__"."spaces_history"."_hash" IS ''md5 of _raw::text; an unchanged hash means unchanged content'';
COMMENT ON COLUMN "__SCHEMA__"."spaces"."_raw" IS ''the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)'';
COMMENT ON COLUMN "__SCHEMA__"."spaces_history"."_raw" IS ''the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)'';
COMMENT ON COLUMN "__SCHEMA__"."spaces_history"."_valid_from" IS ''when this version became current (the start of the load that saw it)'';
COMMENT ON COLUMN "__SCHEMA__"."spaces_history"."_valid_to" IS ''when this version stopped being current; null while it is current'';
COMMENT ON COLUMN "__SCHEMA__"."spaces_history"."_op" IS ''insert, update or delete: what the load that wrote this version saw'';
COMMENT ON COLUMN "__SCHEMA__"."spaces"."_fetch_hash" IS ''fingerprint of the JSON text last staged (MurmurHash3 128): a reload skips objects that arrive exactly as stored''');
INSERT INTO __SCHEMA__._schema_changes VALUES (10, 1, '2026-12-07 12:49:04.222862+00', 'regions', NULL, 'create table', NULL, NULL, 'CREATE TABLE "__SCHEMA__"."regions" (
    "_account" text NOT NULL,
    "country" text,
    "created_at" timestamptz,
    "description" text,
    "id" uuid NOT NULL,
    "locale" text,
    "name" text,
    "private_capable" boolean,
    "provider_name" text,
    "provider_region" text,
    "updated_at" timestamptz,
    "_load_id" bigint NOT NULL,
    "_hash" text NOT NULL,
    "_raw" jsonb NOT NULL,
    "_fetch_hash" text,
    PRIMARY KEY ("_account", "id")
);
CREATE TABLE "__SCHEMA__"."regions_history" (
    "_account" text NOT NULL,
    "country" text,
    "created_at" timestamptz,
    "description" text,
    "id" uuid NOT NULL,
    "locale" text,
    "name" text,
    "private_capable" boolean,
    "provider_name" text,
    "provider_region" text,
    "updated_at" timestamptz,
    "_load_id" bigint NOT NULL,
    "_hash" text NOT NULL,
    "_raw" jsonb NOT NULL,
    "_valid_from" timestamptz NOT NULL,
    "_valid_to" timestamptz,
    "_op" text NOT NULL
        CHECK ("_op" IN (''insert'', ''update'', ''delete'')),
    PRIMARY KEY ("_account", "id", "_load_id")
);
CREATE INDEX ON "__SCHEMA__"."regions_history"
    ("_account", "id")
    WHERE "_valid_to" IS NULL;
CREATE INDEX ON "__SCHEMA__"."regions" ("_fetch_hash");
COMMENT ON COLUMN "__SCHEMA__"."regions"."_account" IS ''label of the Heroku account the row came from (--account-label, default its email)'';
COMMENT ON COLUMN "__SCHEMA__"."regions_history"."_account" IS ''label of the Heroku account the row came from (--account-label, default its email)'';
COMMENT ON COLUMN "__SCHEMA__"."regions"."_load_id" IS ''the load (heroku._loads.load_id) that wrote this version of the row'';
COMMENT ON COLUMN "__SCHEMA__"."regions_history"."_load_id" IS ''the load (heroku._loads.load_id) that wrote this version of the row'';
COMMENT ON COLUMN "__SCHEMA__"."regions"."_hash" IS ''md5 of _raw::text; an unchanged hash means unchanged content'';
COMMENT ON COLUMN "__SCHEMA__"."regions_history"."_hash" IS ''md5 of _raw::text; an unchanged hash means unchanged content'';
COMMENT ON COLUMN "__SCHEMA__"."regions"."_raw" IS ''the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)'';
COMMENT ON COLUMN "__SCHEMA__"."regions_history"."_raw" IS ''the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)'';
COMMENT ON COLUMN "__SCHEMA__"."regions_history"."_valid_from" IS ''when this version became current (the start of the load that saw it)'';
COMMENT ON COLUMN "__SCHEMA__"."regions_history"."_valid_to" IS ''when this version stopped being current; null while it is current'';
COMMENT ON COLUMN "__SCHEMA__"."regions_history"."_op" IS ''insert, update or delete: what the load that wrote this version saw'';
COMMENT ON COLUMN "__SCHEMA__"."regions"."_fetch_hash" IS ''fingerprint of the JSON text last staged (MurmurHash3 128): a reload skips objects that arrive exactly as stored''');
INSERT INTO __SCHEMA__._schema_changes VALUES (11, 1, '2026-12-07 12:49:04.236272+00', 'stacks', NULL, 'create table', NULL, NULL, 'CREATE TABLE "__SCHEMA__"."stacks" (
    "_account" text NOT NULL,
    "default_" boolean,
    "created_at" timestamptz,
    "id" uuid NOT NULL,
    "name" text,
    "state" text,
    "updated_at" timestamptz,
    "_load_id" bigint NOT NULL,
    "_hash" text NOT NULL,
    "_raw" jsonb NOT NULL,
    "_fetch_hash" text,
    PRIMARY KEY ("_account", "id")
);
CREATE TABLE "__SCHEMA__"."stacks_history" (
    "_account" text NOT NULL,
    "default_" boolean,
    "created_at" timestamptz,
    "id" uuid NOT NULL,
    "name" text,
    "state" text,
    "updated_at" timestamptz,
    "_load_id" bigint NOT NULL,
    "_hash" text NOT NULL,
    "_raw" jsonb NOT NULL,
    "_valid_from" timestamptz NOT NULL,
    "_valid_to" timestamptz,
    "_op" text NOT NULL
        CHECK ("_op" IN (''insert'', ''update'', ''delete'')),
    PRIMARY KEY ("_account", "id", "_load_id")
);
CREATE INDEX ON "__SCHEMA__"."stacks_history"
    ("_account", "id")
    WHERE "_valid_to" IS NULL;
CREATE INDEX ON "__SCHEMA__"."stacks" ("_fetch_hash");
COMMENT ON COLUMN "__SCHEMA__"."stacks"."_account" IS ''label of the Heroku account the row came from (--account-label, default its email)'';
COMMENT ON COLUMN "__SCHEMA__"."stacks_history"."_account" IS ''label of the Heroku account the row came from (--account-label, default its email)'';
COMMENT ON COLUMN "__SCHEMA__"."stacks"."_load_id" IS ''the load (heroku._loads.load_id) that wrote this version of the row'';
COMMENT ON COLUMN "__SCHEMA__"."stacks_history"."_load_id" IS ''the load (heroku._loads.load_id) that wrote this version of the row'';
COMMENT ON COLUMN "__SCHEMA__"."stacks"."_hash" IS ''md5 of _raw::text; an unchanged hash means unchanged content'';
COMMENT ON COLUMN "__SCHEMA__"."stacks_history"."_hash" IS ''md5 of _raw::text; an unchanged hash means unchanged content'';
COMMENT ON COLUMN "__SCHEMA__"."stacks"."_raw" IS ''the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)'';
COMMENT ON COLUMN "__SCHEMA__"."stacks_history"."_raw" IS ''the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)'';
COMMENT ON COLUMN "__SCHEMA__"."stacks_history"."_valid_from" IS ''when this version became current (the start of the load that saw it)'';
COMMENT ON COLUMN "__SCHEMA__"."stacks_history"."_valid_to" IS ''when this version stopped being current; null while it is current'';
COMMENT ON COLUMN "__SCHEMA__"."stacks_history"."_op" IS ''insert, update or delete: what the load that wrote this version saw'';
COMMENT ON COLUMN "__SCHEMA__"."stacks"."_fetch_hash" IS ''fingerprint of the JSON text last staged (MurmurHash3 128): a reload skips objects that arrive exactly as stored''');
INSERT INTO __SCHEMA__._schema_changes VALUES (12, 1, '2026-12-07 12:49:04.248899+00', 'dyno_sizes', NULL, 'create table', NULL, NULL, 'CREATE TABLE "__SCHEMA__"."dyno_sizes" (
    "_account" text NOT NULL,
    "architecture" text,
    "compute" bigint,
    "cost_cents" bigint,
    "cost_unit" text,
    "dedicated" boolean,
    "precise_dyno_units" numeric,
    "generation_id" uuid,
    "generation_name" text,
    "id" uuid NOT NULL,
    "memory" numeric,
    "name" text,
    "private_space_only" boolean,
    "_load_id" bigint NOT NULL,
    "_hash" text NOT NULL,
    "_raw" jsonb NOT NULL,
    "_fetch_hash" text,
    PRIMARY KEY ("_account", "id")
);
CREATE TABLE "__SCHEMA__"."dyno_sizes_history" (
    "_account" text NOT NULL,
    "architecture" text,
    "compute" bigint,
    "cost_cents" bigint,
    "cost_unit" text,
    "dedicated" boolean,
    "precise_dyno_units" numeric,
    "generation_id" uuid,
    "generation_name" text,
    "id" uuid NOT NULL,
    "memory" numeric,
    "name" text,
    "private_space_only" boolean,
    "_load_id" bigint NOT NULL,
    "_hash" text NOT NULL,
    "_raw" jsonb NOT NULL,
    "_valid_from" timestamptz NOT NULL,
    "_valid_to" timestamptz,
    "_op" text NOT NULL
        CHECK ("_op" IN (''insert'', ''update'', ''delete'')),
    PRIMARY KEY ("_account", "id", "_load_id")
);
CREATE INDEX ON "__SCHEMA__"."dyno_sizes_history"
    ("_account", "id")
    WHERE "_valid_to" IS NULL;
CREATE INDEX ON "__SCHEMA__"."dyno_sizes" ("_fetch_hash");
COMMENT ON COLUMN "__SCHEMA__"."dyno_sizes"."_account" IS ''label of the Heroku account the row came from (--account-label, default its email)'';
COMMENT ON COLUMN "__SCHEMA__"."dyno_sizes_history"."_account" IS ''label of the Heroku account the row came from (--account-label, default its email)'';
COMMENT ON COLUMN "__SCHEMA__"."dyno_sizes"."_load_id" IS ''the load (heroku._loads.load_id) that wrote this version of the row'';
COMMENT ON COLUMN "__SCHEMA__"."dyno_sizes_history"."_load_id" IS ''the load (heroku._loads.load_id) that wrote this version of the row'';
COMMENT ON COLUMN "__SCHEMA__"."dyno_sizes"."_hash" IS ''md5 of _raw::text; an unchanged hash means unchanged content'';
COMMENT ON COLUMN "__SCHEMA__"."dyno_sizes_history"."_hash" IS ''md5 of _raw::text; an unchanged hash means unchanged content'';
COMMENT ON COLUMN "__SCHEMA__"."dyno_sizes"."_raw" IS ''the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)'';
COMMENT ON COLUMN "__SCHEMA__"."dyno_sizes_history"."_raw" IS ''the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)'';
COMMENT ON COLUMN "__SCHEMA__"."dyno_sizes_history"."_valid_from" IS ''when this version became current (the start of the load that saw it)'';
COMMENT ON COLUMN "__SCHEMA__"."dyno_sizes_history"."_valid_to" IS ''when this version stopped being current; null while it is current'';
COMMENT ON COLUMN "__SCHEMA__"."dyno_sizes_history"."_op" IS ''insert, update or delete: what the load that wrote this version saw'';
COMMENT ON COLUMN "__SCHEMA__"."dyno_sizes"."_fetch_hash" IS ''fingerprint of the JSON text last staged (MurmurHash3 128): a reload skips objects that arrive exactly as stored''');
INSERT INTO __SCHEMA__._schema_changes VALUES (13, 1, '2026-12-07 12:49:04.260675+00', 'team_members', NULL, 'create table', NULL, NULL, 'CREATE TABLE "__SCHEMA__"."team_members" (
    "_account" text NOT NULL,
    "created_at" timestamptz,
    "email" text,
    "federated" boolean,
    "id" uuid NOT NULL,
    "identity_provider_id" uuid,
    "identity_provider_name" text,
    "identity_provider_redacted" boolean,
    "identity_provider_owner_id" uuid,
    "identity_provider_owner_name" text,
    "identity_provider_owner_type" text,
    "role" text,
    "two_factor_authentication" boolean,
    "updated_at" timestamptz,
    "user_email" text,
    "user_id" uuid,
    "user_name" text,
    "team_id" uuid NOT NULL,
    "team_name" text,
    "_load_id" bigint NOT NULL,
    "_hash" text NOT NULL,
    "_raw" jsonb NOT NULL,
    "_fetch_hash" text,
    PRIMARY KEY ("_account", "team_id", "id")
);
CREATE TABLE "__SCHEMA__"."team_members_history" (
    "_account" text NOT NULL,
    "created_at" timestamptz,
    "email" text,
    "federated" boolean,
    "id" uuid NOT NULL,
    "identity_provider_id" uuid,
    "identity_provider_name" text,
    "identity_provider_redacted" boolean,
    "identity_provider_owner_id" uuid,
    "identity_provider_owner_name" text,
    "identity_provider_owner_type" text,
    "role" text,
    "two_factor_authentication" boolean,
    "updated_at" timestamptz,
    "user_email" text,
    "user_id" uuid,
    "user_name" text,
    "team_id" uuid NOT NULL,
    "team_name" text,
    "_load_id" bigint NOT NULL,
    "_hash" text NOT NULL,
    "_raw" jsonb NOT NULL,
    "_valid_from" timestamptz NOT NULL,
    "_valid_to" timestamptz,
    "_op" text NOT NULL
        CHECK ("_op" IN (''insert'', ''update'', ''delete'')),
    PRIMARY KEY ("_account", "team_id", "id", "_load_id")
);
CREATE INDEX ON "__SCHEMA__"."team_members_history"
    ("_account", "team_id", "id")
    WHERE "_valid_to" IS NULL;
CREATE INDEX ON "__SCHEMA__"."team_members" ("_fetch_hash");
COMMENT ON COLUMN "__SCHEMA__"."team_members"."_account" IS ''label of the Heroku account the row came from (--account-label, default its email)'';
COMMENT ON COLUMN "__SCHEMA__"."team_members_history"."_account" IS ''label of the Heroku account the row came from (--account-label, default its email)'';
COMMENT ON COLUMN "__SCHEMA__"."team_members"."_load_id" IS ''the load (heroku._loads.load_id) that wrote this version of the row'';
COMMENT ON COLUMN "__SCHEMA__"."team_members_history"."_load_id" IS ''the load (heroku._loads.load_id) that wrote this version of the row'';
COMMENT ON COLUMN "__SCHEMA__"."team_members"."_hash" IS ''md5 of _raw::text; an unchanged hash means unchanged content'';
COMMENT ON COLUMN "__SCHEMA__"."team_members_history"."_hash" IS ''md5 of _raw::text; an unchanged hash means unchanged content'';
COMMENT ON COLUMN "__SCHEMA__"."team_members"."_raw" IS ''the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)'';
COMMENT ON COLUMN "__SCHEMA__"."team_members_history"."_raw" IS ''the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)'';
COMMENT ON COLUMN "__SCHEMA__"."team_members_history"."_valid_from" IS ''when this version became current (the start of the load that saw it)'';
COMMENT ON COLUMN "__SCHEMA__"."team_members_history"."_valid_to" IS ''when this version stopped being current; null while it is current'';
COMMENT ON COLUMN "__SCHEMA__"."team_members_history"."_op" IS ''insert, update or delete: what the load that wrote this version saw'';
COMMENT ON COLUMN "__SCHEMA__"."team_members"."_fetch_hash" IS ''fingerprint of the JSON text last staged (MurmurHash3 128): a reload skips objects that arrive exactly as stored''');
INSERT INTO __SCHEMA__._schema_changes VALUES (14, 1, '2026-12-07 12:49:04.277516+00', 'app_releases', NULL, 'create table', NULL, NULL, 'CREATE TABLE "__SCHEMA__"."app_releases" (
    "_account" text NOT NULL,
    "addon_plan_names" jsonb,
    "artifacts" jsonb,
    "app_name" text,
    "app_id" uuid NOT NULL,
    "created_at" timestamptz,
    "description" text,
    "id" uuid NOT NULL,
    "updated_at" timestamptz,
    "slug_id" uuid,
    "status" text,
    "user_id" uuid,
    "user_email" text,
    "version" bigint,
    "current" boolean,
    "eligible_for_rollback" boolean,
    "_load_id" bigint NOT NULL,
    "_hash" text NOT NULL,
    "_raw" jsonb NOT NULL,
    "_fetch_hash" text,
    PRIMARY KEY ("_account", "app_id", "id")
);
CREATE TABLE "__SCHEMA__"."app_releases_history" (
    "_account" text NOT NULL,
    "addon_plan_names" jsonb,
    "artifacts" jsonb,
    "app_name" text,
    "app_id" uuid NOT NULL,
    "created_at" timestamptz,
    "description" text,
    "id" uuid NOT NULL,
    "updated_at" timestamptz,
    "slug_id" uuid,
    "status" text,
    "user_id" uuid,
    "user_email" text,
    "version" bigint,
    "current" boolean,
    "eligible_for_rollback" boolean,
    "_load_id" bigint NOT NULL,
    "_hash" text NOT NULL,
    "_raw" jsonb NOT NULL,
    "_valid_from" timestamptz NOT NULL,
    "_valid_to" timestamptz,
    "_op" text NOT NULL
        CHECK ("_op" IN (''insert'', ''update'', ''delete'')),
    PRIMARY KEY ("_account", "app_id", "id", "_load_id")
);
CREATE INDEX ON "__SCHEMA__"."app_releases_history"
    ("_account", "app_id", "id")
    WHERE "_valid_to" IS NULL;
CREATE INDEX ON "__SCHEMA__"."app_releases" ("_fetch_hash");
COMMENT ON COLUMN "__SCHEMA__"."app_releases"."_account" IS ''label of the Heroku account the row came from (--account-label, default its email)'';
COMMENT ON COLUMN "__SCHEMA__"."app_releases_history"."_account" IS ''label of the Heroku account the row came from (--account-label, default its email)'';
COMMENT ON COLUMN "__SCHEMA__"."app_releases"."_load_id" IS ''the load (heroku._loads.load_id) that wrote this version of the row'';
COMMENT ON COLUMN "__SCHEMA__"."app_releases_history"."_load_id" IS ''the load (heroku._loads.load_id) that wrote this version of the row'';
COMMENT ON COLUMN "__SCHEMA__"."app_releases"."_hash" IS ''md5 of _raw::text; an unchanged hash means unchanged content'';
COMMENT ON COLUMN "__SCHEMA__"."app_releases_history"."_hash" IS ''md5 of _raw::text; an unchanged hash means unchanged content'';
COMMENT ON COLUMN "__SCHEMA__"."app_releases"."_raw" IS ''the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)'';
COMMENT ON COLUMN "__SCHEMA__"."app_releases_history"."_raw" IS ''the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)'';
COMMENT ON COLUMN "__SCHEMA__"."app_releases_history"."_valid_from" IS ''when this version became current (the start of the load that saw it)'';
COMMENT ON COLUMN "__SCHEMA__"."app_releases_history"."_valid_to" IS ''when this version stopped being current; null while it is current'';
COMMENT ON COLUMN "__SCHEMA__"."app_releases_history"."_op" IS ''insert, update or delete: what the load that wrote this version saw'';
COMMENT ON COLUMN "__SCHEMA__"."app_releases"."_fetch_hash" IS ''fingerprint of the JSON text last staged (MurmurHash3 128): a reload skips objects that arrive exactly as stored''');
INSERT INTO __SCHEMA__._schema_changes VALUES (15, 1, '2026-12-07 12:49:04.293938+00', 'app_formation', NULL, 'create table', NULL, NULL, 'CREATE TABLE "__SCHEMA__"."app_formation" (
    "_account" text NOT NULL,
    "app_name" text,
    "app_id" uuid NOT NULL,
    "command" text,
    "created_at" timestamptz,
    "dyno_size_id" uuid,
    "dyno_size_name" text,
    "id" uuid NOT NULL,
    "quantity" bigint,
    "size" text,
    "type" text,
    "updated_at" timestamptz,
    "_load_id" bigint NOT NULL,
    "_hash" text NOT NULL,
    "_raw" jsonb NOT NULL,
    "_fetch_hash" text,
    PRIMARY KEY ("_account", "app_id", "id")
);
CREATE TABLE "__SCHEMA__"."app_formation_history" (
    "_account" text NOT NULL,
    "app_name" text,
    "app_id" uuid NOT NULL,
    "command" text,
    "created_at" timestamptz,
    "dyno_size_id" uuid,
    "dyno_size_name" text,
    "id" uuid NOT NULL,
    "quantity" bigint,
    "size" text,
    "type" text,
    "updated_at" timestamptz,
    "_load_id" bigint NOT NULL,
    "_hash" text NOT NULL,
    "_raw" jsonb NOT NULL,
    "_valid_from" timestamptz NOT NULL,
    "_valid_to" timestamptz,
    "_op" text NOT NULL
        CHECK ("_op" IN (''insert'', ''update'', ''delete'')),
    PRIMARY KEY ("_account", "app_id", "id", "_load_id")
);
CREATE INDEX ON "__SCHEMA__"."app_formation_history"
    ("_account", "app_id", "id")
    WHERE "_valid_to" IS NULL;
CREATE INDEX ON "__SCHEMA__"."app_formation" ("_fetch_hash");
COMMENT ON COLUMN "__SCHEMA__"."app_formation"."_account" IS ''label of the Heroku account the row came from (--account-label, default its email)'';
COMMENT ON COLUMN "__SCHEMA__"."app_formation_history"."_account" IS ''label of the Heroku account the row came from (--account-label, default its email)'';
COMMENT ON COLUMN "__SCHEMA__"."app_formation"."_load_id" IS ''the load (heroku._loads.load_id) that wrote this version of the row'';
COMMENT ON COLUMN "__SCHEMA__"."app_formation_history"."_load_id" IS ''the load (heroku._loads.load_id) that wrote this version of the row'';
COMMENT ON COLUMN "__SCHEMA__"."app_formation"."_hash" IS ''md5 of _raw::text; an unchanged hash means unchanged content'';
COMMENT ON COLUMN "__SCHEMA__"."app_formation_history"."_hash" IS ''md5 of _raw::text; an unchanged hash means unchanged content'';
COMMENT ON COLUMN "__SCHEMA__"."app_formation"."_raw" IS ''the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)'';
COMMENT ON COLUMN "__SCHEMA__"."app_formation_history"."_raw" IS ''the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)'';
COMMENT ON COLUMN "__SCHEMA__"."app_formation_history"."_valid_from" IS ''when this version became current (the start of the load that saw it)'';
COMMENT ON COLUMN "__SCHEMA__"."app_formation_history"."_valid_to" IS ''when this version stopped being current; null while it is current'';
COMMENT ON COLUMN "__SCHEMA__"."app_formation_history"."_op" IS ''insert, update or delete: what the load that wrote this version saw'';
COMMENT ON COLUMN "__SCHEMA__"."app_formation"."_fetch_hash" IS ''fingerprint of the JSON text last staged (MurmurHash3 128): a reload skips objects that arrive exactly as stored''');
INSERT INTO __SCHEMA__._schema_changes VALUES (16, 1, '2026-12-07 12:49:04.309687+00', 'app_domains', NULL, 'create table', NULL, NULL, 'CREATE TABLE "__SCHEMA__"."app_domains" (
    "_account" text NOT NULL,
    "acm_status" text,
    "acm_status_reason" text,
    "app_name" text,
    "app_id" uuid NOT NULL,
    "cname" text,
    "created_at" timestamptz,
    "hostname" text,
    "id" uuid NOT NULL,
    "kind" text,
    "updated_at" timestamptz,
    "status" text,
    "sni_endpoint_name" text,
    "sni_endpoint_id" uuid,
    "_load_id" bigint NOT NULL,
    "_hash" text NOT NULL,
    "_raw" jsonb NOT NULL,
    "_fetch_hash" text,
    PRIMARY KEY ("_account", "app_id", "id")
);
CREATE TABLE "__SCHEMA__"."app_domains_history" (
    "_account" text NOT NULL,
    "acm_status" text,
    "acm_status_reason" text,
    "app_name" text,
    "app_id" uuid NOT NULL,
    "cname" text,
    "created_at" timestamptz,
    "hostname" text,
    "id" uuid NOT NULL,
    "kind" text,
    "updated_at" timestamptz,
    "status" text,
    "sni_endpoint_name" text,
    "sni_endpoint_id" uuid,
    "_load_id" bigint NOT NULL,
    "_hash" text NOT NULL,
    "_raw" jsonb NOT NULL,
    "_valid_from" timestamptz NOT NULL,
    "_valid_to" timestamptz,
    "_op" text NOT NULL
        CHECK ("_op" IN (''insert'', ''update'', ''delete'')),
    PRIMARY KEY ("_account", "app_id", "id", "_load_id")
);
CREATE INDEX ON "__SCHEMA__"."app_domains_history"
    ("_account", "app_id", "id")
    WHERE "_valid_to" IS NULL;
CREATE INDEX ON "__SCHEMA__"."app_domains" ("_fetch_hash");
COMMENT ON COLUMN "__SCHEMA__"."app_domains"."_account" IS ''label of the Heroku account the row came from (--account-label, default its email)'';
COMMENT ON COLUMN "__SCHEMA__"."app_domains_history"."_account" IS ''label of the Heroku account the row came from (--account-label, default its email)'';
COMMENT ON COLUMN "__SCHEMA__"."app_domains"."_load_id" IS ''the load (heroku._loads.load_id) that wrote this version of the row'';
COMMENT ON COLUMN "__SCHEMA__"."app_domains_history"."_load_id" IS ''the load (heroku._loads.load_id) that wrote this version of the row'';
COMMENT ON COLUMN "__SCHEMA__"."app_domains"."_hash" IS ''md5 of _raw::text; an unchanged hash means unchanged content'';
COMMENT ON COLUMN "__SCHEMA__"."app_domains_history"."_hash" IS ''md5 of _raw::text; an unchanged hash means unchanged content'';
COMMENT ON COLUMN "__SCHEMA__"."app_domains"."_raw" IS ''the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)'';
COMMENT ON COLUMN "__SCHEMA__"."app_domains_history"."_raw" IS ''the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)'';
COMMENT ON COLUMN "__SCHEMA__"."app_domains_history"."_valid_from" IS ''when this version became current (the start of the load that saw it)'';
COMMENT ON COLUMN "__SCHEMA__"."app_domains_history"."_valid_to" IS ''when this version stopped being current; null while it is current'';
COMMENT ON COLUMN "__SCHEMA__"."app_domains_history"."_op" IS ''insert, update or delete: what the load that wrote this version saw'';
COMMENT ON COLUMN "__SCHEMA__"."app_domains"."_fetch_hash" IS ''fingerprint of the JSON text last staged (MurmurHash3 128): a reload skips objects that arrive exactly as stored''');
INSERT INTO __SCHEMA__._schema_changes VALUES (17, 1, '2026-12-07 12:49:04.325623+00', 'app_collaborators', NULL, 'create table', NULL, NULL, 'CREATE TABLE "__SCHEMA__"."app_collaborators" (
    "_account" text NOT NULL,
    "app_name" text,
    "app_id" uuid NOT NULL,
    "created_at" timestamptz,
    "id" uuid NOT NULL,
    "permissions" jsonb,
    "role" text,
    "updated_at" timestamptz,
    "user_email" text,
    "user_federated" boolean,
    "user_id" uuid,
    "_load_id" bigint NOT NULL,
    "_hash" text NOT NULL,
    "_raw" jsonb NOT NULL,
    "_fetch_hash" text,
    PRIMARY KEY ("_account", "app_id", "id")
);
CREATE TABLE "__SCHEMA__"."app_collaborators_history" (
    "_account" text NOT NULL,
    "app_name" text,
    "app_id" uuid NOT NULL,
    "created_at" timestamptz,
    "id" uuid NOT NULL,
    "permissions" jsonb,
    "role" text,
    "updated_at" timestamptz,
    "user_email" text,
    "user_federated" boolean,
    "user_id" uuid,
    "_load_id" bigint NOT NULL,
    "_hash" text NOT NULL,
    "_raw" jsonb NOT NULL,
    "_valid_from" timestamptz NOT NULL,
    "_valid_to" timestamptz,
    "_op" text NOT NULL
        CHECK ("_op" IN (''insert'', ''update'', ''delete'')),
    PRIMARY KEY ("_account", "app_id", "id", "_load_id")
);
CREATE INDEX ON "__SCHEMA__"."app_collaborators_history"
    ("_account", "app_id", "id")
    WHERE "_valid_to" IS NULL;
CREATE INDEX ON "__SCHEMA__"."app_collaborators" ("_fetch_hash");
COMMENT ON COLUMN "__SCHEMA__"."app_collaborators"."_account" IS ''label of the Heroku account the row came from (--account-label, default its email)'';
COMMENT ON COLUMN "__SCHEMA__"."app_collaborators_history"."_account" IS ''label of the Heroku account the row came from (--account-label, default its email)'';
COMMENT ON COLUMN "__SCHEMA__"."app_collaborators"."_load_id" IS ''the load (heroku._loads.load_id) that wrote this version of the row'';
COMMENT ON COLUMN "__SCHEMA__"."app_collaborators_history"."_load_id" IS ''the load (heroku._loads.load_id) that wrote this version of the row'';
COMMENT ON COLUMN "__SCHEMA__"."app_collaborators"."_hash" IS ''md5 of _raw::text; an unchanged hash means unchanged content'';
COMMENT ON COLUMN "__SCHEMA__"."app_collaborators_history"."_hash" IS ''md5 of _raw::text; an unchanged hash means unchanged content'';
COMMENT ON COLUMN "__SCHEMA__"."app_collaborators"."_raw" IS ''the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)'';
COMMENT ON COLUMN "__SCHEMA__"."app_collaborators_history"."_raw" IS ''the object as the API returned it (secret paths removed, U+0000 stored as U+FFFD)'';
COMMENT ON COLUMN "__SCHEMA__"."app_collaborators_history"."_valid_from" IS ''when this version became current (the start of the load that saw it)'';
COMMENT ON COLUMN "__SCHEMA__"."app_collaborators_history"."_valid_to" IS ''when this version stopped being current; null while it is current'';
COMMENT ON COLUMN "__SCHEMA__"."app_collaborators_history"."_op" IS ''insert, update or delete: what the load that wrote this version saw'';
COMMENT ON COLUMN "__SCHEMA__"."app_collaborators"."_fetch_hash" IS ''fingerprint of the JSON text last staged (MurmurHash3 128): a reload skips objects that arrive exactly as stored''');
INSERT INTO __SCHEMA__._schema_changes VALUES (18, 1, '2026-12-07 12:49:04.389891+00', 'report_coverage', NULL, 'create view', NULL, NULL, '-- Reports: none (reads the load ledger, _loads and _load_reports).
-- Which reports were ever loaded, per account: for every account that has a load and every
-- report, the last load in which the report succeeded, when it finished and how many rows
-- it left (NULL and loaded = false: never loaded, so a view that needs it cannot answer
-- for that account; `heroku-warehouse check` names those views).
CREATE OR REPLACE VIEW report_coverage AS
WITH reports AS (
    SELECT DISTINCT table_name AS report FROM _columns
),
accounts AS (
    SELECT DISTINCT account FROM _loads WHERE account IS NOT NULL
),
last_success AS (
    SELECT DISTINCT ON (l.account, r.report)
        l.account, r.report, r.load_id, r.finished_at,
        r.inserted + r.updated + r.unchanged + r.kept + r.not_fetched AS rows
    FROM _load_reports r
    JOIN _loads l ON l.load_id = r.load_id
    WHERE r.status = ''succeeded'' AND l.account IS NOT NULL
    ORDER BY l.account, r.report, r.load_id DESC
),
last_verified AS (
    SELECT l.account, r.report, max(l.started_at) AS verified_at
    FROM _load_reports r
    JOIN _loads l ON l.load_id = r.load_id
    WHERE r.verified
    GROUP BY l.account, r.report
)
SELECT
    a.account            AS _account,
    p.report,
    s.load_id IS NOT NULL AS loaded,
    s.load_id            AS last_load_id,
    s.finished_at        AS last_loaded_at,
    s.rows,
    v.verified_at        AS last_verified_at
FROM accounts a
CROSS JOIN reports p
LEFT JOIN last_success s ON s.account = a.account AND s.report = p.report
LEFT JOIN last_verified v ON v.account = a.account AND v.report = p.report;

COMMENT ON VIEW report_coverage IS ''Per account and report: whether it was ever loaded, its last successful load (id, time, rows) and its last verification (fetched in full); a view needing a never-loaded report cannot answer for that account.'';
');
INSERT INTO __SCHEMA__._schema_changes VALUES (19, 1, '2026-12-07 12:49:04.38994+00', 'addon_prices', NULL, 'create view', NULL, NULL, '-- Reports: addons
-- One row per add-on that is not deprovisioned, with its price per month at list price:
-- billed_price.cents per billed_price.unit (hourly x720, see _monthly_cents), read as a
-- number whatever the loader widened the column to. contract: billed on a contract
-- (billed_price.contract, outside add-on billing); monthly_cents NULL: no known price. The
-- cost views (addons_per_app, addon_service_usage, app_costs, team_costs) read it.
CREATE OR REPLACE VIEW addon_prices AS
SELECT
    ad._account,
    ad.id                                                               AS addon_id,
    ad.name::text                                                       AS addon_name,
    ad.app_id::text                                                     AS app_id,
    ad.addon_service_id::text                                           AS service_id,
    ad.addon_service_name::text                                         AS service_name,
    ad.plan_name::text                                                  AS plan_name,
    coalesce(ad.billed_price_contract::text = ''true'', false)            AS contract,
    _monthly_cents(_as_number(ad.billed_price_cents::text), ad.billed_price_unit::text) AS monthly_cents
FROM addons ad
WHERE ad.state::text IS DISTINCT FROM ''deprovisioned'';

COMMENT ON VIEW addon_prices IS ''Add-ons not deprovisioned, with their list price per month (monthly_cents; NULL when unknown) and whether they are billed on a contract.'';
');
INSERT INTO __SCHEMA__._schema_changes VALUES (20, 1, '2026-12-07 12:49:04.389959+00', 'addons_per_app', NULL, 'create view', NULL, NULL, '-- Reports: apps, addons
-- One row per app: its add-ons, their services and the monthly add-on cost at list prices.
-- billed_price.cents is Heroku''s price of an add-on per billed_price.unit (a month; an
-- hourly price counts x720, see _monthly_cents). Deprovisioned add-ons are left out; an
-- add-on billed on a contract (billed_price.contract, billed outside add-on billing) or
-- without a known price is counted in its own column, never as 0 cents. Prices are read as
-- numbers whatever the loader widened their column to (_as_number).
CREATE OR REPLACE VIEW addons_per_app AS
SELECT
    a._account,
    a.id                                                                    AS app_id,
    a.name                                                                  AS app_name,
    a.team_name,
    count(l.app_id)                                                         AS addon_count,
    coalesce(array_agg(l.addon_name ORDER BY l.addon_name) FILTER (WHERE l.app_id IS NOT NULL), ''{}'') AS addon_names,
    coalesce(array_agg(DISTINCT l.service_name) FILTER (WHERE l.app_id IS NOT NULL), ''{}'') AS services,
    trim_scale(coalesce(sum(l.monthly_cents) FILTER (WHERE NOT l.contract), 0)) AS monthly_cost_cents,
    count(l.app_id) FILTER (WHERE l.contract)                               AS contract_addon_count,
    count(l.app_id) FILTER (WHERE NOT l.contract AND l.monthly_cents IS NULL) AS unpriced_addon_count
FROM apps a
LEFT JOIN addon_prices l ON l._account = a._account AND l.app_id = a.id::text
GROUP BY a._account, a.id, a.name, a.team_name;

COMMENT ON VIEW addons_per_app IS ''One row per app: its add-ons (deprovisioned ones left out), their names and services, the monthly add-on cost in cents at list prices, and the add-ons on a contract or without a known price (counted apart, not as 0).'';
COMMENT ON COLUMN addons_per_app.monthly_cost_cents IS ''sum of the priced, non-contract add-ons'''' billed_price.cents per month (hourly prices x720)'';
COMMENT ON COLUMN addons_per_app.contract_addon_count IS ''add-ons billed on a contract (billed_price.contract), outside add-on billing: not in the cents'';
COMMENT ON COLUMN addons_per_app.unpriced_addon_count IS ''add-ons without a known price (no billed_price, or a unit other than month, hour, day, year): not in the cents'';
');
INSERT INTO __SCHEMA__._schema_changes VALUES (21, 1, '2026-12-07 12:49:04.389997+00', 'app_costs', NULL, 'create view', NULL, NULL, '-- Reports: apps, addons, app_formation, dyno_sizes (app_formation needs `--report all`)
-- What each app costs a month at Heroku''s list prices: its add-ons (addons_per_app) and its
-- dynos (formation quantity x the dyno size''s price, the size matched by name as the
-- formation writes it, case aside; hourly prices x720). A dyno size without a price counts
-- in unpriced_dyno_count, never as 0 cents. Where app_formation or dyno_sizes was never
-- loaded for the account, the dyno columns and the total are NULL (unknown) and complete is
-- false. Actual spend, from Heroku''s usage and invoices, is another matter (list prices
-- ignore credits, contracts and proration).
CREATE OR REPLACE VIEW app_costs AS
WITH coverage AS (
    SELECT _account,
           bool_and(loaded)                                                          AS complete,
           bool_and(loaded) FILTER (WHERE report IN (''app_formation'', ''dyno_sizes'')) AS dynos_known
    FROM report_coverage
    WHERE report IN (''apps'', ''addons'', ''app_formation'', ''dyno_sizes'')
    GROUP BY _account
),
sizes AS (
    -- One price per name (the most recently loaded size of that name).
    SELECT DISTINCT ON (_account, lower(name::text)) _account, lower(name::text) AS size,
           _monthly_cents(_as_number(cost_cents::text), cost_unit::text) AS monthly_cents
    FROM dyno_sizes
    ORDER BY _account, lower(name::text), _load_id DESC
),
processes AS (
    SELECT f._account, f.app_id::text AS app_id, f.type::text AS type,
           _as_number(f.quantity::text)                           AS quantity,
           coalesce(f.dyno_size_name::text, f.size::text)          AS size,
           s.monthly_cents
    FROM app_formation f
    LEFT JOIN sizes s ON s._account = f._account AND s.size = lower(coalesce(f.dyno_size_name::text, f.size::text))
),
formation AS (
    SELECT _account, app_id,
           sum(quantity)                                                                   AS dynos,
           sum(quantity * monthly_cents) FILTER (WHERE quantity > 0 AND monthly_cents IS NOT NULL) AS priced_cents,
           sum(quantity) FILTER (WHERE quantity > 0 AND monthly_cents IS NULL)              AS unpriced_dynos,
           string_agg(type || '' '' || coalesce(trim_scale(quantity)::text, ''?'') || ''x'' || coalesce(size, ''?''),
                      '', '' ORDER BY type)                                                  AS formation
    FROM processes
    GROUP BY _account, app_id
),
costs AS (
    SELECT p._account, p.app_id, p.app_name, p.team_name, p.addon_count, p.contract_addon_count,
           p.unpriced_addon_count, p.monthly_cost_cents AS addon_cost_cents,
           CASE WHEN c.dynos_known THEN trim_scale(coalesce(f.priced_cents, 0)) END      AS dyno_cost_cents,
           CASE WHEN c.dynos_known THEN trim_scale(coalesce(f.dynos, 0)) END             AS dynos,
           CASE WHEN c.dynos_known THEN trim_scale(coalesce(f.unpriced_dynos, 0)) END    AS unpriced_dyno_count,
           CASE WHEN c.dynos_known THEN coalesce(f.formation, '''') END                   AS formation,
           coalesce(c.complete, false)                                                  AS complete
    FROM addons_per_app p
    LEFT JOIN coverage c ON c._account = p._account
    LEFT JOIN formation f ON f._account = p._account AND f.app_id = p.app_id::text
)
SELECT
    _account,
    app_id,
    app_name,
    team_name,
    addon_count,
    contract_addon_count,
    unpriced_addon_count,
    addon_cost_cents,
    dyno_cost_cents,
    addon_cost_cents + dyno_cost_cents                 AS monthly_cost_cents,
    round((addon_cost_cents + dyno_cost_cents) / 100.0, 2) AS monthly_cost_dollars,
    dynos,
    unpriced_dyno_count,
    formation,
    complete
FROM costs;

COMMENT ON VIEW app_costs IS ''What each app costs a month at list prices: add-ons (addon_cost_cents) plus dynos (formation quantity x dyno size price, dyno_cost_cents) = monthly_cost_cents; contract, unpriced add-ons and unpriced dynos counted apart; NULL dyno columns and complete = false where app_formation or dyno_sizes was never loaded.'';
COMMENT ON COLUMN app_costs.dyno_cost_cents IS ''sum over process types of quantity x the dyno size''''s monthly price (GET /dyno-sizes cost; hourly x720); NULL when app_formation or dyno_sizes was never loaded'';
COMMENT ON COLUMN app_costs.monthly_cost_cents IS ''addon_cost_cents + dyno_cost_cents; NULL when the dyno cost is unknown'';
COMMENT ON COLUMN app_costs.unpriced_dyno_count IS ''running dynos whose size has no known price: not in the cents'';
COMMENT ON COLUMN app_costs.complete IS ''false when a report this view needs (apps, addons, app_formation, dyno_sizes) never loaded for the account'';
');
INSERT INTO __SCHEMA__._schema_changes VALUES (22, 1, '2026-12-07 12:49:04.390172+00', 'team_costs', NULL, 'create view', NULL, NULL, '-- Reports: teams, apps, addons, app_formation, dyno_sizes (app_formation needs `--report all`)
-- What each team''s apps cost a month at list prices (app_costs summed by team); the row
-- whose team_name is null gathers the personal apps. Dyno costs and the total are NULL
-- where the dyno cost is unknown (see app_costs).
CREATE OR REPLACE VIEW team_costs AS
WITH per_team AS (
    SELECT _account, team_name::text AS team_name, count(*) AS app_count,
           sum(addon_count)::bigint          AS addon_count,
           sum(contract_addon_count)::bigint AS contract_addon_count,
           sum(unpriced_addon_count)::bigint AS unpriced_addon_count,
           sum(addon_cost_cents)             AS addon_cost_cents,
           sum(dyno_cost_cents)              AS dyno_cost_cents,
           sum(monthly_cost_cents)           AS monthly_cost_cents,
           sum(unpriced_dyno_count)          AS unpriced_dyno_count
    FROM app_costs
    GROUP BY _account, team_name::text
),
coverage AS (
    SELECT _account, bool_and(loaded) AS complete
    FROM report_coverage
    WHERE report IN (''teams'', ''apps'', ''addons'', ''app_formation'', ''dyno_sizes'')
    GROUP BY _account
)
SELECT
    coalesce(t._account, p._account)                    AS _account,
    t.id                                                AS team_id,
    coalesce(t.name::text, p.team_name)                 AS team_name,
    coalesce(p.app_count, 0)                            AS app_count,
    coalesce(p.addon_count, 0)                          AS addon_count,
    coalesce(p.contract_addon_count, 0)                 AS contract_addon_count,
    coalesce(p.unpriced_addon_count, 0)                 AS unpriced_addon_count,
    coalesce(p.addon_cost_cents, 0)                     AS addon_cost_cents,
    CASE WHEN p._account IS NOT NULL THEN p.dyno_cost_cents
         WHEN c.complete THEN 0 END                     AS dyno_cost_cents,
    CASE WHEN p._account IS NOT NULL THEN p.monthly_cost_cents
         WHEN c.complete THEN 0 END                     AS monthly_cost_cents,
    round(CASE WHEN p._account IS NOT NULL THEN p.monthly_cost_cents
               WHEN c.complete THEN 0 END / 100.0, 2)   AS monthly_cost_dollars,
    CASE WHEN p._account IS NOT NULL THEN p.unpriced_dyno_count
         WHEN c.complete THEN 0 END                     AS unpriced_dyno_count,
    coalesce(c.complete, false)                         AS complete
FROM teams t
FULL JOIN per_team p ON p._account = t._account AND p.team_name = t.name::text
LEFT JOIN coverage c ON c._account = coalesce(t._account, p._account);

COMMENT ON VIEW team_costs IS ''What each team''''s apps cost a month at list prices (app_costs by team: add-ons, dynos, total; contract and unpriced counted apart); team_name null is the personal apps; complete = false where a needed report never loaded.'';
');
INSERT INTO __SCHEMA__._schema_changes VALUES (23, 1, '2026-12-07 12:49:04.390212+00', 'addon_service_usage', NULL, 'create view', NULL, NULL, '-- Reports: addon_services, addons
-- Per add-on service: how many add-ons, on how many apps, with which plans, at what monthly
-- cost at list prices (deprovisioned add-ons left out; contract-priced and unpriced ones
-- counted apart, not in the cents; prices read as numbers whatever their column''s type).
CREATE OR REPLACE VIEW addon_service_usage AS
SELECT
    s._account,
    s.id                                                                   AS service_id,
    s.name                                                                 AS service_name,
    s.human_name,
    count(l.service_id)                                                    AS installs,
    count(DISTINCT l.app_id)                                               AS apps,
    coalesce(array_agg(DISTINCT l.plan_name) FILTER (WHERE l.service_id IS NOT NULL), ''{}'') AS plans,
    trim_scale(coalesce(sum(l.monthly_cents) FILTER (WHERE NOT l.contract), 0)) AS monthly_cost_cents,
    count(l.service_id) FILTER (WHERE l.contract)                          AS contract_addon_count,
    count(l.service_id) FILTER (WHERE NOT l.contract AND l.monthly_cents IS NULL) AS unpriced_addon_count
FROM addon_services s
LEFT JOIN addon_prices l ON l._account = s._account AND l.service_id = s.id::text
GROUP BY s._account, s.id, s.name, s.human_name;

COMMENT ON VIEW addon_service_usage IS ''Per add-on service: installs (deprovisioned left out), distinct apps, plans in use, monthly cost in cents at list prices, and the installs on a contract or without a known price (counted apart).'';
');
INSERT INTO __SCHEMA__._schema_changes VALUES (24, 1, '2026-12-07 12:49:04.390215+00', 'app_inventory', NULL, 'create view', NULL, NULL, '-- Reports: apps, addons
-- One row per app: where it runs, who owns it, how many add-ons it has.
CREATE OR REPLACE VIEW app_inventory AS
SELECT
    a._account,
    a.id            AS app_id,
    a.name          AS app_name,
    a.team_name,
    a.region_name   AS region,
    a.stack_name    AS stack,
    a.owner_email   AS owner,
    a.created_at,
    a.released_at,
    a.maintenance,
    p.addon_count
FROM apps a
JOIN addons_per_app p ON p._account = a._account AND p.app_id = a.id;

COMMENT ON VIEW app_inventory IS ''One row per app: team, region, stack, owner, creation and release times, number of add-ons.'';
');
INSERT INTO __SCHEMA__._schema_changes VALUES (26, 1, '2026-12-07 12:49:04.390547+00', 'addon_sharing', NULL, 'create view', NULL, NULL, '-- Reports: addons, addon_attachments
-- The blast radius of removing an add-on: one row per add-on with its owning (billed) app
-- and every app it is attached to (from addon_attachments). shared_with_count counts the
-- attached apps other than the owner. Joins compare ids as text, so the view keeps working
-- if the loader ever widens a column.
CREATE OR REPLACE VIEW addon_sharing AS
SELECT
    ad._account,
    ad.id                                                            AS addon_id,
    ad.name                                                          AS addon_name,
    ad.addon_service_name                                            AS service_name,
    ad.plan_name,
    ad.app_id                                                        AS owner_app_id,
    ad.app_name                                                      AS owner_app_name,
    count(DISTINCT at.app_id::text)                                  AS attached_app_count,
    count(DISTINCT at.app_id::text) FILTER (WHERE at.app_id::text IS DISTINCT FROM ad.app_id::text)
                                                                     AS shared_with_count,
    coalesce(array_agg(DISTINCT at.app_name::text) FILTER (WHERE at._account IS NOT NULL), ''{}'')
                                                                     AS attached_apps,
    coalesce(array_agg(DISTINCT at.name::text) FILTER (WHERE at._account IS NOT NULL), ''{}'')
                                                                     AS attachment_names
FROM addons ad
LEFT JOIN addon_attachments at ON at._account = ad._account AND at.addon_id::text = ad.id::text
GROUP BY ad._account, ad.id, ad.name, ad.addon_service_name, ad.plan_name, ad.app_id, ad.app_name;

COMMENT ON VIEW addon_sharing IS ''Per add-on: its owning app and every app it is attached to (the blast radius of removing it).'';
');
INSERT INTO __SCHEMA__._schema_changes VALUES (27, 1, '2026-12-07 12:49:04.390555+00', 'members_without_2fa', NULL, 'create view', NULL, NULL, '-- Reports: team_members (`--report all`)
-- Team members whose two-factor authentication is not known to be on (false or missing),
-- one row per (team, member).
CREATE OR REPLACE VIEW members_without_2fa AS
SELECT
    m._account,
    m.team_id,
    m.team_name,
    m.id                AS member_id,
    m.email,
    m.user_name,
    m.role,
    m.federated,
    m.created_at
FROM team_members m
WHERE m.two_factor_authentication::text IS DISTINCT FROM ''true'';

COMMENT ON VIEW members_without_2fa IS ''Team members without two-factor authentication (one row per team and member).'';
');
INSERT INTO __SCHEMA__._schema_changes VALUES (28, 1, '2026-12-07 12:49:04.390558+00', 'release_history', NULL, 'create view', NULL, NULL, '-- Reports: app_releases (`--report all`)
-- Releases per app per ISO week: weeks start on Monday and are cut in UTC, whatever the
-- session''s TimeZone or DateStyle (times read as ISO 8601 with their offset, _as_timestamptz).
CREATE OR REPLACE VIEW release_history AS
WITH releases AS (
    SELECT r._account, r.app_id, r.app_name::text AS app_name, r.status::text AS status,
           _as_number(r.version::text) AS version,
           (date_trunc(''week'', _as_timestamptz(to_jsonb(r.created_at) #>> ''{}'') AT TIME ZONE ''UTC''))::date AS week
    FROM app_releases r
)
SELECT
    _account,
    app_id,
    max(app_name)                                       AS app_name,
    week,
    count(*)                                            AS releases,
    count(*) FILTER (WHERE status = ''succeeded'')        AS succeeded,
    count(*) FILTER (WHERE status = ''failed'')           AS failed,
    trim_scale(min(version))                            AS first_version,
    trim_scale(max(version))                            AS last_version
FROM releases
WHERE week IS NOT NULL
GROUP BY _account, app_id, week;

COMMENT ON VIEW release_history IS ''Releases per app per week (cut in UTC, weeks start Monday, independent of the session''''s TimeZone): total, succeeded, failed, version range.'';
');
INSERT INTO __SCHEMA__._schema_changes VALUES (29, 1, '2026-12-07 12:49:04.390579+00', 'apps_without_recent_release', NULL, 'create view', NULL, NULL, '-- Reports: apps, app_releases (`--report all`; without it, the app''s own released_at)
-- Every app with its latest succeeded release and the days since; filter it:
--   SELECT * FROM heroku.apps_without_recent_release WHERE coalesce(days_since_release, 1e9) > 90;
-- Only succeeded releases count (a failed, pending or expired one deployed nothing). Where
-- app_releases was never loaded for the account, the app''s released_at stands in
-- (release_source says which) and complete is false. Times are read as ISO 8601 with their
-- offset (to_jsonb, whatever the column widened to), so the answer is the same whatever the
-- session''s TimeZone or DateStyle.
CREATE OR REPLACE VIEW apps_without_recent_release AS
WITH coverage AS (
    SELECT _account,
           bool_and(loaded)                                           AS complete,
           bool_and(loaded) FILTER (WHERE report = ''app_releases'')    AS releases_known
    FROM report_coverage
    WHERE report IN (''apps'', ''app_releases'')
    GROUP BY _account
),
succeeded AS (
    SELECT _account, app_id::text AS app_id,
           max(_as_timestamptz(to_jsonb(created_at) #>> ''{}'')) AS last_release_at,
           trim_scale(max(_as_number(version::text)))  AS last_version,
           count(*)                                    AS releases
    FROM app_releases
    WHERE status::text = ''succeeded''
    GROUP BY _account, app_id::text
),
latest AS (
    SELECT
        a._account,
        a.id                                                                       AS app_id,
        a.name                                                                     AS app_name,
        a.team_name,
        _as_timestamptz(to_jsonb(a.created_at) #>> ''{}'')                           AS created_at,
        CASE WHEN c.releases_known THEN s.last_release_at
             ELSE _as_timestamptz(to_jsonb(a.released_at) #>> ''{}'') END            AS last_release_at,
        CASE WHEN c.releases_known THEN ''app_releases'' ELSE ''apps.released_at'' END AS release_source,
        s.last_version,
        CASE WHEN c.releases_known THEN coalesce(s.releases, 0) END               AS releases,
        coalesce(c.complete, false)                                                AS complete
    FROM apps a
    LEFT JOIN coverage c ON c._account = a._account
    LEFT JOIN succeeded s ON s._account = a._account AND s.app_id = a.id::text
)
SELECT
    _account,
    app_id,
    app_name,
    team_name,
    created_at,
    last_release_at,
    release_source,
    last_version,
    releases,
    floor(extract(epoch FROM now() - last_release_at) / 86400)::integer AS days_since_release,
    complete
FROM latest;

COMMENT ON VIEW apps_without_recent_release IS ''Every app with its latest succeeded release (or its released_at where app_releases never loaded: release_source) and the days since; filter with WHERE coalesce(days_since_release, 1e9) > N.'';
COMMENT ON COLUMN apps_without_recent_release.releases IS ''succeeded releases stored for the app; NULL where app_releases never loaded for the account'';
');
INSERT INTO __SCHEMA__._schema_changes VALUES (30, 1, '2026-12-07 12:49:04.390627+00', 'stale_apps', NULL, 'create view', NULL, NULL, '-- Reports: apps, app_releases, app_formation (`--report all`)
-- Apps that look abandoned: no dyno running (every process type at quantity 0, or none) and
-- no succeeded release for N days, N = 90 unless changed in one place:
--   UPDATE heroku._meta SET value = ''60'' WHERE key = ''stale_app_days'';
-- An app younger than N days is not stale. The evidence is in the columns (last succeeded
-- release, days since, dynos, formation). Where app_releases was never loaded for the
-- account, the app''s released_at stands in; where app_formation was never loaded, the dynos
-- are unknown (NULL) and the app is listed on its releases alone: complete is false on
-- those rows.
CREATE OR REPLACE VIEW stale_apps AS
WITH settings AS (
    SELECT coalesce((SELECT _as_number(value)::integer FROM _meta WHERE key = ''stale_app_days''), 90) AS days
),
coverage AS (
    SELECT _account,
           bool_and(loaded)                                          AS complete,
           bool_and(loaded) FILTER (WHERE report = ''app_formation'')  AS formation_known
    FROM report_coverage
    WHERE report IN (''apps'', ''app_releases'', ''app_formation'')
    GROUP BY _account
),
running AS (
    SELECT _account, app_id::text AS app_id,
           trim_scale(sum(_as_number(quantity::text)))                   AS dynos,
           string_agg(type::text || '' '' || coalesce(trim_scale(_as_number(quantity::text))::text, ''?'') || ''x''
                      || coalesce(dyno_size_name::text, size::text, ''?''), '', '' ORDER BY type::text) AS formation
    FROM app_formation
    GROUP BY _account, app_id::text
)
SELECT
    r._account,
    r.app_id,
    r.app_name,
    r.team_name,
    r.created_at,
    r.last_release_at                                         AS last_succeeded_release_at,
    r.release_source,
    r.days_since_release,
    CASE WHEN c.formation_known THEN coalesce(f.dynos, 0) END AS dynos,
    CASE WHEN c.formation_known THEN coalesce(f.formation, '''') END AS formation,
    r.complete AND coalesce(c.complete, false)                AS complete
FROM apps_without_recent_release r
CROSS JOIN settings s
LEFT JOIN coverage c ON c._account = r._account
LEFT JOIN running f ON f._account = r._account AND f.app_id = r.app_id::text
WHERE coalesce(r.last_release_at, r.created_at, ''-infinity'') < now() - make_interval(hours => 24 * s.days)
  AND coalesce(r.created_at, ''-infinity'') < now() - make_interval(hours => 24 * s.days)
  AND (c.formation_known IS NOT TRUE OR coalesce(f.dynos, 0) = 0);

COMMENT ON VIEW stale_apps IS ''Apps that look abandoned: no dyno running and no succeeded release for _meta.stale_app_days days (90), with the evidence; complete = false where app_releases or app_formation never loaded for the account.'';
');
INSERT INTO __SCHEMA__._schema_changes VALUES (31, 1, '2026-12-07 12:49:04.440446+00', 'teams', 'enterprise_account', 'add column', NULL, 'text', 'ALTER TABLE "__SCHEMA__"."teams" ADD COLUMN "enterprise_account" text;
ALTER TABLE "__SCHEMA__"."teams_history" ADD COLUMN "enterprise_account" text');
INSERT INTO __SCHEMA__._schema_changes VALUES (32, 1, '2026-12-07 12:49:04.441633+00', 'apps', 'sandbox_extra', 'add column', NULL, 'bigint', 'ALTER TABLE "__SCHEMA__"."apps" ADD COLUMN "sandbox_extra" bigint;
ALTER TABLE "__SCHEMA__"."apps_history" ADD COLUMN "sandbox_extra" bigint');
INSERT INTO __SCHEMA__._schema_changes VALUES (33, 1, '2026-12-07 12:49:04.442325+00', 'addons', 'sandbox_extra', 'add column', NULL, 'bigint', 'ALTER TABLE "__SCHEMA__"."addons" ADD COLUMN "sandbox_extra" bigint;
ALTER TABLE "__SCHEMA__"."addons_history" ADD COLUMN "sandbox_extra" bigint');
INSERT INTO __SCHEMA__._schema_changes VALUES (34, 1, '2026-12-07 12:49:04.44424+00', 'apps', 'space', 'add column', NULL, 'text', 'ALTER TABLE "__SCHEMA__"."apps" ADD COLUMN "space" text;
ALTER TABLE "__SCHEMA__"."apps_history" ADD COLUMN "space" text');
INSERT INTO __SCHEMA__._schema_changes VALUES (35, 1, '2026-12-07 12:49:04.44469+00', 'teams', 'identity_provider', 'add column', NULL, 'text', 'ALTER TABLE "__SCHEMA__"."teams" ADD COLUMN "identity_provider" text;
ALTER TABLE "__SCHEMA__"."teams_history" ADD COLUMN "identity_provider" text');
INSERT INTO __SCHEMA__._schema_changes VALUES (36, 1, '2026-12-07 12:49:04.467375+00', 'account', 'identity_provider', 'add column', NULL, 'text', 'ALTER TABLE "__SCHEMA__"."account" ADD COLUMN "identity_provider" text;
ALTER TABLE "__SCHEMA__"."account_history" ADD COLUMN "identity_provider" text');
INSERT INTO __SCHEMA__._schema_changes VALUES (37, 1, '2026-12-07 12:49:04.468841+00', 'addon_services', 'sandbox_extra', 'add column', NULL, 'bigint', 'ALTER TABLE "__SCHEMA__"."addon_services" ADD COLUMN "sandbox_extra" bigint;
ALTER TABLE "__SCHEMA__"."addon_services_history" ADD COLUMN "sandbox_extra" bigint');
INSERT INTO __SCHEMA__._schema_changes VALUES (38, 2, '2026-12-07 12:49:04.631612+00', 'apps', 'repo_size', 'widen column', 'bigint', 'numeric', 'ALTER TABLE "__SCHEMA__"."apps" ALTER COLUMN "repo_size" TYPE numeric USING "repo_size"::numeric;
ALTER TABLE "__SCHEMA__"."apps_history" ALTER COLUMN "repo_size" TYPE numeric USING "repo_size"::numeric');
INSERT INTO __SCHEMA__._schema_changes VALUES (39, 2, '2026-12-07 12:49:04.665808+00', 'addons_per_app', NULL, 'create view', NULL, NULL, '-- Reports: apps, addons
-- One row per app: its add-ons, their services and the monthly add-on cost at list prices.
-- billed_price.cents is Heroku''s price of an add-on per billed_price.unit (a month; an
-- hourly price counts x720, see _monthly_cents). Deprovisioned add-ons are left out; an
-- add-on billed on a contract (billed_price.contract, billed outside add-on billing) or
-- without a known price is counted in its own column, never as 0 cents. Prices are read as
-- numbers whatever the loader widened their column to (_as_number).
CREATE OR REPLACE VIEW addons_per_app AS
SELECT
    a._account,
    a.id                                                                    AS app_id,
    a.name                                                                  AS app_name,
    a.team_name,
    count(l.app_id)                                                         AS addon_count,
    coalesce(array_agg(l.addon_name ORDER BY l.addon_name) FILTER (WHERE l.app_id IS NOT NULL), ''{}'') AS addon_names,
    coalesce(array_agg(DISTINCT l.service_name) FILTER (WHERE l.app_id IS NOT NULL), ''{}'') AS services,
    trim_scale(coalesce(sum(l.monthly_cents) FILTER (WHERE NOT l.contract), 0)) AS monthly_cost_cents,
    count(l.app_id) FILTER (WHERE l.contract)                               AS contract_addon_count,
    count(l.app_id) FILTER (WHERE NOT l.contract AND l.monthly_cents IS NULL) AS unpriced_addon_count
FROM apps a
LEFT JOIN addon_prices l ON l._account = a._account AND l.app_id = a.id::text
GROUP BY a._account, a.id, a.name, a.team_name;

COMMENT ON VIEW addons_per_app IS ''One row per app: its add-ons (deprovisioned ones left out), their names and services, the monthly add-on cost in cents at list prices, and the add-ons on a contract or without a known price (counted apart, not as 0).'';
COMMENT ON COLUMN addons_per_app.monthly_cost_cents IS ''sum of the priced, non-contract add-ons'''' billed_price.cents per month (hourly prices x720)'';
COMMENT ON COLUMN addons_per_app.contract_addon_count IS ''add-ons billed on a contract (billed_price.contract), outside add-on billing: not in the cents'';
COMMENT ON COLUMN addons_per_app.unpriced_addon_count IS ''add-ons without a known price (no billed_price, or a unit other than month, hour, day, year): not in the cents'';
');
INSERT INTO __SCHEMA__._schema_changes VALUES (40, 2, '2026-12-07 12:49:04.665892+00', 'app_costs', NULL, 'create view', NULL, NULL, '-- Reports: apps, addons, app_formation, dyno_sizes (app_formation needs `--report all`)
-- What each app costs a month at Heroku''s list prices: its add-ons (addons_per_app) and its
-- dynos (formation quantity x the dyno size''s price, the size matched by name as the
-- formation writes it, case aside; hourly prices x720). A dyno size without a price counts
-- in unpriced_dyno_count, never as 0 cents. Where app_formation or dyno_sizes was never
-- loaded for the account, the dyno columns and the total are NULL (unknown) and complete is
-- false. Actual spend, from Heroku''s usage and invoices, is another matter (list prices
-- ignore credits, contracts and proration).
CREATE OR REPLACE VIEW app_costs AS
WITH coverage AS (
    SELECT _account,
           bool_and(loaded)                                                          AS complete,
           bool_and(loaded) FILTER (WHERE report IN (''app_formation'', ''dyno_sizes'')) AS dynos_known
    FROM report_coverage
    WHERE report IN (''apps'', ''addons'', ''app_formation'', ''dyno_sizes'')
    GROUP BY _account
),
sizes AS (
    -- One price per name (the most recently loaded size of that name).
    SELECT DISTINCT ON (_account, lower(name::text)) _account, lower(name::text) AS size,
           _monthly_cents(_as_number(cost_cents::text), cost_unit::text) AS monthly_cents
    FROM dyno_sizes
    ORDER BY _account, lower(name::text), _load_id DESC
),
processes AS (
    SELECT f._account, f.app_id::text AS app_id, f.type::text AS type,
           _as_number(f.quantity::text)                           AS quantity,
           coalesce(f.dyno_size_name::text, f.size::text)          AS size,
           s.monthly_cents
    FROM app_formation f
    LEFT JOIN sizes s ON s._account = f._account AND s.size = lower(coalesce(f.dyno_size_name::text, f.size::text))
),
formation AS (
    SELECT _account, app_id,
           sum(quantity)                                                                   AS dynos,
           sum(quantity * monthly_cents) FILTER (WHERE quantity > 0 AND monthly_cents IS NOT NULL) AS priced_cents,
           sum(quantity) FILTER (WHERE quantity > 0 AND monthly_cents IS NULL)              AS unpriced_dynos,
           string_agg(type || '' '' || coalesce(trim_scale(quantity)::text, ''?'') || ''x'' || coalesce(size, ''?''),
                      '', '' ORDER BY type)                                                  AS formation
    FROM processes
    GROUP BY _account, app_id
),
costs AS (
    SELECT p._account, p.app_id, p.app_name, p.team_name, p.addon_count, p.contract_addon_count,
           p.unpriced_addon_count, p.monthly_cost_cents AS addon_cost_cents,
           CASE WHEN c.dynos_known THEN trim_scale(coalesce(f.priced_cents, 0)) END      AS dyno_cost_cents,
           CASE WHEN c.dynos_known THEN trim_scale(coalesce(f.dynos, 0)) END             AS dynos,
           CASE WHEN c.dynos_known THEN trim_scale(coalesce(f.unpriced_dynos, 0)) END    AS unpriced_dyno_count,
           CASE WHEN c.dynos_known THEN coalesce(f.formation, '''') END                   AS formation,
           coalesce(c.complete, false)                                                  AS complete
    FROM addons_per_app p
    LEFT JOIN coverage c ON c._account = p._account
    LEFT JOIN formation f ON f._account = p._account AND f.app_id = p.app_id::text
)
SELECT
    _account,
    app_id,
    app_name,
    team_name,
    addon_count,
    contract_addon_count,
    unpriced_addon_count,
    addon_cost_cents,
    dyno_cost_cents,
    addon_cost_cents + dyno_cost_cents                 AS monthly_cost_cents,
    round((addon_cost_cents + dyno_cost_cents) / 100.0, 2) AS monthly_cost_dollars,
    dynos,
    unpriced_dyno_count,
    formation,
    complete
FROM costs;

COMMENT ON VIEW app_costs IS ''What each app costs a month at list prices: add-ons (addon_cost_cents) plus dynos (formation quantity x dyno size price, dyno_cost_cents) = monthly_cost_cents; contract, unpriced add-ons and unpriced dynos counted apart; NULL dyno columns and complete = false where app_formation or dyno_sizes was never loaded.'';
COMMENT ON COLUMN app_costs.dyno_cost_cents IS ''sum over process types of quantity x the dyno size''''s monthly price (GET /dyno-sizes cost; hourly x720); NULL when app_formation or dyno_sizes was never loaded'';
COMMENT ON COLUMN app_costs.monthly_cost_cents IS ''addon_cost_cents + dyno_cost_cents; NULL when the dyno cost is unknown'';
COMMENT ON COLUMN app_costs.unpriced_dyno_count IS ''running dynos whose size has no known price: not in the cents'';
COMMENT ON COLUMN app_costs.complete IS ''false when a report this view needs (apps, addons, app_formation, dyno_sizes) never loaded for the account'';
');
INSERT INTO __SCHEMA__._schema_changes VALUES (41, 2, '2026-12-07 12:49:04.665987+00', 'team_costs', NULL, 'create view', NULL, NULL, '-- Reports: teams, apps, addons, app_formation, dyno_sizes (app_formation needs `--report all`)
-- What each team''s apps cost a month at list prices (app_costs summed by team); the row
-- whose team_name is null gathers the personal apps. Dyno costs and the total are NULL
-- where the dyno cost is unknown (see app_costs).
CREATE OR REPLACE VIEW team_costs AS
WITH per_team AS (
    SELECT _account, team_name::text AS team_name, count(*) AS app_count,
           sum(addon_count)::bigint          AS addon_count,
           sum(contract_addon_count)::bigint AS contract_addon_count,
           sum(unpriced_addon_count)::bigint AS unpriced_addon_count,
           sum(addon_cost_cents)             AS addon_cost_cents,
           sum(dyno_cost_cents)              AS dyno_cost_cents,
           sum(monthly_cost_cents)           AS monthly_cost_cents,
           sum(unpriced_dyno_count)          AS unpriced_dyno_count
    FROM app_costs
    GROUP BY _account, team_name::text
),
coverage AS (
    SELECT _account, bool_and(loaded) AS complete
    FROM report_coverage
    WHERE report IN (''teams'', ''apps'', ''addons'', ''app_formation'', ''dyno_sizes'')
    GROUP BY _account
)
SELECT
    coalesce(t._account, p._account)                    AS _account,
    t.id                                                AS team_id,
    coalesce(t.name::text, p.team_name)                 AS team_name,
    coalesce(p.app_count, 0)                            AS app_count,
    coalesce(p.addon_count, 0)                          AS addon_count,
    coalesce(p.contract_addon_count, 0)                 AS contract_addon_count,
    coalesce(p.unpriced_addon_count, 0)                 AS unpriced_addon_count,
    coalesce(p.addon_cost_cents, 0)                     AS addon_cost_cents,
    CASE WHEN p._account IS NOT NULL THEN p.dyno_cost_cents
         WHEN c.complete THEN 0 END                     AS dyno_cost_cents,
    CASE WHEN p._account IS NOT NULL THEN p.monthly_cost_cents
         WHEN c.complete THEN 0 END                     AS monthly_cost_cents,
    round(CASE WHEN p._account IS NOT NULL THEN p.monthly_cost_cents
               WHEN c.complete THEN 0 END / 100.0, 2)   AS monthly_cost_dollars,
    CASE WHEN p._account IS NOT NULL THEN p.unpriced_dyno_count
         WHEN c.complete THEN 0 END                     AS unpriced_dyno_count,
    coalesce(c.complete, false)                         AS complete
FROM teams t
FULL JOIN per_team p ON p._account = t._account AND p.team_name = t.name::text
LEFT JOIN coverage c ON c._account = coalesce(t._account, p._account);

COMMENT ON VIEW team_costs IS ''What each team''''s apps cost a month at list prices (app_costs by team: add-ons, dynos, total; contract and unpriced counted apart); team_name null is the personal apps; complete = false where a needed report never loaded.'';
');
INSERT INTO __SCHEMA__._schema_changes VALUES (42, 2, '2026-12-07 12:49:04.666038+00', 'app_inventory', NULL, 'create view', NULL, NULL, '-- Reports: apps, addons
-- One row per app: where it runs, who owns it, how many add-ons it has.
CREATE OR REPLACE VIEW app_inventory AS
SELECT
    a._account,
    a.id            AS app_id,
    a.name          AS app_name,
    a.team_name,
    a.region_name   AS region,
    a.stack_name    AS stack,
    a.owner_email   AS owner,
    a.created_at,
    a.released_at,
    a.maintenance,
    p.addon_count
FROM apps a
JOIN addons_per_app p ON p._account = a._account AND p.app_id = a.id;

COMMENT ON VIEW app_inventory IS ''One row per app: team, region, stack, owner, creation and release times, number of add-ons.'';
');
INSERT INTO __SCHEMA__._schema_changes VALUES (43, 2, '2026-12-07 12:49:04.666157+00', 'changes', NULL, 'create view', NULL, NULL, '-- Reports: every report (each history table; a report never loaded adds nothing).
-- The change feed: every version written to any report''s history. name is the object''s
-- own label: a release''s version (`v42`, not its deployer), a formation''s process type, a
-- domain''s hostname, a collaborator''s or team member''s email, the account''s email, a
-- pipeline coupling''s stage, every other report''s `name`; changed_keys
-- lists the top-level JSON keys whose value differs from the previous version (updates only).
-- For per-team and per-app reports, id is `<team or app id>/<id>`.
--
-- An update''s previous version is the one its load closed: same key, valid until this one
-- began, found through the history''s primary key (changed_keys is NULL when that version was
-- deleted by hand). Updates are read apart from the other versions, so only they are looked
-- up: no window over the whole history, and a plan cheap enough that a JIT-enabled server
-- does not spend seconds compiling it for a query on recent changes.
CREATE OR REPLACE VIEW changes AS
WITH versions (report, _account, id, _op, _valid_from, _load_id, _raw, changed_keys) AS (
    SELECT ''teams''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM teams_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''teams''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM teams_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM teams_history p
        WHERE p._account = h._account AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''apps''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM apps_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''apps''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM apps_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM apps_history p
        WHERE p._account = h._account AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''addons''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM addons_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''addons''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM addons_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM addons_history p
        WHERE p._account = h._account AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''addon_services''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM addon_services_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''addon_services''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM addon_services_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM addon_services_history p
        WHERE p._account = h._account AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''account''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM account_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''account''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM account_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM account_history p
        WHERE p._account = h._account AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''addon_attachments''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM addon_attachments_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''addon_attachments''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM addon_attachments_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM addon_attachments_history p
        WHERE p._account = h._account AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''pipelines''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM pipelines_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''pipelines''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM pipelines_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM pipelines_history p
        WHERE p._account = h._account AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''pipeline_couplings''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM pipeline_couplings_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''pipeline_couplings''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM pipeline_couplings_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM pipeline_couplings_history p
        WHERE p._account = h._account AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''spaces''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM spaces_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''spaces''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM spaces_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM spaces_history p
        WHERE p._account = h._account AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''regions''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM regions_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''regions''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM regions_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM regions_history p
        WHERE p._account = h._account AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''stacks''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM stacks_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''stacks''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM stacks_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM stacks_history p
        WHERE p._account = h._account AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''dyno_sizes''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM dyno_sizes_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''dyno_sizes''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM dyno_sizes_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM dyno_sizes_history p
        WHERE p._account = h._account AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''team_members''::text, h._account, h.team_id::text || ''/'' || h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM team_members_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''team_members''::text, h._account, h.team_id::text || ''/'' || h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM team_members_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM team_members_history p
        WHERE p._account = h._account AND p.team_id = h.team_id AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''app_releases''::text, h._account, h.app_id::text || ''/'' || h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM app_releases_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''app_releases''::text, h._account, h.app_id::text || ''/'' || h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM app_releases_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM app_releases_history p
        WHERE p._account = h._account AND p.app_id = h.app_id AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''app_formation''::text, h._account, h.app_id::text || ''/'' || h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM app_formation_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''app_formation''::text, h._account, h.app_id::text || ''/'' || h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM app_formation_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM app_formation_history p
        WHERE p._account = h._account AND p.app_id = h.app_id AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''app_domains''::text, h._account, h.app_id::text || ''/'' || h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM app_domains_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''app_domains''::text, h._account, h.app_id::text || ''/'' || h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM app_domains_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM app_domains_history p
        WHERE p._account = h._account AND p.app_id = h.app_id AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''app_collaborators''::text, h._account, h.app_id::text || ''/'' || h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM app_collaborators_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''app_collaborators''::text, h._account, h.app_id::text || ''/'' || h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM app_collaborators_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM app_collaborators_history p
        WHERE p._account = h._account AND p.app_id = h.app_id AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
)
SELECT
    _valid_from AS changed_at,
    report,
    _account,
    id,
    CASE report
        WHEN ''app_releases''       THEN ''v'' || (_raw ->> ''version'')
        WHEN ''app_formation''      THEN _raw ->> ''type''
        WHEN ''app_domains''        THEN _raw ->> ''hostname''
        WHEN ''app_collaborators''  THEN _raw #>> ''{user,email}''
        WHEN ''team_members''       THEN _raw ->> ''email''
        WHEN ''account''            THEN _raw ->> ''email''
        WHEN ''addon_attachments''  THEN _raw ->> ''name''
        WHEN ''pipeline_couplings'' THEN _raw ->> ''stage''
        ELSE _raw ->> ''name''
    END         AS name,
    _op         AS operation,
    _load_id    AS load_id,
    changed_keys
FROM versions;

COMMENT ON VIEW changes IS ''Every change across reports: when, which report and object, insert/update/delete, and the top-level JSON keys an update changed.'';
');
INSERT INTO __SCHEMA__._schema_changes VALUES (44, 2, '2026-12-07 12:49:04.666477+00', 'apps_without_recent_release', NULL, 'create view', NULL, NULL, '-- Reports: apps, app_releases (`--report all`; without it, the app''s own released_at)
-- Every app with its latest succeeded release and the days since; filter it:
--   SELECT * FROM heroku.apps_without_recent_release WHERE coalesce(days_since_release, 1e9) > 90;
-- Only succeeded releases count (a failed, pending or expired one deployed nothing). Where
-- app_releases was never loaded for the account, the app''s released_at stands in
-- (release_source says which) and complete is false. Times are read as ISO 8601 with their
-- offset (to_jsonb, whatever the column widened to), so the answer is the same whatever the
-- session''s TimeZone or DateStyle.
CREATE OR REPLACE VIEW apps_without_recent_release AS
WITH coverage AS (
    SELECT _account,
           bool_and(loaded)                                           AS complete,
           bool_and(loaded) FILTER (WHERE report = ''app_releases'')    AS releases_known
    FROM report_coverage
    WHERE report IN (''apps'', ''app_releases'')
    GROUP BY _account
),
succeeded AS (
    SELECT _account, app_id::text AS app_id,
           max(_as_timestamptz(to_jsonb(created_at) #>> ''{}'')) AS last_release_at,
           trim_scale(max(_as_number(version::text)))  AS last_version,
           count(*)                                    AS releases
    FROM app_releases
    WHERE status::text = ''succeeded''
    GROUP BY _account, app_id::text
),
latest AS (
    SELECT
        a._account,
        a.id                                                                       AS app_id,
        a.name                                                                     AS app_name,
        a.team_name,
        _as_timestamptz(to_jsonb(a.created_at) #>> ''{}'')                           AS created_at,
        CASE WHEN c.releases_known THEN s.last_release_at
             ELSE _as_timestamptz(to_jsonb(a.released_at) #>> ''{}'') END            AS last_release_at,
        CASE WHEN c.releases_known THEN ''app_releases'' ELSE ''apps.released_at'' END AS release_source,
        s.last_version,
        CASE WHEN c.releases_known THEN coalesce(s.releases, 0) END               AS releases,
        coalesce(c.complete, false)                                                AS complete
    FROM apps a
    LEFT JOIN coverage c ON c._account = a._account
    LEFT JOIN succeeded s ON s._account = a._account AND s.app_id = a.id::text
)
SELECT
    _account,
    app_id,
    app_name,
    team_name,
    created_at,
    last_release_at,
    release_source,
    last_version,
    releases,
    floor(extract(epoch FROM now() - last_release_at) / 86400)::integer AS days_since_release,
    complete
FROM latest;

COMMENT ON VIEW apps_without_recent_release IS ''Every app with its latest succeeded release (or its released_at where app_releases never loaded: release_source) and the days since; filter with WHERE coalesce(days_since_release, 1e9) > N.'';
COMMENT ON COLUMN apps_without_recent_release.releases IS ''succeeded releases stored for the app; NULL where app_releases never loaded for the account'';
');
INSERT INTO __SCHEMA__._schema_changes VALUES (45, 2, '2026-12-07 12:49:04.666531+00', 'stale_apps', NULL, 'create view', NULL, NULL, '-- Reports: apps, app_releases, app_formation (`--report all`)
-- Apps that look abandoned: no dyno running (every process type at quantity 0, or none) and
-- no succeeded release for N days, N = 90 unless changed in one place:
--   UPDATE heroku._meta SET value = ''60'' WHERE key = ''stale_app_days'';
-- An app younger than N days is not stale. The evidence is in the columns (last succeeded
-- release, days since, dynos, formation). Where app_releases was never loaded for the
-- account, the app''s released_at stands in; where app_formation was never loaded, the dynos
-- are unknown (NULL) and the app is listed on its releases alone: complete is false on
-- those rows.
CREATE OR REPLACE VIEW stale_apps AS
WITH settings AS (
    SELECT coalesce((SELECT _as_number(value)::integer FROM _meta WHERE key = ''stale_app_days''), 90) AS days
),
coverage AS (
    SELECT _account,
           bool_and(loaded)                                          AS complete,
           bool_and(loaded) FILTER (WHERE report = ''app_formation'')  AS formation_known
    FROM report_coverage
    WHERE report IN (''apps'', ''app_releases'', ''app_formation'')
    GROUP BY _account
),
running AS (
    SELECT _account, app_id::text AS app_id,
           trim_scale(sum(_as_number(quantity::text)))                   AS dynos,
           string_agg(type::text || '' '' || coalesce(trim_scale(_as_number(quantity::text))::text, ''?'') || ''x''
                      || coalesce(dyno_size_name::text, size::text, ''?''), '', '' ORDER BY type::text) AS formation
    FROM app_formation
    GROUP BY _account, app_id::text
)
SELECT
    r._account,
    r.app_id,
    r.app_name,
    r.team_name,
    r.created_at,
    r.last_release_at                                         AS last_succeeded_release_at,
    r.release_source,
    r.days_since_release,
    CASE WHEN c.formation_known THEN coalesce(f.dynos, 0) END AS dynos,
    CASE WHEN c.formation_known THEN coalesce(f.formation, '''') END AS formation,
    r.complete AND coalesce(c.complete, false)                AS complete
FROM apps_without_recent_release r
CROSS JOIN settings s
LEFT JOIN coverage c ON c._account = r._account
LEFT JOIN running f ON f._account = r._account AND f.app_id = r.app_id::text
WHERE coalesce(r.last_release_at, r.created_at, ''-infinity'') < now() - make_interval(hours => 24 * s.days)
  AND coalesce(r.created_at, ''-infinity'') < now() - make_interval(hours => 24 * s.days)
  AND (c.formation_known IS NOT TRUE OR coalesce(f.dynos, 0) = 0);

COMMENT ON VIEW stale_apps IS ''Apps that look abandoned: no dyno running and no succeeded release for _meta.stale_app_days days (90), with the evidence; complete = false where app_releases or app_formation never loaded for the account.'';
');
INSERT INTO __SCHEMA__._schema_changes VALUES (46, 3, '2026-12-07 12:49:04.822003+00', 'addons', 'billed_price_cents', 'widen column', 'bigint', 'text', 'ALTER TABLE "__SCHEMA__"."addons" ALTER COLUMN "billed_price_cents" TYPE text USING "billed_price_cents"::text;
ALTER TABLE "__SCHEMA__"."addons_history" ALTER COLUMN "billed_price_cents" TYPE text USING "billed_price_cents"::text');
INSERT INTO __SCHEMA__._schema_changes VALUES (47, 3, '2026-12-07 12:49:04.855798+00', 'addon_prices', NULL, 'create view', NULL, NULL, '-- Reports: addons
-- One row per add-on that is not deprovisioned, with its price per month at list price:
-- billed_price.cents per billed_price.unit (hourly x720, see _monthly_cents), read as a
-- number whatever the loader widened the column to. contract: billed on a contract
-- (billed_price.contract, outside add-on billing); monthly_cents NULL: no known price. The
-- cost views (addons_per_app, addon_service_usage, app_costs, team_costs) read it.
CREATE OR REPLACE VIEW addon_prices AS
SELECT
    ad._account,
    ad.id                                                               AS addon_id,
    ad.name::text                                                       AS addon_name,
    ad.app_id::text                                                     AS app_id,
    ad.addon_service_id::text                                           AS service_id,
    ad.addon_service_name::text                                         AS service_name,
    ad.plan_name::text                                                  AS plan_name,
    coalesce(ad.billed_price_contract::text = ''true'', false)            AS contract,
    _monthly_cents(_as_number(ad.billed_price_cents::text), ad.billed_price_unit::text) AS monthly_cents
FROM addons ad
WHERE ad.state::text IS DISTINCT FROM ''deprovisioned'';

COMMENT ON VIEW addon_prices IS ''Add-ons not deprovisioned, with their list price per month (monthly_cents; NULL when unknown) and whether they are billed on a contract.'';
');
INSERT INTO __SCHEMA__._schema_changes VALUES (48, 3, '2026-12-07 12:49:04.855845+00', 'addons_per_app', NULL, 'create view', NULL, NULL, '-- Reports: apps, addons
-- One row per app: its add-ons, their services and the monthly add-on cost at list prices.
-- billed_price.cents is Heroku''s price of an add-on per billed_price.unit (a month; an
-- hourly price counts x720, see _monthly_cents). Deprovisioned add-ons are left out; an
-- add-on billed on a contract (billed_price.contract, billed outside add-on billing) or
-- without a known price is counted in its own column, never as 0 cents. Prices are read as
-- numbers whatever the loader widened their column to (_as_number).
CREATE OR REPLACE VIEW addons_per_app AS
SELECT
    a._account,
    a.id                                                                    AS app_id,
    a.name                                                                  AS app_name,
    a.team_name,
    count(l.app_id)                                                         AS addon_count,
    coalesce(array_agg(l.addon_name ORDER BY l.addon_name) FILTER (WHERE l.app_id IS NOT NULL), ''{}'') AS addon_names,
    coalesce(array_agg(DISTINCT l.service_name) FILTER (WHERE l.app_id IS NOT NULL), ''{}'') AS services,
    trim_scale(coalesce(sum(l.monthly_cents) FILTER (WHERE NOT l.contract), 0)) AS monthly_cost_cents,
    count(l.app_id) FILTER (WHERE l.contract)                               AS contract_addon_count,
    count(l.app_id) FILTER (WHERE NOT l.contract AND l.monthly_cents IS NULL) AS unpriced_addon_count
FROM apps a
LEFT JOIN addon_prices l ON l._account = a._account AND l.app_id = a.id::text
GROUP BY a._account, a.id, a.name, a.team_name;

COMMENT ON VIEW addons_per_app IS ''One row per app: its add-ons (deprovisioned ones left out), their names and services, the monthly add-on cost in cents at list prices, and the add-ons on a contract or without a known price (counted apart, not as 0).'';
COMMENT ON COLUMN addons_per_app.monthly_cost_cents IS ''sum of the priced, non-contract add-ons'''' billed_price.cents per month (hourly prices x720)'';
COMMENT ON COLUMN addons_per_app.contract_addon_count IS ''add-ons billed on a contract (billed_price.contract), outside add-on billing: not in the cents'';
COMMENT ON COLUMN addons_per_app.unpriced_addon_count IS ''add-ons without a known price (no billed_price, or a unit other than month, hour, day, year): not in the cents'';
');
INSERT INTO __SCHEMA__._schema_changes VALUES (49, 3, '2026-12-07 12:49:04.855896+00', 'app_costs', NULL, 'create view', NULL, NULL, '-- Reports: apps, addons, app_formation, dyno_sizes (app_formation needs `--report all`)
-- What each app costs a month at Heroku''s list prices: its add-ons (addons_per_app) and its
-- dynos (formation quantity x the dyno size''s price, the size matched by name as the
-- formation writes it, case aside; hourly prices x720). A dyno size without a price counts
-- in unpriced_dyno_count, never as 0 cents. Where app_formation or dyno_sizes was never
-- loaded for the account, the dyno columns and the total are NULL (unknown) and complete is
-- false. Actual spend, from Heroku''s usage and invoices, is another matter (list prices
-- ignore credits, contracts and proration).
CREATE OR REPLACE VIEW app_costs AS
WITH coverage AS (
    SELECT _account,
           bool_and(loaded)                                                          AS complete,
           bool_and(loaded) FILTER (WHERE report IN (''app_formation'', ''dyno_sizes'')) AS dynos_known
    FROM report_coverage
    WHERE report IN (''apps'', ''addons'', ''app_formation'', ''dyno_sizes'')
    GROUP BY _account
),
sizes AS (
    -- One price per name (the most recently loaded size of that name).
    SELECT DISTINCT ON (_account, lower(name::text)) _account, lower(name::text) AS size,
           _monthly_cents(_as_number(cost_cents::text), cost_unit::text) AS monthly_cents
    FROM dyno_sizes
    ORDER BY _account, lower(name::text), _load_id DESC
),
processes AS (
    SELECT f._account, f.app_id::text AS app_id, f.type::text AS type,
           _as_number(f.quantity::text)                           AS quantity,
           coalesce(f.dyno_size_name::text, f.size::text)          AS size,
           s.monthly_cents
    FROM app_formation f
    LEFT JOIN sizes s ON s._account = f._account AND s.size = lower(coalesce(f.dyno_size_name::text, f.size::text))
),
formation AS (
    SELECT _account, app_id,
           sum(quantity)                                                                   AS dynos,
           sum(quantity * monthly_cents) FILTER (WHERE quantity > 0 AND monthly_cents IS NOT NULL) AS priced_cents,
           sum(quantity) FILTER (WHERE quantity > 0 AND monthly_cents IS NULL)              AS unpriced_dynos,
           string_agg(type || '' '' || coalesce(trim_scale(quantity)::text, ''?'') || ''x'' || coalesce(size, ''?''),
                      '', '' ORDER BY type)                                                  AS formation
    FROM processes
    GROUP BY _account, app_id
),
costs AS (
    SELECT p._account, p.app_id, p.app_name, p.team_name, p.addon_count, p.contract_addon_count,
           p.unpriced_addon_count, p.monthly_cost_cents AS addon_cost_cents,
           CASE WHEN c.dynos_known THEN trim_scale(coalesce(f.priced_cents, 0)) END      AS dyno_cost_cents,
           CASE WHEN c.dynos_known THEN trim_scale(coalesce(f.dynos, 0)) END             AS dynos,
           CASE WHEN c.dynos_known THEN trim_scale(coalesce(f.unpriced_dynos, 0)) END    AS unpriced_dyno_count,
           CASE WHEN c.dynos_known THEN coalesce(f.formation, '''') END                   AS formation,
           coalesce(c.complete, false)                                                  AS complete
    FROM addons_per_app p
    LEFT JOIN coverage c ON c._account = p._account
    LEFT JOIN formation f ON f._account = p._account AND f.app_id = p.app_id::text
)
SELECT
    _account,
    app_id,
    app_name,
    team_name,
    addon_count,
    contract_addon_count,
    unpriced_addon_count,
    addon_cost_cents,
    dyno_cost_cents,
    addon_cost_cents + dyno_cost_cents                 AS monthly_cost_cents,
    round((addon_cost_cents + dyno_cost_cents) / 100.0, 2) AS monthly_cost_dollars,
    dynos,
    unpriced_dyno_count,
    formation,
    complete
FROM costs;

COMMENT ON VIEW app_costs IS ''What each app costs a month at list prices: add-ons (addon_cost_cents) plus dynos (formation quantity x dyno size price, dyno_cost_cents) = monthly_cost_cents; contract, unpriced add-ons and unpriced dynos counted apart; NULL dyno columns and complete = false where app_formation or dyno_sizes was never loaded.'';
COMMENT ON COLUMN app_costs.dyno_cost_cents IS ''sum over process types of quantity x the dyno size''''s monthly price (GET /dyno-sizes cost; hourly x720); NULL when app_formation or dyno_sizes was never loaded'';
COMMENT ON COLUMN app_costs.monthly_cost_cents IS ''addon_cost_cents + dyno_cost_cents; NULL when the dyno cost is unknown'';
COMMENT ON COLUMN app_costs.unpriced_dyno_count IS ''running dynos whose size has no known price: not in the cents'';
COMMENT ON COLUMN app_costs.complete IS ''false when a report this view needs (apps, addons, app_formation, dyno_sizes) never loaded for the account'';
');
INSERT INTO __SCHEMA__._schema_changes VALUES (50, 3, '2026-12-07 12:49:04.856069+00', 'team_costs', NULL, 'create view', NULL, NULL, '-- Reports: teams, apps, addons, app_formation, dyno_sizes (app_formation needs `--report all`)
-- What each team''s apps cost a month at list prices (app_costs summed by team); the row
-- whose team_name is null gathers the personal apps. Dyno costs and the total are NULL
-- where the dyno cost is unknown (see app_costs).
CREATE OR REPLACE VIEW team_costs AS
WITH per_team AS (
    SELECT _account, team_name::text AS team_name, count(*) AS app_count,
           sum(addon_count)::bigint          AS addon_count,
           sum(contract_addon_count)::bigint AS contract_addon_count,
           sum(unpriced_addon_count)::bigint AS unpriced_addon_count,
           sum(addon_cost_cents)             AS addon_cost_cents,
           sum(dyno_cost_cents)              AS dyno_cost_cents,
           sum(monthly_cost_cents)           AS monthly_cost_cents,
           sum(unpriced_dyno_count)          AS unpriced_dyno_count
    FROM app_costs
    GROUP BY _account, team_name::text
),
coverage AS (
    SELECT _account, bool_and(loaded) AS complete
    FROM report_coverage
    WHERE report IN (''teams'', ''apps'', ''addons'', ''app_formation'', ''dyno_sizes'')
    GROUP BY _account
)
SELECT
    coalesce(t._account, p._account)                    AS _account,
    t.id                                                AS team_id,
    coalesce(t.name::text, p.team_name)                 AS team_name,
    coalesce(p.app_count, 0)                            AS app_count,
    coalesce(p.addon_count, 0)                          AS addon_count,
    coalesce(p.contract_addon_count, 0)                 AS contract_addon_count,
    coalesce(p.unpriced_addon_count, 0)                 AS unpriced_addon_count,
    coalesce(p.addon_cost_cents, 0)                     AS addon_cost_cents,
    CASE WHEN p._account IS NOT NULL THEN p.dyno_cost_cents
         WHEN c.complete THEN 0 END                     AS dyno_cost_cents,
    CASE WHEN p._account IS NOT NULL THEN p.monthly_cost_cents
         WHEN c.complete THEN 0 END                     AS monthly_cost_cents,
    round(CASE WHEN p._account IS NOT NULL THEN p.monthly_cost_cents
               WHEN c.complete THEN 0 END / 100.0, 2)   AS monthly_cost_dollars,
    CASE WHEN p._account IS NOT NULL THEN p.unpriced_dyno_count
         WHEN c.complete THEN 0 END                     AS unpriced_dyno_count,
    coalesce(c.complete, false)                         AS complete
FROM teams t
FULL JOIN per_team p ON p._account = t._account AND p.team_name = t.name::text
LEFT JOIN coverage c ON c._account = coalesce(t._account, p._account);

COMMENT ON VIEW team_costs IS ''What each team''''s apps cost a month at list prices (app_costs by team: add-ons, dynos, total; contract and unpriced counted apart); team_name null is the personal apps; complete = false where a needed report never loaded.'';
');
INSERT INTO __SCHEMA__._schema_changes VALUES (51, 3, '2026-12-07 12:49:04.856162+00', 'addon_service_usage', NULL, 'create view', NULL, NULL, '-- Reports: addon_services, addons
-- Per add-on service: how many add-ons, on how many apps, with which plans, at what monthly
-- cost at list prices (deprovisioned add-ons left out; contract-priced and unpriced ones
-- counted apart, not in the cents; prices read as numbers whatever their column''s type).
CREATE OR REPLACE VIEW addon_service_usage AS
SELECT
    s._account,
    s.id                                                                   AS service_id,
    s.name                                                                 AS service_name,
    s.human_name,
    count(l.service_id)                                                    AS installs,
    count(DISTINCT l.app_id)                                               AS apps,
    coalesce(array_agg(DISTINCT l.plan_name) FILTER (WHERE l.service_id IS NOT NULL), ''{}'') AS plans,
    trim_scale(coalesce(sum(l.monthly_cents) FILTER (WHERE NOT l.contract), 0)) AS monthly_cost_cents,
    count(l.service_id) FILTER (WHERE l.contract)                          AS contract_addon_count,
    count(l.service_id) FILTER (WHERE NOT l.contract AND l.monthly_cents IS NULL) AS unpriced_addon_count
FROM addon_services s
LEFT JOIN addon_prices l ON l._account = s._account AND l.service_id = s.id::text
GROUP BY s._account, s.id, s.name, s.human_name;

COMMENT ON VIEW addon_service_usage IS ''Per add-on service: installs (deprovisioned left out), distinct apps, plans in use, monthly cost in cents at list prices, and the installs on a contract or without a known price (counted apart).'';
');
INSERT INTO __SCHEMA__._schema_changes VALUES (52, 3, '2026-12-07 12:49:04.85617+00', 'app_inventory', NULL, 'create view', NULL, NULL, '-- Reports: apps, addons
-- One row per app: where it runs, who owns it, how many add-ons it has.
CREATE OR REPLACE VIEW app_inventory AS
SELECT
    a._account,
    a.id            AS app_id,
    a.name          AS app_name,
    a.team_name,
    a.region_name   AS region,
    a.stack_name    AS stack,
    a.owner_email   AS owner,
    a.created_at,
    a.released_at,
    a.maintenance,
    p.addon_count
FROM apps a
JOIN addons_per_app p ON p._account = a._account AND p.app_id = a.id;

COMMENT ON VIEW app_inventory IS ''One row per app: team, region, stack, owner, creation and release times, number of add-ons.'';
');
INSERT INTO __SCHEMA__._schema_changes VALUES (53, 3, '2026-12-07 12:49:04.856174+00', 'changes', NULL, 'create view', NULL, NULL, '-- Reports: every report (each history table; a report never loaded adds nothing).
-- The change feed: every version written to any report''s history. name is the object''s
-- own label: a release''s version (`v42`, not its deployer), a formation''s process type, a
-- domain''s hostname, a collaborator''s or team member''s email, the account''s email, a
-- pipeline coupling''s stage, every other report''s `name`; changed_keys
-- lists the top-level JSON keys whose value differs from the previous version (updates only).
-- For per-team and per-app reports, id is `<team or app id>/<id>`.
--
-- An update''s previous version is the one its load closed: same key, valid until this one
-- began, found through the history''s primary key (changed_keys is NULL when that version was
-- deleted by hand). Updates are read apart from the other versions, so only they are looked
-- up: no window over the whole history, and a plan cheap enough that a JIT-enabled server
-- does not spend seconds compiling it for a query on recent changes.
CREATE OR REPLACE VIEW changes AS
WITH versions (report, _account, id, _op, _valid_from, _load_id, _raw, changed_keys) AS (
    SELECT ''teams''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM teams_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''teams''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM teams_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM teams_history p
        WHERE p._account = h._account AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''apps''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM apps_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''apps''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM apps_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM apps_history p
        WHERE p._account = h._account AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''addons''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM addons_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''addons''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM addons_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM addons_history p
        WHERE p._account = h._account AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''addon_services''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM addon_services_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''addon_services''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM addon_services_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM addon_services_history p
        WHERE p._account = h._account AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''account''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM account_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''account''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM account_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM account_history p
        WHERE p._account = h._account AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''addon_attachments''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM addon_attachments_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''addon_attachments''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM addon_attachments_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM addon_attachments_history p
        WHERE p._account = h._account AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''pipelines''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM pipelines_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''pipelines''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM pipelines_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM pipelines_history p
        WHERE p._account = h._account AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''pipeline_couplings''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM pipeline_couplings_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''pipeline_couplings''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM pipeline_couplings_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM pipeline_couplings_history p
        WHERE p._account = h._account AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''spaces''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM spaces_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''spaces''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM spaces_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM spaces_history p
        WHERE p._account = h._account AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''regions''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM regions_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''regions''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM regions_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM regions_history p
        WHERE p._account = h._account AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''stacks''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM stacks_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''stacks''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM stacks_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM stacks_history p
        WHERE p._account = h._account AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''dyno_sizes''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM dyno_sizes_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''dyno_sizes''::text, h._account, h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM dyno_sizes_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM dyno_sizes_history p
        WHERE p._account = h._account AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''team_members''::text, h._account, h.team_id::text || ''/'' || h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM team_members_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''team_members''::text, h._account, h.team_id::text || ''/'' || h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM team_members_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM team_members_history p
        WHERE p._account = h._account AND p.team_id = h.team_id AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''app_releases''::text, h._account, h.app_id::text || ''/'' || h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM app_releases_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''app_releases''::text, h._account, h.app_id::text || ''/'' || h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM app_releases_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM app_releases_history p
        WHERE p._account = h._account AND p.app_id = h.app_id AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''app_formation''::text, h._account, h.app_id::text || ''/'' || h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM app_formation_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''app_formation''::text, h._account, h.app_id::text || ''/'' || h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM app_formation_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM app_formation_history p
        WHERE p._account = h._account AND p.app_id = h.app_id AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''app_domains''::text, h._account, h.app_id::text || ''/'' || h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM app_domains_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''app_domains''::text, h._account, h.app_id::text || ''/'' || h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM app_domains_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM app_domains_history p
        WHERE p._account = h._account AND p.app_id = h.app_id AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
    UNION ALL
    SELECT ''app_collaborators''::text, h._account, h.app_id::text || ''/'' || h.id::text, h._op, h._valid_from, h._load_id, h._raw, NULL::text[]
    FROM app_collaborators_history h WHERE h._op <> ''update''
    UNION ALL
    SELECT ''app_collaborators''::text, h._account, h.app_id::text || ''/'' || h.id::text, h._op, h._valid_from, h._load_id, h._raw,
           (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(h._raw || previous._raw) AS key
            WHERE h._raw -> key IS DISTINCT FROM previous._raw -> key)
    FROM app_collaborators_history h LEFT JOIN LATERAL (
        SELECT p._raw FROM app_collaborators_history p
        WHERE p._account = h._account AND p.app_id = h.app_id AND p.id = h.id AND p._valid_to = h._valid_from AND p._load_id < h._load_id
        ORDER BY p._load_id DESC LIMIT 1) previous ON true
    WHERE h._op = ''update''
)
SELECT
    _valid_from AS changed_at,
    report,
    _account,
    id,
    CASE report
        WHEN ''app_releases''       THEN ''v'' || (_raw ->> ''version'')
        WHEN ''app_formation''      THEN _raw ->> ''type''
        WHEN ''app_domains''        THEN _raw ->> ''hostname''
        WHEN ''app_collaborators''  THEN _raw #>> ''{user,email}''
        WHEN ''team_members''       THEN _raw ->> ''email''
        WHEN ''account''            THEN _raw ->> ''email''
        WHEN ''addon_attachments''  THEN _raw ->> ''name''
        WHEN ''pipeline_couplings'' THEN _raw ->> ''stage''
        ELSE _raw ->> ''name''
    END         AS name,
    _op         AS operation,
    _load_id    AS load_id,
    changed_keys
FROM versions;

COMMENT ON VIEW changes IS ''Every change across reports: when, which report and object, insert/update/delete, and the top-level JSON keys an update changed.'';
');
INSERT INTO __SCHEMA__._schema_changes VALUES (54, 3, '2026-12-07 12:49:04.856503+00', 'addon_sharing', NULL, 'create view', NULL, NULL, '-- Reports: addons, addon_attachments
-- The blast radius of removing an add-on: one row per add-on with its owning (billed) app
-- and every app it is attached to (from addon_attachments). shared_with_count counts the
-- attached apps other than the owner. Joins compare ids as text, so the view keeps working
-- if the loader ever widens a column.
CREATE OR REPLACE VIEW addon_sharing AS
SELECT
    ad._account,
    ad.id                                                            AS addon_id,
    ad.name                                                          AS addon_name,
    ad.addon_service_name                                            AS service_name,
    ad.plan_name,
    ad.app_id                                                        AS owner_app_id,
    ad.app_name                                                      AS owner_app_name,
    count(DISTINCT at.app_id::text)                                  AS attached_app_count,
    count(DISTINCT at.app_id::text) FILTER (WHERE at.app_id::text IS DISTINCT FROM ad.app_id::text)
                                                                     AS shared_with_count,
    coalesce(array_agg(DISTINCT at.app_name::text) FILTER (WHERE at._account IS NOT NULL), ''{}'')
                                                                     AS attached_apps,
    coalesce(array_agg(DISTINCT at.name::text) FILTER (WHERE at._account IS NOT NULL), ''{}'')
                                                                     AS attachment_names
FROM addons ad
LEFT JOIN addon_attachments at ON at._account = ad._account AND at.addon_id::text = ad.id::text
GROUP BY ad._account, ad.id, ad.name, ad.addon_service_name, ad.plan_name, ad.app_id, ad.app_name;

COMMENT ON VIEW addon_sharing IS ''Per add-on: its owning app and every app it is attached to (the blast radius of removing it).'';
');


--
-- Data for Name: account; Type: TABLE DATA; Schema: __SCHEMA__; Owner: -
--

INSERT INTO __SCHEMA__.account VALUES ('owner@sandbox.example', true, false, '2021-11-27 00:00:00+00', 'owner@sandbox.example', false, '10acb33f-15ce-43ed-bb5c-31fcde9f1bf6', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-05-17 19:02:28+00', 'Zoë Sandbox-Owner', NULL, NULL, NULL, true, '2024-08-01 16:53:20+00', true, 'United States', '586c06e1-ed22-4481-8895-75858fe8ea56', 'acme-platform', '586c06e1-ed22-4481-8895-75858fe8ea56', 'acme-platform', 1, '86b4ac42792c585cff7532bf32e0a89c', '{"id": "10acb33f-15ce-43ed-bb5c-31fcde9f1bf6", "beta": false, "name": "Zoë Sandbox-Owner", "email": "owner@sandbox.example", "verified": true, "federated": false, "created_at": "2021-11-27T00:00:00Z", "last_login": "2025-05-17T19:02:28Z", "sms_number": null, "updated_at": "2024-08-01T16:53:20Z", "default_team": {"id": "586c06e1-ed22-4481-8895-75858fe8ea56", "name": "acme-platform"}, "suspended_at": null, "delinquent_at": null, "allow_tracking": true, "identity_provider": null, "country_of_residence": "United States", "default_organization": {"id": "586c06e1-ed22-4481-8895-75858fe8ea56", "name": "acme-platform"}, "two_factor_authentication": true}', '9058b70b5681236175ca23b3563ce435', NULL);


--
-- Data for Name: account_history; Type: TABLE DATA; Schema: __SCHEMA__; Owner: -
--

INSERT INTO __SCHEMA__.account_history VALUES ('owner@sandbox.example', true, false, '2021-11-27 00:00:00+00', 'owner@sandbox.example', false, '10acb33f-15ce-43ed-bb5c-31fcde9f1bf6', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-05-17 19:02:28+00', 'Zoë Sandbox-Owner', NULL, NULL, NULL, true, '2024-08-01 16:53:20+00', true, 'United States', '586c06e1-ed22-4481-8895-75858fe8ea56', 'acme-platform', '586c06e1-ed22-4481-8895-75858fe8ea56', 'acme-platform', 1, '86b4ac42792c585cff7532bf32e0a89c', '{"id": "10acb33f-15ce-43ed-bb5c-31fcde9f1bf6", "beta": false, "name": "Zoë Sandbox-Owner", "email": "owner@sandbox.example", "verified": true, "federated": false, "created_at": "2021-11-27T00:00:00Z", "last_login": "2025-05-17T19:02:28Z", "sms_number": null, "updated_at": "2024-08-01T16:53:20Z", "default_team": {"id": "586c06e1-ed22-4481-8895-75858fe8ea56", "name": "acme-platform"}, "suspended_at": null, "delinquent_at": null, "allow_tracking": true, "identity_provider": null, "country_of_residence": "United States", "default_organization": {"id": "586c06e1-ed22-4481-8895-75858fe8ea56", "name": "acme-platform"}, "two_factor_authentication": true}', '2026-12-07 12:49:04.399985+00', NULL, 'insert', NULL);


--
-- Data for Name: addon_attachments; Type: TABLE DATA; Schema: __SCHEMA__; Owner: -
--

INSERT INTO __SCHEMA__.addon_attachments VALUES ('owner@sandbox.example', '29cb13f6-82b9-4dc5-9443-28d464d3ac72', 'redis-eager-10002', '8d089d67-1b4c-4c79-a46e-97468772a379', 'tidy-harbor-5', '8d089d67-1b4c-4c79-a46e-97468772a379', 'tidy-harbor-5', '2024-11-01 05:12:27+00', '04c5e9f2-a695-47b9-b5ef-f3303292cd4e', 'REDIS', NULL, '2024-11-01 05:13:27+00', NULL, 1, '41856a6ab7cad28091f88aabe292f49e', '{"id": "04c5e9f2-a695-47b9-b5ef-f3303292cd4e", "app": {"id": "8d089d67-1b4c-4c79-a46e-97468772a379", "name": "tidy-harbor-5"}, "name": "REDIS", "addon": {"id": "29cb13f6-82b9-4dc5-9443-28d464d3ac72", "app": {"id": "8d089d67-1b4c-4c79-a46e-97468772a379", "name": "tidy-harbor-5"}, "name": "redis-eager-10002"}, "web_url": null, "namespace": null, "created_at": "2024-11-01T05:12:27Z", "updated_at": "2024-11-01T05:13:27Z"}', '5dc94550f775f3cd51ad357c2cd4cfd9');
INSERT INTO __SCHEMA__.addon_attachments VALUES ('owner@sandbox.example', '0b001b7f-042f-459f-9976-5cbcf25bb3ec', 'postgresql-happy-10007', '01a2431f-6f0f-4d07-b9e6-c14555e3bc67', 'nimble-mesa-4', '01a2431f-6f0f-4d07-b9e6-c14555e3bc67', 'nimble-mesa-4', '2024-09-15 11:16:31+00', '1f7aa3a8-68a5-4629-9e30-143d0144b580', 'HEROKU_POSTGRESQL_BLUE', NULL, '2024-09-15 11:17:31+00', 'https://addons-sso.heroku.com/apps/01a2431f-6f0f-4d07-b9e6-c14555e3bc67/addons/0b001b7f-042f-459f-9976-5cbcf25bb3ec', 1, '4121f213d47f0cb70bc6e9d1576f175b', '{"id": "1f7aa3a8-68a5-4629-9e30-143d0144b580", "app": {"id": "01a2431f-6f0f-4d07-b9e6-c14555e3bc67", "name": "nimble-mesa-4"}, "name": "HEROKU_POSTGRESQL_BLUE", "addon": {"id": "0b001b7f-042f-459f-9976-5cbcf25bb3ec", "app": {"id": "01a2431f-6f0f-4d07-b9e6-c14555e3bc67", "name": "nimble-mesa-4"}, "name": "postgresql-happy-10007"}, "web_url": "https://addons-sso.heroku.com/apps/01a2431f-6f0f-4d07-b9e6-c14555e3bc67/addons/0b001b7f-042f-459f-9976-5cbcf25bb3ec", "namespace": null, "created_at": "2024-09-15T11:16:31Z", "updated_at": "2024-09-15T11:17:31Z"}', '94813a494cc8d58b4a7a4632e92878b2');
INSERT INTO __SCHEMA__.addon_attachments VALUES ('owner@sandbox.example', '687a256a-0272-402a-924c-dd2d70dd5adb', 'redis-jolly-10004', '26948731-1dd5-4f61-8745-d8a3b66b4847', 'happy-river-8', '26948731-1dd5-4f61-8745-d8a3b66b4847', 'happy-river-8', '2024-08-24 11:18:22+00', '426b2b74-a4d8-479b-ae0f-d51b01dcdab3', 'REDIS', NULL, '2024-08-24 11:19:22+00', 'https://addons-sso.heroku.com/apps/26948731-1dd5-4f61-8745-d8a3b66b4847/addons/687a256a-0272-402a-924c-dd2d70dd5adb', 1, '82b1838c13c351e8062a9b9dfe7ebbda', '{"id": "426b2b74-a4d8-479b-ae0f-d51b01dcdab3", "app": {"id": "26948731-1dd5-4f61-8745-d8a3b66b4847", "name": "happy-river-8"}, "name": "REDIS", "addon": {"id": "687a256a-0272-402a-924c-dd2d70dd5adb", "app": {"id": "26948731-1dd5-4f61-8745-d8a3b66b4847", "name": "happy-river-8"}, "name": "redis-jolly-10004"}, "web_url": "https://addons-sso.heroku.com/apps/26948731-1dd5-4f61-8745-d8a3b66b4847/addons/687a256a-0272-402a-924c-dd2d70dd5adb", "namespace": null, "created_at": "2024-08-24T11:18:22Z", "updated_at": "2024-08-24T11:19:22Z"}', '0f0ea318e6ea01d0e5351a5d5a93dc9a');
INSERT INTO __SCHEMA__.addon_attachments VALUES ('owner@sandbox.example', '26ecc740-e5f1-4fec-a504-5106d850ddcd', 'postgresql-nimble-10011', '26948731-1dd5-4f61-8745-d8a3b66b4847', 'happy-river-8', '26948731-1dd5-4f61-8745-d8a3b66b4847', 'happy-river-8', '2024-08-11 02:14:54+00', '649d1d39-7dfe-4f26-a943-ab6ef8407e54', 'DATABASE', NULL, '2024-08-11 02:15:54+00', 'https://addons-sso.heroku.com/apps/26948731-1dd5-4f61-8745-d8a3b66b4847/addons/26ecc740-e5f1-4fec-a504-5106d850ddcd', 1, '0f4381aa5d3c0eae0a88c52dd8ce2097', '{"id": "649d1d39-7dfe-4f26-a943-ab6ef8407e54", "app": {"id": "26948731-1dd5-4f61-8745-d8a3b66b4847", "name": "happy-river-8"}, "name": "DATABASE", "addon": {"id": "26ecc740-e5f1-4fec-a504-5106d850ddcd", "app": {"id": "26948731-1dd5-4f61-8745-d8a3b66b4847", "name": "happy-river-8"}, "name": "postgresql-nimble-10011"}, "web_url": "https://addons-sso.heroku.com/apps/26948731-1dd5-4f61-8745-d8a3b66b4847/addons/26ecc740-e5f1-4fec-a504-5106d850ddcd", "namespace": null, "created_at": "2024-08-11T02:14:54Z", "updated_at": "2024-08-11T02:15:54Z"}', '08bcf093cfe4192a9481a75f4d4420e1');
INSERT INTO __SCHEMA__.addon_attachments VALUES ('owner@sandbox.example', 'dcf9859f-267e-4495-93d0-da84fb242b7b', 'redis-eager-10010', '26948731-1dd5-4f61-8745-d8a3b66b4847', 'happy-river-8', '26948731-1dd5-4f61-8745-d8a3b66b4847', 'happy-river-8', '2024-10-27 06:39:11+00', '7581da45-e785-4562-aaa3-9261318b5420', 'HEROKU_REDIS_BLUE', NULL, '2024-10-27 06:40:11+00', 'https://addons-sso.heroku.com/apps/26948731-1dd5-4f61-8745-d8a3b66b4847/addons/dcf9859f-267e-4495-93d0-da84fb242b7b', 1, '8e127227c91f9e93dbb230088b89d4e1', '{"id": "7581da45-e785-4562-aaa3-9261318b5420", "app": {"id": "26948731-1dd5-4f61-8745-d8a3b66b4847", "name": "happy-river-8"}, "name": "HEROKU_REDIS_BLUE", "addon": {"id": "dcf9859f-267e-4495-93d0-da84fb242b7b", "app": {"id": "26948731-1dd5-4f61-8745-d8a3b66b4847", "name": "happy-river-8"}, "name": "redis-eager-10010"}, "web_url": "https://addons-sso.heroku.com/apps/26948731-1dd5-4f61-8745-d8a3b66b4847/addons/dcf9859f-267e-4495-93d0-da84fb242b7b", "namespace": null, "created_at": "2024-10-27T06:39:11Z", "updated_at": "2024-10-27T06:40:11Z"}', '08ed1962dded0c3a3995af02a923fa05');
INSERT INTO __SCHEMA__.addon_attachments VALUES ('owner@sandbox.example', 'b30b3201-0741-4a53-ba24-158f82dfbea2', 'redis-fancy-10009', 'ff5d2bef-97b8-40c8-8253-703e49b89691', 'nimble-nebula-1', 'ff5d2bef-97b8-40c8-8253-703e49b89691', 'nimble-nebula-1', '2024-11-02 21:31:42+00', '78c49519-21af-4408-a2cb-4f8a82ffe973', 'REDIS', NULL, '2024-11-02 21:32:42+00', 'https://addons-sso.heroku.com/apps/ff5d2bef-97b8-40c8-8253-703e49b89691/addons/b30b3201-0741-4a53-ba24-158f82dfbea2', 1, '2e33d306b0eb10b76364f62b608391c4', '{"id": "78c49519-21af-4408-a2cb-4f8a82ffe973", "app": {"id": "ff5d2bef-97b8-40c8-8253-703e49b89691", "name": "nimble-nebula-1"}, "name": "REDIS", "addon": {"id": "b30b3201-0741-4a53-ba24-158f82dfbea2", "app": {"id": "ff5d2bef-97b8-40c8-8253-703e49b89691", "name": "nimble-nebula-1"}, "name": "redis-fancy-10009"}, "web_url": "https://addons-sso.heroku.com/apps/ff5d2bef-97b8-40c8-8253-703e49b89691/addons/b30b3201-0741-4a53-ba24-158f82dfbea2", "namespace": null, "created_at": "2024-11-02T21:31:42Z", "updated_at": "2024-11-02T21:32:42Z"}', 'd574cad0d993aaaa8893a82e129db017');
INSERT INTO __SCHEMA__.addon_attachments VALUES ('owner@sandbox.example', 'c7f59973-76e5-4e61-b1d2-d5d269f80fde', 'redis-fancy-10006', '8d089d67-1b4c-4c79-a46e-97468772a379', 'tidy-harbor-5', '8d089d67-1b4c-4c79-a46e-97468772a379', 'tidy-harbor-5', '2024-10-25 03:00:01+00', '8ef72bf4-0e2f-43dc-83bc-23e156e9605a', 'HEROKU_REDIS_BLUE', NULL, '2024-10-25 03:01:01+00', 'https://addons-sso.heroku.com/apps/8d089d67-1b4c-4c79-a46e-97468772a379/addons/c7f59973-76e5-4e61-b1d2-d5d269f80fde', 1, 'ee77d7236a8fa493f6c6d02f5e2f1cf4', '{"id": "8ef72bf4-0e2f-43dc-83bc-23e156e9605a", "app": {"id": "8d089d67-1b4c-4c79-a46e-97468772a379", "name": "tidy-harbor-5"}, "name": "HEROKU_REDIS_BLUE", "addon": {"id": "c7f59973-76e5-4e61-b1d2-d5d269f80fde", "app": {"id": "8d089d67-1b4c-4c79-a46e-97468772a379", "name": "tidy-harbor-5"}, "name": "redis-fancy-10006"}, "web_url": "https://addons-sso.heroku.com/apps/8d089d67-1b4c-4c79-a46e-97468772a379/addons/c7f59973-76e5-4e61-b1d2-d5d269f80fde", "namespace": null, "created_at": "2024-10-25T03:00:01Z", "updated_at": "2024-10-25T03:01:01Z"}', '8bd684684b3e680b750c9b62d7d70871');
INSERT INTO __SCHEMA__.addon_attachments VALUES ('owner@sandbox.example', '6735ed77-34a1-46d7-b596-81744b1d5c98', 'postgresql-rapid-10000', '01a2431f-6f0f-4d07-b9e6-c14555e3bc67', 'nimble-mesa-4', '01a2431f-6f0f-4d07-b9e6-c14555e3bc67', 'nimble-mesa-4', '2024-09-11 12:53:53+00', '95499b65-9b0f-4bf4-9d28-37c149a4e48e', 'DATABASE', NULL, '2024-09-11 12:54:53+00', NULL, 1, '54f2a9bb086362fc635a2d1839b247ef', '{"id": "95499b65-9b0f-4bf4-9d28-37c149a4e48e", "app": {"id": "01a2431f-6f0f-4d07-b9e6-c14555e3bc67", "name": "nimble-mesa-4"}, "name": "DATABASE", "addon": {"id": "6735ed77-34a1-46d7-b596-81744b1d5c98", "app": {"id": "01a2431f-6f0f-4d07-b9e6-c14555e3bc67", "name": "nimble-mesa-4"}, "name": "postgresql-rapid-10000"}, "web_url": null, "namespace": null, "created_at": "2024-09-11T12:53:53Z", "updated_at": "2024-09-11T12:54:53Z"}', 'f0f11e587526b34eecae1537dda98471');
INSERT INTO __SCHEMA__.addon_attachments VALUES ('owner@sandbox.example', '2f711d8e-6475-4c21-af72-1d27c5b3e8c1', 'scheduler-nimble-10008', 'ff5d2bef-97b8-40c8-8253-703e49b89691', 'nimble-nebula-1', 'ff5d2bef-97b8-40c8-8253-703e49b89691', 'nimble-nebula-1', '2024-10-15 12:57:36+00', 'ab127386-b620-4cc5-8dcd-87bea842d4f0', 'SCHEDULER', NULL, '2024-10-15 12:58:36+00', 'https://addons-sso.heroku.com/apps/ff5d2bef-97b8-40c8-8253-703e49b89691/addons/2f711d8e-6475-4c21-af72-1d27c5b3e8c1', 1, 'd52426b2f8e982a0c6d62ac03fb63651', '{"id": "ab127386-b620-4cc5-8dcd-87bea842d4f0", "app": {"id": "ff5d2bef-97b8-40c8-8253-703e49b89691", "name": "nimble-nebula-1"}, "name": "SCHEDULER", "addon": {"id": "2f711d8e-6475-4c21-af72-1d27c5b3e8c1", "app": {"id": "ff5d2bef-97b8-40c8-8253-703e49b89691", "name": "nimble-nebula-1"}, "name": "scheduler-nimble-10008"}, "web_url": "https://addons-sso.heroku.com/apps/ff5d2bef-97b8-40c8-8253-703e49b89691/addons/2f711d8e-6475-4c21-af72-1d27c5b3e8c1", "namespace": null, "created_at": "2024-10-15T12:57:36Z", "updated_at": "2024-10-15T12:58:36Z"}', '3d592e9956809c1643e46986dbf08487');
INSERT INTO __SCHEMA__.addon_attachments VALUES ('owner@sandbox.example', 'ac6002b8-f700-4b97-9a25-b5b7d4b2c394', 'redis-tidy-10003', 'a01db8af-2d4b-4d88-bb67-0c764f4e4b75', 'brave-glacier-3', 'a01db8af-2d4b-4d88-bb67-0c764f4e4b75', 'brave-glacier-3', '2024-09-14 09:43:46+00', 'c361f9ba-aa83-4453-bf48-470f2631d1e2', 'REDIS', NULL, '2024-09-14 09:44:46+00', 'https://addons-sso.heroku.com/apps/a01db8af-2d4b-4d88-bb67-0c764f4e4b75/addons/ac6002b8-f700-4b97-9a25-b5b7d4b2c394', 1, '34e6e794e1e083874ad34a3911851cce', '{"id": "c361f9ba-aa83-4453-bf48-470f2631d1e2", "app": {"id": "a01db8af-2d4b-4d88-bb67-0c764f4e4b75", "name": "brave-glacier-3"}, "name": "REDIS", "addon": {"id": "ac6002b8-f700-4b97-9a25-b5b7d4b2c394", "app": {"id": "a01db8af-2d4b-4d88-bb67-0c764f4e4b75", "name": "brave-glacier-3"}, "name": "redis-tidy-10003"}, "web_url": "https://addons-sso.heroku.com/apps/a01db8af-2d4b-4d88-bb67-0c764f4e4b75/addons/ac6002b8-f700-4b97-9a25-b5b7d4b2c394", "namespace": null, "created_at": "2024-09-14T09:43:46Z", "updated_at": "2024-09-14T09:44:46Z"}', '012a56f2d14593e327ff1ef613b93c3e');
INSERT INTO __SCHEMA__.addon_attachments VALUES ('owner@sandbox.example', '50e0fc62-219f-4872-b6fa-ffd3eba1fdce', 'papertrail-rapid-10005', '26948731-1dd5-4f61-8745-d8a3b66b4847', 'happy-river-8', '26948731-1dd5-4f61-8745-d8a3b66b4847', 'happy-river-8', '2024-09-21 09:51:10+00', 'f6989582-b202-4776-b7eb-1862b43746a5', 'PAPERTRAIL_API_TOKEN', 'credential:readonly', '2024-09-21 09:52:10+00', NULL, 1, '7249ed0f668bdd9eb0c2af83fbf23d13', '{"id": "f6989582-b202-4776-b7eb-1862b43746a5", "app": {"id": "26948731-1dd5-4f61-8745-d8a3b66b4847", "name": "happy-river-8"}, "name": "PAPERTRAIL_API_TOKEN", "addon": {"id": "50e0fc62-219f-4872-b6fa-ffd3eba1fdce", "app": {"id": "26948731-1dd5-4f61-8745-d8a3b66b4847", "name": "happy-river-8"}, "name": "papertrail-rapid-10005"}, "web_url": null, "namespace": "credential:readonly", "created_at": "2024-09-21T09:51:10Z", "updated_at": "2024-09-21T09:52:10Z"}', 'ee694f57887f9debe369c6820d343552');


--
-- Data for Name: addon_attachments_history; Type: TABLE DATA; Schema: __SCHEMA__; Owner: -
--

INSERT INTO __SCHEMA__.addon_attachments_history VALUES ('owner@sandbox.example', '29cb13f6-82b9-4dc5-9443-28d464d3ac72', 'redis-eager-10002', '8d089d67-1b4c-4c79-a46e-97468772a379', 'tidy-harbor-5', '8d089d67-1b4c-4c79-a46e-97468772a379', 'tidy-harbor-5', '2024-11-01 05:12:27+00', '04c5e9f2-a695-47b9-b5ef-f3303292cd4e', 'REDIS', NULL, '2024-11-01 05:13:27+00', NULL, 1, '41856a6ab7cad28091f88aabe292f49e', '{"id": "04c5e9f2-a695-47b9-b5ef-f3303292cd4e", "app": {"id": "8d089d67-1b4c-4c79-a46e-97468772a379", "name": "tidy-harbor-5"}, "name": "REDIS", "addon": {"id": "29cb13f6-82b9-4dc5-9443-28d464d3ac72", "app": {"id": "8d089d67-1b4c-4c79-a46e-97468772a379", "name": "tidy-harbor-5"}, "name": "redis-eager-10002"}, "web_url": null, "namespace": null, "created_at": "2024-11-01T05:12:27Z", "updated_at": "2024-11-01T05:13:27Z"}', '2026-12-07 12:49:04.399985+00', NULL, 'insert');
INSERT INTO __SCHEMA__.addon_attachments_history VALUES ('owner@sandbox.example', '0b001b7f-042f-459f-9976-5cbcf25bb3ec', 'postgresql-happy-10007', '01a2431f-6f0f-4d07-b9e6-c14555e3bc67', 'nimble-mesa-4', '01a2431f-6f0f-4d07-b9e6-c14555e3bc67', 'nimble-mesa-4', '2024-09-15 11:16:31+00', '1f7aa3a8-68a5-4629-9e30-143d0144b580', 'HEROKU_POSTGRESQL_BLUE', NULL, '2024-09-15 11:17:31+00', 'https://addons-sso.heroku.com/apps/01a2431f-6f0f-4d07-b9e6-c14555e3bc67/addons/0b001b7f-042f-459f-9976-5cbcf25bb3ec', 1, '4121f213d47f0cb70bc6e9d1576f175b', '{"id": "1f7aa3a8-68a5-4629-9e30-143d0144b580", "app": {"id": "01a2431f-6f0f-4d07-b9e6-c14555e3bc67", "name": "nimble-mesa-4"}, "name": "HEROKU_POSTGRESQL_BLUE", "addon": {"id": "0b001b7f-042f-459f-9976-5cbcf25bb3ec", "app": {"id": "01a2431f-6f0f-4d07-b9e6-c14555e3bc67", "name": "nimble-mesa-4"}, "name": "postgresql-happy-10007"}, "web_url": "https://addons-sso.heroku.com/apps/01a2431f-6f0f-4d07-b9e6-c14555e3bc67/addons/0b001b7f-042f-459f-9976-5cbcf25bb3ec", "namespace": null, "created_at": "2024-09-15T11:16:31Z", "updated_at": "2024-09-15T11:17:31Z"}', '2026-12-07 12:49:04.399985+00', NULL, 'insert');
INSERT INTO __SCHEMA__.addon_attachments_history VALUES ('owner@sandbox.example', '687a256a-0272-402a-924c-dd2d70dd5adb', 'redis-jolly-10004', '26948731-1dd5-4f61-8745-d8a3b66b4847', 'happy-river-8', '26948731-1dd5-4f61-8745-d8a3b66b4847', 'happy-river-8', '2024-08-24 11:18:22+00', '426b2b74-a4d8-479b-ae0f-d51b01dcdab3', 'REDIS', NULL, '2024-08-24 11:19:22+00', 'https://addons-sso.heroku.com/apps/26948731-1dd5-4f61-8745-d8a3b66b4847/addons/687a256a-0272-402a-924c-dd2d70dd5adb', 1, '82b1838c13c351e8062a9b9dfe7ebbda', '{"id": "426b2b74-a4d8-479b-ae0f-d51b01dcdab3", "app": {"id": "26948731-1dd5-4f61-8745-d8a3b66b4847", "name": "happy-river-8"}, "name": "REDIS", "addon": {"id": "687a256a-0272-402a-924c-dd2d70dd5adb", "app": {"id": "26948731-1dd5-4f61-8745-d8a3b66b4847", "name": "happy-river-8"}, "name": "redis-jolly-10004"}, "web_url": "https://addons-sso.heroku.com/apps/26948731-1dd5-4f61-8745-d8a3b66b4847/addons/687a256a-0272-402a-924c-dd2d70dd5adb", "namespace": null, "created_at": "2024-08-24T11:18:22Z", "updated_at": "2024-08-24T11:19:22Z"}', '2026-12-07 12:49:04.399985+00', NULL, 'insert');
INSERT INTO __SCHEMA__.addon_attachments_history VALUES ('owner@sandbox.example', '26ecc740-e5f1-4fec-a504-5106d850ddcd', 'postgresql-nimble-10011', '26948731-1dd5-4f61-8745-d8a3b66b4847', 'happy-river-8', '26948731-1dd5-4f61-8745-d8a3b66b4847', 'happy-river-8', '2024-08-11 02:14:54+00', '649d1d39-7dfe-4f26-a943-ab6ef8407e54', 'DATABASE', NULL, '2024-08-11 02:15:54+00', 'https://addons-sso.heroku.com/apps/26948731-1dd5-4f61-8745-d8a3b66b4847/addons/26ecc740-e5f1-4fec-a504-5106d850ddcd', 1, '0f4381aa5d3c0eae0a88c52dd8ce2097', '{"id": "649d1d39-7dfe-4f26-a943-ab6ef8407e54", "app": {"id": "26948731-1dd5-4f61-8745-d8a3b66b4847", "name": "happy-river-8"}, "name": "DATABASE", "addon": {"id": "26ecc740-e5f1-4fec-a504-5106d850ddcd", "app": {"id": "26948731-1dd5-4f61-8745-d8a3b66b4847", "name": "happy-river-8"}, "name": "postgresql-nimble-10011"}, "web_url": "https://addons-sso.heroku.com/apps/26948731-1dd5-4f61-8745-d8a3b66b4847/addons/26ecc740-e5f1-4fec-a504-5106d850ddcd", "namespace": null, "created_at": "2024-08-11T02:14:54Z", "updated_at": "2024-08-11T02:15:54Z"}', '2026-12-07 12:49:04.399985+00', NULL, 'insert');
INSERT INTO __SCHEMA__.addon_attachments_history VALUES ('owner@sandbox.example', 'dcf9859f-267e-4495-93d0-da84fb242b7b', 'redis-eager-10010', '26948731-1dd5-4f61-8745-d8a3b66b4847', 'happy-river-8', '26948731-1dd5-4f61-8745-d8a3b66b4847', 'happy-river-8', '2024-10-27 06:39:11+00', '7581da45-e785-4562-aaa3-9261318b5420', 'HEROKU_REDIS_BLUE', NULL, '2024-10-27 06:40:11+00', 'https://addons-sso.heroku.com/apps/26948731-1dd5-4f61-8745-d8a3b66b4847/addons/dcf9859f-267e-4495-93d0-da84fb242b7b', 1, '8e127227c91f9e93dbb230088b89d4e1', '{"id": "7581da45-e785-4562-aaa3-9261318b5420", "app": {"id": "26948731-1dd5-4f61-8745-d8a3b66b4847", "name": "happy-river-8"}, "name": "HEROKU_REDIS_BLUE", "addon": {"id": "dcf9859f-267e-4495-93d0-da84fb242b7b", "app": {"id": "26948731-1dd5-4f61-8745-d8a3b66b4847", "name": "happy-river-8"}, "name": "redis-eager-10010"}, "web_url": "https://addons-sso.heroku.com/apps/26948731-1dd5-4f61-8745-d8a3b66b4847/addons/dcf9859f-267e-4495-93d0-da84fb242b7b", "namespace": null, "created_at": "2024-10-27T06:39:11Z", "updated_at": "2024-10-27T06:40:11Z"}', '2026-12-07 12:49:04.399985+00', NULL, 'insert');
INSERT INTO __SCHEMA__.addon_attachments_history VALUES ('owner@sandbox.example', 'b30b3201-0741-4a53-ba24-158f82dfbea2', 'redis-fancy-10009', 'ff5d2bef-97b8-40c8-8253-703e49b89691', 'nimble-nebula-1', 'ff5d2bef-97b8-40c8-8253-703e49b89691', 'nimble-nebula-1', '2024-11-02 21:31:42+00', '78c49519-21af-4408-a2cb-4f8a82ffe973', 'REDIS', NULL, '2024-11-02 21:32:42+00', 'https://addons-sso.heroku.com/apps/ff5d2bef-97b8-40c8-8253-703e49b89691/addons/b30b3201-0741-4a53-ba24-158f82dfbea2', 1, '2e33d306b0eb10b76364f62b608391c4', '{"id": "78c49519-21af-4408-a2cb-4f8a82ffe973", "app": {"id": "ff5d2bef-97b8-40c8-8253-703e49b89691", "name": "nimble-nebula-1"}, "name": "REDIS", "addon": {"id": "b30b3201-0741-4a53-ba24-158f82dfbea2", "app": {"id": "ff5d2bef-97b8-40c8-8253-703e49b89691", "name": "nimble-nebula-1"}, "name": "redis-fancy-10009"}, "web_url": "https://addons-sso.heroku.com/apps/ff5d2bef-97b8-40c8-8253-703e49b89691/addons/b30b3201-0741-4a53-ba24-158f82dfbea2", "namespace": null, "created_at": "2024-11-02T21:31:42Z", "updated_at": "2024-11-02T21:32:42Z"}', '2026-12-07 12:49:04.399985+00', NULL, 'insert');
INSERT INTO __SCHEMA__.addon_attachments_history VALUES ('owner@sandbox.example', 'c7f59973-76e5-4e61-b1d2-d5d269f80fde', 'redis-fancy-10006', '8d089d67-1b4c-4c79-a46e-97468772a379', 'tidy-harbor-5', '8d089d67-1b4c-4c79-a46e-97468772a379', 'tidy-harbor-5', '2024-10-25 03:00:01+00', '8ef72bf4-0e2f-43dc-83bc-23e156e9605a', 'HEROKU_REDIS_BLUE', NULL, '2024-10-25 03:01:01+00', 'https://addons-sso.heroku.com/apps/8d089d67-1b4c-4c79-a46e-97468772a379/addons/c7f59973-76e5-4e61-b1d2-d5d269f80fde', 1, 'ee77d7236a8fa493f6c6d02f5e2f1cf4', '{"id": "8ef72bf4-0e2f-43dc-83bc-23e156e9605a", "app": {"id": "8d089d67-1b4c-4c79-a46e-97468772a379", "name": "tidy-harbor-5"}, "name": "HEROKU_REDIS_BLUE", "addon": {"id": "c7f59973-76e5-4e61-b1d2-d5d269f80fde", "app": {"id": "8d089d67-1b4c-4c79-a46e-97468772a379", "name": "tidy-harbor-5"}, "name": "redis-fancy-10006"}, "web_url": "https://addons-sso.heroku.com/apps/8d089d67-1b4c-4c79-a46e-97468772a379/addons/c7f59973-76e5-4e61-b1d2-d5d269f80fde", "namespace": null, "created_at": "2024-10-25T03:00:01Z", "updated_at": "2024-10-25T03:01:01Z"}', '2026-12-07 12:49:04.399985+00', NULL, 'insert');
INSERT INTO __SCHEMA__.addon_attachments_history VALUES ('owner@sandbox.example', '6735ed77-34a1-46d7-b596-81744b1d5c98', 'postgresql-rapid-10000', '01a2431f-6f0f-4d07-b9e6-c14555e3bc67', 'nimble-mesa-4', '01a2431f-6f0f-4d07-b9e6-c14555e3bc67', 'nimble-mesa-4', '2024-09-11 12:53:53+00', '95499b65-9b0f-4bf4-9d28-37c149a4e48e', 'DATABASE', NULL, '2024-09-11 12:54:53+00', NULL, 1, '54f2a9bb086362fc635a2d1839b247ef', '{"id": "95499b65-9b0f-4bf4-9d28-37c149a4e48e", "app": {"id": "01a2431f-6f0f-4d07-b9e6-c14555e3bc67", "name": "nimble-mesa-4"}, "name": "DATABASE", "addon": {"id": "6735ed77-34a1-46d7-b596-81744b1d5c98", "app": {"id": "01a2431f-6f0f-4d07-b9e6-c14555e3bc67", "name": "nimble-mesa-4"}, "name": "postgresql-rapid-10000"}, "web_url": null, "namespace": null, "created_at": "2024-09-11T12:53:53Z", "updated_at": "2024-09-11T12:54:53Z"}', '2026-12-07 12:49:04.399985+00', NULL, 'insert');
INSERT INTO __SCHEMA__.addon_attachments_history VALUES ('owner@sandbox.example', '2f711d8e-6475-4c21-af72-1d27c5b3e8c1', 'scheduler-nimble-10008', 'ff5d2bef-97b8-40c8-8253-703e49b89691', 'nimble-nebula-1', 'ff5d2bef-97b8-40c8-8253-703e49b89691', 'nimble-nebula-1', '2024-10-15 12:57:36+00', 'ab127386-b620-4cc5-8dcd-87bea842d4f0', 'SCHEDULER', NULL, '2024-10-15 12:58:36+00', 'https://addons-sso.heroku.com/apps/ff5d2bef-97b8-40c8-8253-703e49b89691/addons/2f711d8e-6475-4c21-af72-1d27c5b3e8c1', 1, 'd52426b2f8e982a0c6d62ac03fb63651', '{"id": "ab127386-b620-4cc5-8dcd-87bea842d4f0", "app": {"id": "ff5d2bef-97b8-40c8-8253-703e49b89691", "name": "nimble-nebula-1"}, "name": "SCHEDULER", "addon": {"id": "2f711d8e-6475-4c21-af72-1d27c5b3e8c1", "app": {"id": "ff5d2bef-97b8-40c8-8253-703e49b89691", "name": "nimble-nebula-1"}, "name": "scheduler-nimble-10008"}, "web_url": "https://addons-sso.heroku.com/apps/ff5d2bef-97b8-40c8-8253-703e49b89691/addons/2f711d8e-6475-4c21-af72-1d27c5b3e8c1", "namespace": null, "created_at": "2024-10-15T12:57:36Z", "updated_at": "2024-10-15T12:58:36Z"}', '2026-12-07 12:49:04.399985+00', NULL, 'insert');
INSERT INTO __SCHEMA__.addon_attachments_history VALUES ('owner@sandbox.example', 'ac6002b8-f700-4b97-9a25-b5b7d4b2c394', 'redis-tidy-10003', 'a01db8af-2d4b-4d88-bb67-0c764f4e4b75', 'brave-glacier-3', 'a01db8af-2d4b-4d88-bb67-0c764f4e4b75', 'brave-glacier-3', '2024-09-14 09:43:46+00', 'c361f9ba-aa83-4453-bf48-470f2631d1e2', 'REDIS', NULL, '2024-09-14 09:44:46+00', 'https://addons-sso.heroku.com/apps/a01db8af-2d4b-4d88-bb67-0c764f4e4b75/addons/ac6002b8-f700-4b97-9a25-b5b7d4b2c394', 1, '34e6e794e1e083874ad34a3911851cce', '{"id": "c361f9ba-aa83-4453-bf48-470f2631d1e2", "app": {"id": "a01db8af-2d4b-4d88-bb67-0c764f4e4b75", "name": "brave-glacier-3"}, "name": "REDIS", "addon": {"id": "ac6002b8-f700-4b97-9a25-b5b7d4b2c394", "app": {"id": "a01db8af-2d4b-4d88-bb67-0c764f4e4b75", "name": "brave-glacier-3"}, "name": "redis-tidy-10003"}, "web_url": "https://addons-sso.heroku.com/apps/a01db8af-2d4b-4d88-bb67-0c764f4e4b75/addons/ac6002b8-f700-4b97-9a25-b5b7d4b2c394", "namespace": null, "created_at": "2024-09-14T09:43:46Z", "updated_at": "2024-09-14T09:44:46Z"}', '2026-12-07 12:49:04.399985+00', NULL, 'insert');
INSERT INTO __SCHEMA__.addon_attachments_history VALUES ('owner@sandbox.example', '50e0fc62-219f-4872-b6fa-ffd3eba1fdce', 'papertrail-rapid-10005', '26948731-1dd5-4f61-8745-d8a3b66b4847', 'happy-river-8', '26948731-1dd5-4f61-8745-d8a3b66b4847', 'happy-river-8', '2024-09-21 09:51:10+00', 'f6989582-b202-4776-b7eb-1862b43746a5', 'PAPERTRAIL_API_TOKEN', 'credential:readonly', '2024-09-21 09:52:10+00', NULL, 1, '7249ed0f668bdd9eb0c2af83fbf23d13', '{"id": "f6989582-b202-4776-b7eb-1862b43746a5", "app": {"id": "26948731-1dd5-4f61-8745-d8a3b66b4847", "name": "happy-river-8"}, "name": "PAPERTRAIL_API_TOKEN", "addon": {"id": "50e0fc62-219f-4872-b6fa-ffd3eba1fdce", "app": {"id": "26948731-1dd5-4f61-8745-d8a3b66b4847", "name": "happy-river-8"}, "name": "papertrail-rapid-10005"}, "web_url": null, "namespace": "credential:readonly", "created_at": "2024-09-21T09:51:10Z", "updated_at": "2024-09-21T09:52:10Z"}', '2026-12-07 12:49:04.399985+00', NULL, 'insert');
INSERT INTO __SCHEMA__.addon_attachments_history VALUES ('owner@sandbox.example', '0dcacc59-2c4a-48e3-83ff-4aa3de9ddb30', 'redis-quiet-10001', 'cfd62f3f-5169-4a6c-9f4b-4447ed3932b9', 'mighty-river-2', 'cfd62f3f-5169-4a6c-9f4b-4447ed3932b9', 'mighty-river-2', '2024-10-13 23:43:36+00', '50b9a5c2-71e0-4b80-929c-e0154a523ae8', 'REDIS', NULL, '2024-10-13 23:44:36+00', 'https://addons-sso.heroku.com/apps/cfd62f3f-5169-4a6c-9f4b-4447ed3932b9/addons/0dcacc59-2c4a-48e3-83ff-4aa3de9ddb30', 1, 'a9c00e3f181bdbe1316284aa3e265c0d', '{"id": "50b9a5c2-71e0-4b80-929c-e0154a523ae8", "app": {"id": "cfd62f3f-5169-4a6c-9f4b-4447ed3932b9", "name": "mighty-river-2"}, "name": "REDIS", "addon": {"id": "0dcacc59-2c4a-48e3-83ff-4aa3de9ddb30", "app": {"id": "cfd62f3f-5169-4a6c-9f4b-4447ed3932b9", "name": "mighty-river-2"}, "name": "redis-quiet-10001"}, "web_url": "https://addons-sso.heroku.com/apps/cfd62f3f-5169-4a6c-9f4b-4447ed3932b9/addons/0dcacc59-2c4a-48e3-83ff-4aa3de9ddb30", "namespace": null, "created_at": "2024-10-13T23:43:36Z", "updated_at": "2024-10-13T23:44:36Z"}', '2026-12-07 12:49:04.399985+00', '2026-12-07 12:49:04.740364+00', 'insert');
INSERT INTO __SCHEMA__.addon_attachments_history VALUES ('owner@sandbox.example', '50e0fc62-219f-4872-b6fa-ffd3eba1fdce', 'papertrail-rapid-10005', '26948731-1dd5-4f61-8745-d8a3b66b4847', 'happy-river-8', 'cfd62f3f-5169-4a6c-9f4b-4447ed3932b9', 'mighty-river-2', '2024-10-06 17:35:22+00', 'a282c369-8c1c-412d-a208-fad1c7ee8eb0', 'SHARED_PAPERTRAIL_API_TOKEN', NULL, '2024-10-06 17:36:22+00', 'https://addons-sso.heroku.com/apps/cfd62f3f-5169-4a6c-9f4b-4447ed3932b9/addons/50e0fc62-219f-4872-b6fa-ffd3eba1fdce', 1, 'b209653ae23595ebe8f1506354e81aec', '{"id": "a282c369-8c1c-412d-a208-fad1c7ee8eb0", "app": {"id": "cfd62f3f-5169-4a6c-9f4b-4447ed3932b9", "name": "mighty-river-2"}, "name": "SHARED_PAPERTRAIL_API_TOKEN", "addon": {"id": "50e0fc62-219f-4872-b6fa-ffd3eba1fdce", "app": {"id": "26948731-1dd5-4f61-8745-d8a3b66b4847", "name": "happy-river-8"}, "name": "papertrail-rapid-10005"}, "web_url": "https://addons-sso.heroku.com/apps/cfd62f3f-5169-4a6c-9f4b-4447ed3932b9/addons/50e0fc62-219f-4872-b6fa-ffd3eba1fdce", "namespace": null, "created_at": "2024-10-06T17:35:22Z", "updated_at": "2024-10-06T17:36:22Z"}', '2026-12-07 12:49:04.399985+00', '2026-12-07 12:49:04.740364+00', 'insert');
INSERT INTO __SCHEMA__.addon_attachments_history VALUES ('owner@sandbox.example', '0dcacc59-2c4a-48e3-83ff-4aa3de9ddb30', 'redis-quiet-10001', 'cfd62f3f-5169-4a6c-9f4b-4447ed3932b9', 'mighty-river-2', 'cfd62f3f-5169-4a6c-9f4b-4447ed3932b9', 'mighty-river-2', '2024-10-13 23:43:36+00', '50b9a5c2-71e0-4b80-929c-e0154a523ae8', 'REDIS', NULL, '2024-10-13 23:44:36+00', 'https://addons-sso.heroku.com/apps/cfd62f3f-5169-4a6c-9f4b-4447ed3932b9/addons/0dcacc59-2c4a-48e3-83ff-4aa3de9ddb30', 3, 'a9c00e3f181bdbe1316284aa3e265c0d', '{"id": "50b9a5c2-71e0-4b80-929c-e0154a523ae8", "app": {"id": "cfd62f3f-5169-4a6c-9f4b-4447ed3932b9", "name": "mighty-river-2"}, "name": "REDIS", "addon": {"id": "0dcacc59-2c4a-48e3-83ff-4aa3de9ddb30", "app": {"id": "cfd62f3f-5169-4a6c-9f4b-4447ed3932b9", "name": "mighty-river-2"}, "name": "redis-quiet-10001"}, "web_url": "https://addons-sso.heroku.com/apps/cfd62f3f-5169-4a6c-9f4b-4447ed3932b9/addons/0dcacc59-2c4a-48e3-83ff-4aa3de9ddb30", "namespace": null, "created_at": "2024-10-13T23:43:36Z", "updated_at": "2024-10-13T23:44:36Z"}', '2026-12-07 12:49:04.740364+00', '2026-12-07 12:49:04.740364+00', 'delete');
INSERT INTO __SCHEMA__.addon_attachments_history VALUES ('owner@sandbox.example', '50e0fc62-219f-4872-b6fa-ffd3eba1fdce', 'papertrail-rapid-10005', '26948731-1dd5-4f61-8745-d8a3b66b4847', 'happy-river-8', 'cfd62f3f-5169-4a6c-9f4b-4447ed3932b9', 'mighty-river-2', '2024-10-06 17:35:22+00', 'a282c369-8c1c-412d-a208-fad1c7ee8eb0', 'SHARED_PAPERTRAIL_API_TOKEN', NULL, '2024-10-06 17:36:22+00', 'https://addons-sso.heroku.com/apps/cfd62f3f-5169-4a6c-9f4b-4447ed3932b9/addons/50e0fc62-219f-4872-b6fa-ffd3eba1fdce', 3, 'b209653ae23595ebe8f1506354e81aec', '{"id": "a282c369-8c1c-412d-a208-fad1c7ee8eb0", "app": {"id": "cfd62f3f-5169-4a6c-9f4b-4447ed3932b9", "name": "mighty-river-2"}, "name": "SHARED_PAPERTRAIL_API_TOKEN", "addon": {"id": "50e0fc62-219f-4872-b6fa-ffd3eba1fdce", "app": {"id": "26948731-1dd5-4f61-8745-d8a3b66b4847", "name": "happy-river-8"}, "name": "papertrail-rapid-10005"}, "web_url": "https://addons-sso.heroku.com/apps/cfd62f3f-5169-4a6c-9f4b-4447ed3932b9/addons/50e0fc62-219f-4872-b6fa-ffd3eba1fdce", "namespace": null, "created_at": "2024-10-06T17:35:22Z", "updated_at": "2024-10-06T17:36:22Z"}', '2026-12-07 12:49:04.740364+00', '2026-12-07 12:49:04.740364+00', 'delete');


--
-- Data for Name: addon_services; Type: TABLE DATA; Schema: __SCHEMA__; Owner: -
--

INSERT INTO __SCHEMA__.addon_services VALUES ('owner@sandbox.example', NULL, '2016-01-13 01:11:18+00', 'CloudAMQP', '09bcc689-4c79-4b10-9296-2b0318bcbab1', 'cloudamqp', 'ga', false, true, '2016-12-25 13:31:18+00', '[{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}]', 1, 'da07f51063a0e1f45430263c976ef542', '{"id": "09bcc689-4c79-4b10-9296-2b0318bcbab1", "name": "cloudamqp", "state": "ga", "created_at": "2016-01-13T01:11:18Z", "human_name": "CloudAMQP", "updated_at": "2016-12-25T13:31:18Z", "cli_plugin_name": null, "supports_sharing": true, "supported_generations": [{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}], "supports_multiple_installations": false}', '875722138f980e00a4a2f4d2b89198a8', NULL);
INSERT INTO __SCHEMA__.addon_services VALUES ('owner@sandbox.example', NULL, '2016-02-04 01:12:10+00', 'New Relic APM', '33e4a5b6-f5d4-48b0-9954-8d82736350c5', 'newrelic', 'ga', true, true, '2017-01-16 12:32:10+00', '[{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, {"id": "0c5372bf-add6-4e76-a8a8-a42218e7ab6c", "name": "fir"}]', 1, 'e7c4bd8a1ce334142f00a5e80a76a961', '{"id": "33e4a5b6-f5d4-48b0-9954-8d82736350c5", "name": "newrelic", "state": "ga", "created_at": "2016-02-04T01:12:10Z", "human_name": "New Relic APM", "updated_at": "2017-01-16T12:32:10Z", "cli_plugin_name": null, "supports_sharing": true, "supported_generations": [{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, {"id": "0c5372bf-add6-4e76-a8a8-a42218e7ab6c", "name": "fir"}], "supports_multiple_installations": true}', 'd6ea793fc692cf996665cdd0e129d087', NULL);
INSERT INTO __SCHEMA__.addon_services VALUES ('owner@sandbox.example', NULL, '2015-06-11 20:24:06+00', 'Sentry', '3998e3c4-6f5a-44d8-82b0-30e6d466eabf', 'sentry', 'ga', false, false, '2016-05-24 12:44:06+00', '[{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}]', 1, '96e5f5ee2a62bcc200f2a78ecb32c762', '{"id": "3998e3c4-6f5a-44d8-82b0-30e6d466eabf", "name": "sentry", "state": "ga", "created_at": "2015-06-11T20:24:06Z", "human_name": "Sentry", "updated_at": "2016-05-24T12:44:06Z", "cli_plugin_name": null, "supports_sharing": false, "supported_generations": [{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}], "supports_multiple_installations": false}', 'b5dbd1fa57777e62a0648e87fb166c9d', NULL);
INSERT INTO __SCHEMA__.addon_services VALUES ('owner@sandbox.example', NULL, '2017-01-15 03:46:46+00', 'Twilio SendGrid', '4121e415-6699-46df-900d-5b9fdf4fe376', 'sendgrid', 'ga', false, true, '2017-12-28 12:06:46+00', '[{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, {"id": "0c5372bf-add6-4e76-a8a8-a42218e7ab6c", "name": "fir"}]', 1, 'e61a31f22ba13b656317823667d3ad7b', '{"id": "4121e415-6699-46df-900d-5b9fdf4fe376", "name": "sendgrid", "state": "ga", "created_at": "2017-01-15T03:46:46Z", "human_name": "Twilio SendGrid", "updated_at": "2017-12-28T12:06:46Z", "cli_plugin_name": null, "supports_sharing": true, "supported_generations": [{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, {"id": "0c5372bf-add6-4e76-a8a8-a42218e7ab6c", "name": "fir"}], "supports_multiple_installations": false}', 'c37106c1c3893643c87d01836616d73b', NULL);
INSERT INTO __SCHEMA__.addon_services VALUES ('owner@sandbox.example', 'heroku-redis', '2014-11-13 14:35:52+00', 'Heroku Key-Value Store', '640605ab-4a7b-43df-917a-916fdf8a7e08', 'heroku-redis', 'ga', false, true, '2015-10-26 20:55:52+00', '[{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}]', 1, '1c6764b9d4260f5a93dd526c5ea1537a', '{"id": "640605ab-4a7b-43df-917a-916fdf8a7e08", "name": "heroku-redis", "state": "ga", "created_at": "2014-11-13T14:35:52Z", "human_name": "Heroku Key-Value Store", "updated_at": "2015-10-26T20:55:52Z", "cli_plugin_name": "heroku-redis", "supports_sharing": true, "supported_generations": [{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}], "supports_multiple_installations": false}', '88934e4722fc28189bdeaff55bbab6ff', NULL);
INSERT INTO __SCHEMA__.addon_services VALUES ('owner@sandbox.example', NULL, '2016-04-18 11:07:12+00', 'Papertrail', '776dee14-6a9b-4bc3-b11d-2ececbf60105', 'papertrail', 'ga', true, false, '2017-03-31 18:27:12+00', '[{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}]', 1, '8dd12b767664bccc1c949c024f7c1bd8', '{"id": "776dee14-6a9b-4bc3-b11d-2ececbf60105", "name": "papertrail", "state": "ga", "created_at": "2016-04-18T11:07:12Z", "human_name": "Papertrail", "updated_at": "2017-03-31T18:27:12Z", "sandbox_extra": 1, "cli_plugin_name": null, "supports_sharing": false, "supported_generations": [{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}], "supports_multiple_installations": true}', 'f294149c71c05f84b06d642e6c4429e0', 1);
INSERT INTO __SCHEMA__.addon_services VALUES ('owner@sandbox.example', NULL, '2015-07-21 10:18:44+00', 'Heroku Scheduler', '848ce91d-85d6-4acc-86a4-7de530b665fb', 'scheduler', 'beta', true, true, '2016-07-02 19:38:44+00', '[{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}]', 1, '4ef619dfeef9448009c097b43260eff2', '{"id": "848ce91d-85d6-4acc-86a4-7de530b665fb", "name": "scheduler", "state": "beta", "created_at": "2015-07-21T10:18:44Z", "human_name": "Heroku Scheduler", "updated_at": "2016-07-02T19:38:44Z", "cli_plugin_name": null, "supports_sharing": true, "supported_generations": [{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}], "supports_multiple_installations": true}', 'd688b3eeac73cec7c0c0c892dd4b0bb3', NULL);
INSERT INTO __SCHEMA__.addon_services VALUES ('owner@sandbox.example', 'heroku-pg-extras', '2015-02-28 19:46:35+00', 'Heroku Postgres', '8ffeb5a1-13fd-4cdf-979d-6cae2ae49e11', 'heroku-postgresql', 'ga', true, true, '2016-02-11 01:06:35+00', '[{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, {"id": "0c5372bf-add6-4e76-a8a8-a42218e7ab6c", "name": "fir"}]', 1, '8c1bcd9b8d0de21f166223716e61beb4', '{"id": "8ffeb5a1-13fd-4cdf-979d-6cae2ae49e11", "name": "heroku-postgresql", "state": "ga", "created_at": "2015-02-28T19:46:35Z", "human_name": "Heroku Postgres", "updated_at": "2016-02-11T01:06:35Z", "cli_plugin_name": "heroku-pg-extras", "supports_sharing": true, "supported_generations": [{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, {"id": "0c5372bf-add6-4e76-a8a8-a42218e7ab6c", "name": "fir"}], "supports_multiple_installations": true}', '6a079fcae673b88c77e76a9e393e067c', NULL);
INSERT INTO __SCHEMA__.addon_services VALUES ('owner@sandbox.example', 'heroku-kafka', '2017-01-18 06:56:46+00', 'Apache Kafka on Heroku', 'd5122981-9f5d-4c47-9714-cea3269d4c8d', 'heroku-kafka', 'ga', false, false, '2017-12-31 17:16:46+00', '[{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}]', 1, 'c4624efcfd8a354089095b1c1222b680', '{"id": "d5122981-9f5d-4c47-9714-cea3269d4c8d", "name": "heroku-kafka", "state": "ga", "created_at": "2017-01-18T06:56:46Z", "human_name": "Apache Kafka on Heroku", "updated_at": "2017-12-31T17:16:46Z", "cli_plugin_name": "heroku-kafka", "supports_sharing": false, "supported_generations": [{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}], "supports_multiple_installations": false}', '21c6c8af577802a8178d715e3135ddd9', NULL);
INSERT INTO __SCHEMA__.addon_services VALUES ('owner@sandbox.example', NULL, '2014-11-12 11:50:54+00', 'MemCachier', 'd6da970e-2763-4d70-b5ab-530a32434d48', 'memcachier', 'beta', false, true, '2015-10-26 02:10:54+00', '[{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, {"id": "0c5372bf-add6-4e76-a8a8-a42218e7ab6c", "name": "fir"}]', 1, 'b11772b48e0e217446425b783498994f', '{"id": "d6da970e-2763-4d70-b5ab-530a32434d48", "name": "memcachier", "state": "beta", "created_at": "2014-11-12T11:50:54Z", "human_name": "MemCachier", "updated_at": "2015-10-26T02:10:54Z", "cli_plugin_name": null, "supports_sharing": true, "supported_generations": [{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, {"id": "0c5372bf-add6-4e76-a8a8-a42218e7ab6c", "name": "fir"}], "supports_multiple_installations": false}', '385f08033291bef0ad01b31379eb3f72', NULL);
INSERT INTO __SCHEMA__.addon_services VALUES ('owner@sandbox.example', NULL, '2016-05-20 22:22:04+00', 'Bonsai Elasticsearch', 'ee1c9ea4-32fa-495a-849b-3e10d4652e67', 'bonsai', 'ga', true, false, '2017-05-03 11:42:04+00', '[{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}]', 1, '91a8143411b04912167af66d5f7e49b9', '{"id": "ee1c9ea4-32fa-495a-849b-3e10d4652e67", "name": "bonsai", "state": "ga", "created_at": "2016-05-20T22:22:04Z", "human_name": "Bonsai Elasticsearch", "updated_at": "2017-05-03T11:42:04Z", "cli_plugin_name": null, "supports_sharing": false, "supported_generations": [{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}], "supports_multiple_installations": true}', 'e5a77611956efd86a626ca5c9446df7e', NULL);
INSERT INTO __SCHEMA__.addon_services VALUES ('owner@sandbox.example', NULL, '2015-08-11 08:46:30+00', 'Cloudinary – Image and Video Management', 'ef672394-89a1-4c42-ab4c-ea86f90487bb', 'cloudinary', 'ga', true, true, '2016-07-24 00:06:30+00', '[{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}]', 1, '6860ed5bf1712e48653a7aee7e189bbf', '{"id": "ef672394-89a1-4c42-ab4c-ea86f90487bb", "name": "cloudinary", "state": "ga", "created_at": "2015-08-11T08:46:30Z", "human_name": "Cloudinary – Image and Video Management", "updated_at": "2016-07-24T00:06:30Z", "cli_plugin_name": null, "supports_sharing": true, "supported_generations": [{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}], "supports_multiple_installations": true}', '1c79e116acad0e0aabc8bc784e24d711', NULL);


--
-- Data for Name: addon_services_history; Type: TABLE DATA; Schema: __SCHEMA__; Owner: -
--

INSERT INTO __SCHEMA__.addon_services_history VALUES ('owner@sandbox.example', NULL, '2016-01-13 01:11:18+00', 'CloudAMQP', '09bcc689-4c79-4b10-9296-2b0318bcbab1', 'cloudamqp', 'ga', false, true, '2016-12-25 13:31:18+00', '[{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}]', 1, 'da07f51063a0e1f45430263c976ef542', '{"id": "09bcc689-4c79-4b10-9296-2b0318bcbab1", "name": "cloudamqp", "state": "ga", "created_at": "2016-01-13T01:11:18Z", "human_name": "CloudAMQP", "updated_at": "2016-12-25T13:31:18Z", "cli_plugin_name": null, "supports_sharing": true, "supported_generations": [{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}], "supports_multiple_installations": false}', '2026-12-07 12:49:04.399985+00', NULL, 'insert', NULL);
INSERT INTO __SCHEMA__.addon_services_history VALUES ('owner@sandbox.example', NULL, '2016-02-04 01:12:10+00', 'New Relic APM', '33e4a5b6-f5d4-48b0-9954-8d82736350c5', 'newrelic', 'ga', true, true, '2017-01-16 12:32:10+00', '[{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, {"id": "0c5372bf-add6-4e76-a8a8-a42218e7ab6c", "name": "fir"}]', 1, 'e7c4bd8a1ce334142f00a5e80a76a961', '{"id": "33e4a5b6-f5d4-48b0-9954-8d82736350c5", "name": "newrelic", "state": "ga", "created_at": "2016-02-04T01:12:10Z", "human_name": "New Relic APM", "updated_at": "2017-01-16T12:32:10Z", "cli_plugin_name": null, "supports_sharing": true, "supported_generations": [{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, {"id": "0c5372bf-add6-4e76-a8a8-a42218e7ab6c", "name": "fir"}], "supports_multiple_installations": true}', '2026-12-07 12:49:04.399985+00', NULL, 'insert', NULL);
INSERT INTO __SCHEMA__.addon_services_history VALUES ('owner@sandbox.example', NULL, '2015-06-11 20:24:06+00', 'Sentry', '3998e3c4-6f5a-44d8-82b0-30e6d466eabf', 'sentry', 'ga', false, false, '2016-05-24 12:44:06+00', '[{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}]', 1, '96e5f5ee2a62bcc200f2a78ecb32c762', '{"id": "3998e3c4-6f5a-44d8-82b0-30e6d466eabf", "name": "sentry", "state": "ga", "created_at": "2015-06-11T20:24:06Z", "human_name": "Sentry", "updated_at": "2016-05-24T12:44:06Z", "cli_plugin_name": null, "supports_sharing": false, "supported_generations": [{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}], "supports_multiple_installations": false}', '2026-12-07 12:49:04.399985+00', NULL, 'insert', NULL);
INSERT INTO __SCHEMA__.addon_services_history VALUES ('owner@sandbox.example', NULL, '2017-01-15 03:46:46+00', 'Twilio SendGrid', '4121e415-6699-46df-900d-5b9fdf4fe376', 'sendgrid', 'ga', false, true, '2017-12-28 12:06:46+00', '[{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, {"id": "0c5372bf-add6-4e76-a8a8-a42218e7ab6c", "name": "fir"}]', 1, 'e61a31f22ba13b656317823667d3ad7b', '{"id": "4121e415-6699-46df-900d-5b9fdf4fe376", "name": "sendgrid", "state": "ga", "created_at": "2017-01-15T03:46:46Z", "human_name": "Twilio SendGrid", "updated_at": "2017-12-28T12:06:46Z", "cli_plugin_name": null, "supports_sharing": true, "supported_generations": [{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, {"id": "0c5372bf-add6-4e76-a8a8-a42218e7ab6c", "name": "fir"}], "supports_multiple_installations": false}', '2026-12-07 12:49:04.399985+00', NULL, 'insert', NULL);
INSERT INTO __SCHEMA__.addon_services_history VALUES ('owner@sandbox.example', 'heroku-redis', '2014-11-13 14:35:52+00', 'Heroku Key-Value Store', '640605ab-4a7b-43df-917a-916fdf8a7e08', 'heroku-redis', 'ga', false, true, '2015-10-26 20:55:52+00', '[{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}]', 1, '1c6764b9d4260f5a93dd526c5ea1537a', '{"id": "640605ab-4a7b-43df-917a-916fdf8a7e08", "name": "heroku-redis", "state": "ga", "created_at": "2014-11-13T14:35:52Z", "human_name": "Heroku Key-Value Store", "updated_at": "2015-10-26T20:55:52Z", "cli_plugin_name": "heroku-redis", "supports_sharing": true, "supported_generations": [{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}], "supports_multiple_installations": false}', '2026-12-07 12:49:04.399985+00', NULL, 'insert', NULL);
INSERT INTO __SCHEMA__.addon_services_history VALUES ('owner@sandbox.example', NULL, '2016-04-18 11:07:12+00', 'Papertrail', '776dee14-6a9b-4bc3-b11d-2ececbf60105', 'papertrail', 'ga', true, false, '2017-03-31 18:27:12+00', '[{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}]', 1, '8dd12b767664bccc1c949c024f7c1bd8', '{"id": "776dee14-6a9b-4bc3-b11d-2ececbf60105", "name": "papertrail", "state": "ga", "created_at": "2016-04-18T11:07:12Z", "human_name": "Papertrail", "updated_at": "2017-03-31T18:27:12Z", "sandbox_extra": 1, "cli_plugin_name": null, "supports_sharing": false, "supported_generations": [{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}], "supports_multiple_installations": true}', '2026-12-07 12:49:04.399985+00', NULL, 'insert', 1);
INSERT INTO __SCHEMA__.addon_services_history VALUES ('owner@sandbox.example', NULL, '2015-07-21 10:18:44+00', 'Heroku Scheduler', '848ce91d-85d6-4acc-86a4-7de530b665fb', 'scheduler', 'beta', true, true, '2016-07-02 19:38:44+00', '[{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}]', 1, '4ef619dfeef9448009c097b43260eff2', '{"id": "848ce91d-85d6-4acc-86a4-7de530b665fb", "name": "scheduler", "state": "beta", "created_at": "2015-07-21T10:18:44Z", "human_name": "Heroku Scheduler", "updated_at": "2016-07-02T19:38:44Z", "cli_plugin_name": null, "supports_sharing": true, "supported_generations": [{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}], "supports_multiple_installations": true}', '2026-12-07 12:49:04.399985+00', NULL, 'insert', NULL);
INSERT INTO __SCHEMA__.addon_services_history VALUES ('owner@sandbox.example', 'heroku-pg-extras', '2015-02-28 19:46:35+00', 'Heroku Postgres', '8ffeb5a1-13fd-4cdf-979d-6cae2ae49e11', 'heroku-postgresql', 'ga', true, true, '2016-02-11 01:06:35+00', '[{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, {"id": "0c5372bf-add6-4e76-a8a8-a42218e7ab6c", "name": "fir"}]', 1, '8c1bcd9b8d0de21f166223716e61beb4', '{"id": "8ffeb5a1-13fd-4cdf-979d-6cae2ae49e11", "name": "heroku-postgresql", "state": "ga", "created_at": "2015-02-28T19:46:35Z", "human_name": "Heroku Postgres", "updated_at": "2016-02-11T01:06:35Z", "cli_plugin_name": "heroku-pg-extras", "supports_sharing": true, "supported_generations": [{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, {"id": "0c5372bf-add6-4e76-a8a8-a42218e7ab6c", "name": "fir"}], "supports_multiple_installations": true}', '2026-12-07 12:49:04.399985+00', NULL, 'insert', NULL);
INSERT INTO __SCHEMA__.addon_services_history VALUES ('owner@sandbox.example', 'heroku-kafka', '2017-01-18 06:56:46+00', 'Apache Kafka on Heroku', 'd5122981-9f5d-4c47-9714-cea3269d4c8d', 'heroku-kafka', 'ga', false, false, '2017-12-31 17:16:46+00', '[{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}]', 1, 'c4624efcfd8a354089095b1c1222b680', '{"id": "d5122981-9f5d-4c47-9714-cea3269d4c8d", "name": "heroku-kafka", "state": "ga", "created_at": "2017-01-18T06:56:46Z", "human_name": "Apache Kafka on Heroku", "updated_at": "2017-12-31T17:16:46Z", "cli_plugin_name": "heroku-kafka", "supports_sharing": false, "supported_generations": [{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}], "supports_multiple_installations": false}', '2026-12-07 12:49:04.399985+00', NULL, 'insert', NULL);
INSERT INTO __SCHEMA__.addon_services_history VALUES ('owner@sandbox.example', NULL, '2014-11-12 11:50:54+00', 'MemCachier', 'd6da970e-2763-4d70-b5ab-530a32434d48', 'memcachier', 'beta', false, true, '2015-10-26 02:10:54+00', '[{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, {"id": "0c5372bf-add6-4e76-a8a8-a42218e7ab6c", "name": "fir"}]', 1, 'b11772b48e0e217446425b783498994f', '{"id": "d6da970e-2763-4d70-b5ab-530a32434d48", "name": "memcachier", "state": "beta", "created_at": "2014-11-12T11:50:54Z", "human_name": "MemCachier", "updated_at": "2015-10-26T02:10:54Z", "cli_plugin_name": null, "supports_sharing": true, "supported_generations": [{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, {"id": "0c5372bf-add6-4e76-a8a8-a42218e7ab6c", "name": "fir"}], "supports_multiple_installations": false}', '2026-12-07 12:49:04.399985+00', NULL, 'insert', NULL);
INSERT INTO __SCHEMA__.addon_services_history VALUES ('owner@sandbox.example', NULL, '2016-05-20 22:22:04+00', 'Bonsai Elasticsearch', 'ee1c9ea4-32fa-495a-849b-3e10d4652e67', 'bonsai', 'ga', true, false, '2017-05-03 11:42:04+00', '[{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}]', 1, '91a8143411b04912167af66d5f7e49b9', '{"id": "ee1c9ea4-32fa-495a-849b-3e10d4652e67", "name": "bonsai", "state": "ga", "created_at": "2016-05-20T22:22:04Z", "human_name": "Bonsai Elasticsearch", "updated_at": "2017-05-03T11:42:04Z", "cli_plugin_name": null, "supports_sharing": false, "supported_generations": [{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}], "supports_multiple_installations": true}', '2026-12-07 12:49:04.399985+00', NULL, 'insert', NULL);
INSERT INTO __SCHEMA__.addon_services_history VALUES ('owner@sandbox.example', NULL, '2015-08-11 08:46:30+00', 'Cloudinary – Image and Video Management', 'ef672394-89a1-4c42-ab4c-ea86f90487bb', 'cloudinary', 'ga', true, true, '2016-07-24 00:06:30+00', '[{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}]', 1, '6860ed5bf1712e48653a7aee7e189bbf', '{"id": "ef672394-89a1-4c42-ab4c-ea86f90487bb", "name": "cloudinary", "state": "ga", "created_at": "2015-08-11T08:46:30Z", "human_name": "Cloudinary – Image and Video Management", "updated_at": "2016-07-24T00:06:30Z", "cli_plugin_name": null, "supports_sharing": true, "supported_generations": [{"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}], "supports_multiple_installations": true}', '2026-12-07 12:49:04.399985+00', NULL, 'insert', NULL);


--
-- Data for Name: addons; Type: TABLE DATA; Schema: __SCHEMA__; Owner: -
--

INSERT INTO __SCHEMA__.addons VALUES ('owner@sandbox.example', '[]', '640605ab-4a7b-43df-917a-916fdf8a7e08', 'heroku-redis', 'ff5d2bef-97b8-40c8-8253-703e49b89691', 'renamed-in-load-2', 'app', 'ff5d2bef-97b8-40c8-8253-703e49b89691', 'renamed-in-load-2', NULL, NULL, NULL, '["REDIS_URL"]', '2023-04-22 13:03:10+00', 'b30b3201-0741-4a53-ba24-158f82dfbea2', 'redis-fancy-10009', '7ead4b5b-7485-4400-b9bd-973a2f0d1b11', 'heroku-redis:premium-0', 'bb468359', 'Provisioned — ready in a minute ✓', 'provisioned', '2026-01-01 00:01:00+00', 'https://addons-sso.heroku.com/apps/ff5d2bef-97b8-40c8-8253-703e49b89691/addons/b30b3201-0741-4a53-ba24-158f82dfbea2', 2, 'c01d10ac3ad3ec3b1b9f1b99ece3cc05', '{"id": "b30b3201-0741-4a53-ba24-158f82dfbea2", "app": {"id": "ff5d2bef-97b8-40c8-8253-703e49b89691", "name": "renamed-in-load-2"}, "name": "redis-fancy-10009", "plan": {"id": "7ead4b5b-7485-4400-b9bd-973a2f0d1b11", "name": "heroku-redis:premium-0"}, "state": "provisioned", "actions": [], "web_url": "https://addons-sso.heroku.com/apps/ff5d2bef-97b8-40c8-8253-703e49b89691/addons/b30b3201-0741-4a53-ba24-158f82dfbea2", "created_at": "2023-04-22T13:03:10Z", "updated_at": "2026-01-01T00:01:00Z", "config_vars": ["REDIS_URL"], "provider_id": "bb468359", "billed_price": null, "addon_service": {"id": "640605ab-4a7b-43df-917a-916fdf8a7e08", "name": "heroku-redis"}, "billing_entity": {"id": "ff5d2bef-97b8-40c8-8253-703e49b89691", "name": "renamed-in-load-2", "type": "app"}, "provision_message": "Provisioned — ready in a minute ✓"}', '8e1eb016266ca2fb458493cc7db73878', NULL);
INSERT INTO __SCHEMA__.addons VALUES ('owner@sandbox.example', '[]', '8ffeb5a1-13fd-4cdf-979d-6cae2ae49e11', 'heroku-postgresql', '01a2431f-6f0f-4d07-b9e6-c14555e3bc67', 'nimble-mesa-4', 'app', '01a2431f-6f0f-4d07-b9e6-c14555e3bc67', 'nimble-mesa-4', '900', false, 'month', '["HEROKU_POSTGRESQL_BLUE_URL"]', '2023-02-05 10:45:34+00', '0b001b7f-042f-459f-9976-5cbcf25bb3ec', 'postgresql-happy-10007', '36f31dad-afec-4c65-a6cf-ef0690e7d89c', 'heroku-postgresql:essential-1', 'fae83596', '', 'provisioned', '2025-03-21 04:33:41+00', 'https://addons-sso.heroku.com/apps/01a2431f-6f0f-4d07-b9e6-c14555e3bc67/addons/0b001b7f-042f-459f-9976-5cbcf25bb3ec', 1, '35efd35356f2df3f1c683970878ce314', '{"id": "0b001b7f-042f-459f-9976-5cbcf25bb3ec", "app": {"id": "01a2431f-6f0f-4d07-b9e6-c14555e3bc67", "name": "nimble-mesa-4"}, "name": "postgresql-happy-10007", "plan": {"id": "36f31dad-afec-4c65-a6cf-ef0690e7d89c", "name": "heroku-postgresql:essential-1"}, "state": "provisioned", "actions": [], "web_url": "https://addons-sso.heroku.com/apps/01a2431f-6f0f-4d07-b9e6-c14555e3bc67/addons/0b001b7f-042f-459f-9976-5cbcf25bb3ec", "created_at": "2023-02-05T10:45:34Z", "updated_at": "2025-03-21T04:33:41Z", "config_vars": ["HEROKU_POSTGRESQL_BLUE_URL"], "provider_id": "fae83596", "billed_price": {"unit": "month", "cents": 900, "contract": false}, "addon_service": {"id": "8ffeb5a1-13fd-4cdf-979d-6cae2ae49e11", "name": "heroku-postgresql"}, "billing_entity": {"id": "01a2431f-6f0f-4d07-b9e6-c14555e3bc67", "name": "nimble-mesa-4", "type": "app"}, "provision_message": ""}', 'bbd29403850dab7e55dba8ccc145eefb', NULL);
INSERT INTO __SCHEMA__.addons VALUES ('owner@sandbox.example', '[]', '8ffeb5a1-13fd-4cdf-979d-6cae2ae49e11', 'heroku-postgresql', '26948731-1dd5-4f61-8745-d8a3b66b4847', 'happy-river-8', 'app', '26948731-1dd5-4f61-8745-d8a3b66b4847', 'happy-river-8', '900', false, 'month', '["DATABASE_URL"]', '2023-01-01 19:53:07+00', '26ecc740-e5f1-4fec-a504-5106d850ddcd', 'postgresql-nimble-10011', '36f31dad-afec-4c65-a6cf-ef0690e7d89c', 'heroku-postgresql:essential-1', 'ef7a12c9', 'Provisioned — ready in a minute ✓', 'provisioned', '2025-03-21 04:38:36+00', 'https://addons-sso.heroku.com/apps/26948731-1dd5-4f61-8745-d8a3b66b4847/addons/26ecc740-e5f1-4fec-a504-5106d850ddcd', 1, '50b670a4ae8a41e355cd336627143bb2', '{"id": "26ecc740-e5f1-4fec-a504-5106d850ddcd", "app": {"id": "26948731-1dd5-4f61-8745-d8a3b66b4847", "name": "happy-river-8"}, "name": "postgresql-nimble-10011", "plan": {"id": "36f31dad-afec-4c65-a6cf-ef0690e7d89c", "name": "heroku-postgresql:essential-1"}, "state": "provisioned", "actions": [], "web_url": "https://addons-sso.heroku.com/apps/26948731-1dd5-4f61-8745-d8a3b66b4847/addons/26ecc740-e5f1-4fec-a504-5106d850ddcd", "created_at": "2023-01-01T19:53:07Z", "updated_at": "2025-03-21T04:38:36Z", "config_vars": ["DATABASE_URL"], "provider_id": "ef7a12c9", "billed_price": {"unit": "month", "cents": 900, "contract": false}, "addon_service": {"id": "8ffeb5a1-13fd-4cdf-979d-6cae2ae49e11", "name": "heroku-postgresql"}, "billing_entity": {"id": "26948731-1dd5-4f61-8745-d8a3b66b4847", "name": "happy-river-8", "type": "app"}, "provision_message": "Provisioned — ready in a minute ✓"}', '95a7be3111699124aefa1e2a8954fc4a', NULL);
INSERT INTO __SCHEMA__.addons VALUES ('owner@sandbox.example', '[]', '776dee14-6a9b-4bc3-b11d-2ececbf60105', 'papertrail', '26948731-1dd5-4f61-8745-d8a3b66b4847', 'happy-river-8', 'app', '26948731-1dd5-4f61-8745-d8a3b66b4847', 'happy-river-8', '0', false, 'month', '["PAPERTRAIL_API_TOKEN"]', '2023-09-10 10:16:18+00', '50e0fc62-219f-4872-b6fa-ffd3eba1fdce', 'papertrail-rapid-10005', 'cd40084d-7367-47fc-a25b-0c7888f70649', 'papertrail:choklad', '12520124', '', 'provisioned', '2025-03-21 04:32:33+00', 'https://addons-sso.heroku.com/apps/26948731-1dd5-4f61-8745-d8a3b66b4847/addons/50e0fc62-219f-4872-b6fa-ffd3eba1fdce', 1, '14db5feccb076b0e5e9986b5889c1c53', '{"id": "50e0fc62-219f-4872-b6fa-ffd3eba1fdce", "app": {"id": "26948731-1dd5-4f61-8745-d8a3b66b4847", "name": "happy-river-8"}, "name": "papertrail-rapid-10005", "plan": {"id": "cd40084d-7367-47fc-a25b-0c7888f70649", "name": "papertrail:choklad"}, "state": "provisioned", "actions": [], "web_url": "https://addons-sso.heroku.com/apps/26948731-1dd5-4f61-8745-d8a3b66b4847/addons/50e0fc62-219f-4872-b6fa-ffd3eba1fdce", "created_at": "2023-09-10T10:16:18Z", "updated_at": "2025-03-21T04:32:33Z", "config_vars": ["PAPERTRAIL_API_TOKEN"], "provider_id": "12520124", "billed_price": {"unit": "month", "cents": 0, "contract": false}, "addon_service": {"id": "776dee14-6a9b-4bc3-b11d-2ececbf60105", "name": "papertrail"}, "sandbox_extra": 1, "billing_entity": {"id": "26948731-1dd5-4f61-8745-d8a3b66b4847", "name": "happy-river-8", "type": "app"}, "provision_message": ""}', '5ddc1f84581d8c9c33af711daecbaf59', 1);
INSERT INTO __SCHEMA__.addons VALUES ('owner@sandbox.example', '[]', '640605ab-4a7b-43df-917a-916fdf8a7e08', 'heroku-redis', '586c06e1-ed22-4481-8895-75858fe8ea56', 'acme-platform', 'team', '26948731-1dd5-4f61-8745-d8a3b66b4847', 'happy-river-8', '1500', false, 'month', '["REDIS_URL"]', '2023-05-21 15:23:06+00', '687a256a-0272-402a-924c-dd2d70dd5adb', 'redis-jolly-10004', '7ead4b5b-7485-4400-b9bd-973a2f0d1b11', 'heroku-redis:premium-0', '116cdc3f', '', 'provisioned', '2025-03-21 04:30:40+00', 'https://addons-sso.heroku.com/apps/26948731-1dd5-4f61-8745-d8a3b66b4847/addons/687a256a-0272-402a-924c-dd2d70dd5adb', 1, '043ae39c5ecefdf7bf8ab5d41256b9e5', '{"id": "687a256a-0272-402a-924c-dd2d70dd5adb", "app": {"id": "26948731-1dd5-4f61-8745-d8a3b66b4847", "name": "happy-river-8"}, "name": "redis-jolly-10004", "plan": {"id": "7ead4b5b-7485-4400-b9bd-973a2f0d1b11", "name": "heroku-redis:premium-0"}, "state": "provisioned", "actions": [], "web_url": "https://addons-sso.heroku.com/apps/26948731-1dd5-4f61-8745-d8a3b66b4847/addons/687a256a-0272-402a-924c-dd2d70dd5adb", "created_at": "2023-05-21T15:23:06Z", "updated_at": "2025-03-21T04:30:40Z", "config_vars": ["REDIS_URL"], "provider_id": "116cdc3f", "billed_price": {"unit": "month", "cents": 1500, "contract": false}, "addon_service": {"id": "640605ab-4a7b-43df-917a-916fdf8a7e08", "name": "heroku-redis"}, "billing_entity": {"id": "586c06e1-ed22-4481-8895-75858fe8ea56", "name": "acme-platform", "type": "team"}, "provision_message": ""}', '25c2d87b8640e6e1d6e636f6bb8823fa', NULL);
INSERT INTO __SCHEMA__.addons VALUES ('owner@sandbox.example', '[]', '640605ab-4a7b-43df-917a-916fdf8a7e08', 'heroku-redis', '586c06e1-ed22-4481-8895-75858fe8ea56', 'acme-platform', 'team', 'a01db8af-2d4b-4d88-bb67-0c764f4e4b75', 'brave-glacier-3', '300', false, 'month', '["REDIS_URL"]', '2023-10-07 06:48:26+00', 'ac6002b8-f700-4b97-9a25-b5b7d4b2c394', 'redis-tidy-10003', 'b28db444-5925-4ad3-afc4-f5a0c73efecb', 'heroku-redis:mini', '5f6bb17b', 'Provisioned — ready in a minute ✓', 'provisioned', '2025-03-21 04:29:59+00', 'https://addons-sso.heroku.com/apps/a01db8af-2d4b-4d88-bb67-0c764f4e4b75/addons/ac6002b8-f700-4b97-9a25-b5b7d4b2c394', 1, 'a352e997488aca32eedbb25f565ded38', '{"id": "ac6002b8-f700-4b97-9a25-b5b7d4b2c394", "app": {"id": "a01db8af-2d4b-4d88-bb67-0c764f4e4b75", "name": "brave-glacier-3"}, "name": "redis-tidy-10003", "plan": {"id": "b28db444-5925-4ad3-afc4-f5a0c73efecb", "name": "heroku-redis:mini"}, "state": "provisioned", "actions": [], "web_url": "https://addons-sso.heroku.com/apps/a01db8af-2d4b-4d88-bb67-0c764f4e4b75/addons/ac6002b8-f700-4b97-9a25-b5b7d4b2c394", "created_at": "2023-10-07T06:48:26Z", "updated_at": "2025-03-21T04:29:59Z", "config_vars": ["REDIS_URL"], "provider_id": "5f6bb17b", "billed_price": {"unit": "month", "cents": 300, "contract": false}, "addon_service": {"id": "640605ab-4a7b-43df-917a-916fdf8a7e08", "name": "heroku-redis"}, "billing_entity": {"id": "586c06e1-ed22-4481-8895-75858fe8ea56", "name": "acme-platform", "type": "team"}, "provision_message": "Provisioned — ready in a minute ✓"}', '5b4a2bb3c0e8b683802bbeee25a06493', NULL);
INSERT INTO __SCHEMA__.addons VALUES ('owner@sandbox.example', '[]', '640605ab-4a7b-43df-917a-916fdf8a7e08', 'heroku-redis', '8d089d67-1b4c-4c79-a46e-97468772a379', 'tidy-harbor-5', 'app', '8d089d67-1b4c-4c79-a46e-97468772a379', 'tidy-harbor-5', '1500', false, 'month', '["HEROKU_REDIS_BLUE_URL"]', '2023-04-19 13:26:50+00', 'c7f59973-76e5-4e61-b1d2-d5d269f80fde', 'redis-fancy-10006', '7ead4b5b-7485-4400-b9bd-973a2f0d1b11', 'heroku-redis:premium-0', 'ab4f7e6b', 'Provisioned — ready in a minute ✓', 'provisioned', '2025-03-21 04:33:19+00', 'https://addons-sso.heroku.com/apps/8d089d67-1b4c-4c79-a46e-97468772a379/addons/c7f59973-76e5-4e61-b1d2-d5d269f80fde', 1, '817d9970f694931cf3f0724c49acdd77', '{"id": "c7f59973-76e5-4e61-b1d2-d5d269f80fde", "app": {"id": "8d089d67-1b4c-4c79-a46e-97468772a379", "name": "tidy-harbor-5"}, "name": "redis-fancy-10006", "plan": {"id": "7ead4b5b-7485-4400-b9bd-973a2f0d1b11", "name": "heroku-redis:premium-0"}, "state": "provisioned", "actions": [], "web_url": "https://addons-sso.heroku.com/apps/8d089d67-1b4c-4c79-a46e-97468772a379/addons/c7f59973-76e5-4e61-b1d2-d5d269f80fde", "created_at": "2023-04-19T13:26:50Z", "updated_at": "2025-03-21T04:33:19Z", "config_vars": ["HEROKU_REDIS_BLUE_URL"], "provider_id": "ab4f7e6b", "billed_price": {"unit": "month", "cents": 1500, "contract": false}, "addon_service": {"id": "640605ab-4a7b-43df-917a-916fdf8a7e08", "name": "heroku-redis"}, "billing_entity": {"id": "8d089d67-1b4c-4c79-a46e-97468772a379", "name": "tidy-harbor-5", "type": "app"}, "provision_message": "Provisioned — ready in a minute ✓"}', '7cd705ce51c9e4c1825e135e085a9ffa', NULL);
INSERT INTO __SCHEMA__.addons VALUES ('owner@sandbox.example', '[]', '640605ab-4a7b-43df-917a-916fdf8a7e08', 'heroku-redis', '26948731-1dd5-4f61-8745-d8a3b66b4847', 'happy-river-8', 'app', '26948731-1dd5-4f61-8745-d8a3b66b4847', 'happy-river-8', '300', false, 'month', '["HEROKU_REDIS_BLUE_URL"]', '2024-01-29 23:57:05+00', 'dcf9859f-267e-4495-93d0-da84fb242b7b', 'redis-eager-10010', 'b28db444-5925-4ad3-afc4-f5a0c73efecb', 'heroku-redis:mini', '9f73afdf', '', 'provisioned', '2025-03-21 04:37:01+00', 'https://addons-sso.heroku.com/apps/26948731-1dd5-4f61-8745-d8a3b66b4847/addons/dcf9859f-267e-4495-93d0-da84fb242b7b', 1, '9291c3c282a9735664dca14928b09968', '{"id": "dcf9859f-267e-4495-93d0-da84fb242b7b", "app": {"id": "26948731-1dd5-4f61-8745-d8a3b66b4847", "name": "happy-river-8"}, "name": "redis-eager-10010", "plan": {"id": "b28db444-5925-4ad3-afc4-f5a0c73efecb", "name": "heroku-redis:mini"}, "state": "provisioned", "actions": [], "web_url": "https://addons-sso.heroku.com/apps/26948731-1dd5-4f61-8745-d8a3b66b4847/addons/dcf9859f-267e-4495-93d0-da84fb242b7b", "created_at": "2024-01-29T23:57:05Z", "updated_at": "2025-03-21T04:37:01Z", "config_vars": ["HEROKU_REDIS_BLUE_URL"], "provider_id": "9f73afdf", "billed_price": {"unit": "month", "cents": 300, "contract": false}, "addon_service": {"id": "640605ab-4a7b-43df-917a-916fdf8a7e08", "name": "heroku-redis"}, "billing_entity": {"id": "26948731-1dd5-4f61-8745-d8a3b66b4847", "name": "happy-river-8", "type": "app"}, "provision_message": ""}', '875c00b37ca9fbd8dd1d09f2340373db', NULL);
INSERT INTO __SCHEMA__.addons VALUES ('owner@sandbox.example', '[]', '848ce91d-85d6-4acc-86a4-7de530b665fb', 'scheduler', 'ff5d2bef-97b8-40c8-8253-703e49b89691', 'renamed-in-load-2', 'app', 'ff5d2bef-97b8-40c8-8253-703e49b89691', 'renamed-in-load-2', '0', false, 'month', '["SCHEDULER_URL"]', '2023-04-15 17:22:28+00', '2f711d8e-6475-4c21-af72-1d27c5b3e8c1', 'scheduler-nimble-10008', 'dfc1d8f9-955c-40af-9564-b609921b4538', 'scheduler:standard', '5366a441', '', 'provisioned', '2026-01-01 00:01:00+00', 'https://addons-sso.heroku.com/apps/ff5d2bef-97b8-40c8-8253-703e49b89691/addons/2f711d8e-6475-4c21-af72-1d27c5b3e8c1', 2, 'c2bbcb20a12d79b2b17d80514c164757', '{"id": "2f711d8e-6475-4c21-af72-1d27c5b3e8c1", "app": {"id": "ff5d2bef-97b8-40c8-8253-703e49b89691", "name": "renamed-in-load-2"}, "name": "scheduler-nimble-10008", "plan": {"id": "dfc1d8f9-955c-40af-9564-b609921b4538", "name": "scheduler:standard"}, "state": "provisioned", "actions": [], "web_url": "https://addons-sso.heroku.com/apps/ff5d2bef-97b8-40c8-8253-703e49b89691/addons/2f711d8e-6475-4c21-af72-1d27c5b3e8c1", "created_at": "2023-04-15T17:22:28Z", "updated_at": "2026-01-01T00:01:00Z", "config_vars": ["SCHEDULER_URL"], "provider_id": "5366a441", "billed_price": {"unit": "month", "cents": 0, "contract": false}, "addon_service": {"id": "848ce91d-85d6-4acc-86a4-7de530b665fb", "name": "scheduler"}, "billing_entity": {"id": "ff5d2bef-97b8-40c8-8253-703e49b89691", "name": "renamed-in-load-2", "type": "app"}, "provision_message": ""}', '4149014b3c413a0cd867a1ca800ff92c', NULL);
INSERT INTO __SCHEMA__.addons VALUES ('owner@sandbox.example', '[{"id": "f91ce8a9-d823-49f4-83aa-11cdfb34a0ea", "url": "https://example.com?resource_id=:resource_id", "label": "Open dashboard", "action": "open-dashboard", "requires_owner": true}]', '8ffeb5a1-13fd-4cdf-979d-6cae2ae49e11', 'heroku-postgresql', '01a2431f-6f0f-4d07-b9e6-c14555e3bc67', 'nimble-mesa-4', 'app', '01a2431f-6f0f-4d07-b9e6-c14555e3bc67', 'nimble-mesa-4', '5000', false, 'month', '["DATABASE_URL"]', '2024-03-30 09:55:04+00', '6735ed77-34a1-46d7-b596-81744b1d5c98', 'postgresql-rapid-10000', 'd12cf13a-0503-42c1-aaaf-5540f5888a51', 'heroku-postgresql:premium-9', '755aa035', '', 'provisioned', '2025-03-21 04:26:57+00', 'https://addons-sso.heroku.com/apps/01a2431f-6f0f-4d07-b9e6-c14555e3bc67/addons/6735ed77-34a1-46d7-b596-81744b1d5c98', 2, 'd19ebe8c9f0a5047671bb334ac86c48b', '{"id": "6735ed77-34a1-46d7-b596-81744b1d5c98", "app": {"id": "01a2431f-6f0f-4d07-b9e6-c14555e3bc67", "name": "nimble-mesa-4"}, "name": "postgresql-rapid-10000", "plan": {"id": "d12cf13a-0503-42c1-aaaf-5540f5888a51", "name": "heroku-postgresql:premium-9"}, "state": "provisioned", "actions": [{"id": "f91ce8a9-d823-49f4-83aa-11cdfb34a0ea", "url": "https://example.com?resource_id=:resource_id", "label": "Open dashboard", "action": "open-dashboard", "requires_owner": true}], "web_url": "https://addons-sso.heroku.com/apps/01a2431f-6f0f-4d07-b9e6-c14555e3bc67/addons/6735ed77-34a1-46d7-b596-81744b1d5c98", "created_at": "2024-03-30T09:55:04Z", "updated_at": "2025-03-21T04:26:57Z", "config_vars": ["DATABASE_URL"], "provider_id": "755aa035", "billed_price": {"unit": "month", "cents": 5000, "contract": false}, "addon_service": {"id": "8ffeb5a1-13fd-4cdf-979d-6cae2ae49e11", "name": "heroku-postgresql"}, "billing_entity": {"id": "01a2431f-6f0f-4d07-b9e6-c14555e3bc67", "name": "nimble-mesa-4", "type": "app"}, "provision_message": ""}', '449e5ba6e7fc2c670f1b462652224d76', NULL);
INSERT INTO __SCHEMA__.addons VALUES ('owner@sandbox.example', '[]', '640605ab-4a7b-43df-917a-916fdf8a7e08', 'heroku-redis', '8d089d67-1b4c-4c79-a46e-97468772a379', 'tidy-harbor-5', 'app', '8d089d67-1b4c-4c79-a46e-97468772a379', 'tidy-harbor-5', 'free', false, 'month', '["REDIS_URL"]', '2024-06-22 10:33:20+00', '29cb13f6-82b9-4dc5-9443-28d464d3ac72', 'redis-eager-10002', '7ead4b5b-7485-4400-b9bd-973a2f0d1b11', 'heroku-redis:premium-0', '44e9d76e', '', 'provisioned', '2025-03-21 04:28:58+00', 'https://addons-sso.heroku.com/apps/8d089d67-1b4c-4c79-a46e-97468772a379/addons/29cb13f6-82b9-4dc5-9443-28d464d3ac72', 3, '5fd9e37f3f60c6c9de5869da0f4f0fda', '{"id": "29cb13f6-82b9-4dc5-9443-28d464d3ac72", "app": {"id": "8d089d67-1b4c-4c79-a46e-97468772a379", "name": "tidy-harbor-5"}, "name": "redis-eager-10002", "plan": {"id": "7ead4b5b-7485-4400-b9bd-973a2f0d1b11", "name": "heroku-redis:premium-0"}, "state": "provisioned", "actions": [], "web_url": "https://addons-sso.heroku.com/apps/8d089d67-1b4c-4c79-a46e-97468772a379/addons/29cb13f6-82b9-4dc5-9443-28d464d3ac72", "created_at": "2024-06-22T10:33:20Z", "updated_at": "2025-03-21T04:28:58Z", "config_vars": ["REDIS_URL"], "provider_id": "44e9d76e", "billed_price": {"unit": "month", "cents": "free", "contract": false}, "addon_service": {"id": "640605ab-4a7b-43df-917a-916fdf8a7e08", "name": "heroku-redis"}, "billing_entity": {"id": "8d089d67-1b4c-4c79-a46e-97468772a379", "name": "tidy-harbor-5", "type": "app"}, "provision_message": ""}', '9a7d441391dffe41a2e18f4d66b73544', NULL);


--
-- Data for Name: addons_history; Type: TABLE DATA; Schema: __SCHEMA__; Owner: -
--

INSERT INTO __SCHEMA__.addons_history VALUES ('owner@sandbox.example', '[]', '640605ab-4a7b-43df-917a-916fdf8a7e08', 'heroku-redis', 'ff5d2bef-97b8-40c8-8253-703e49b89691', 'nimble-nebula-1', 'app', 'ff5d2bef-97b8-40c8-8253-703e49b89691', 'nimble-nebula-1', NULL, NULL, NULL, '["REDIS_URL"]', '2023-04-22 13:03:10+00', 'b30b3201-0741-4a53-ba24-158f82dfbea2', 'redis-fancy-10009', '7ead4b5b-7485-4400-b9bd-973a2f0d1b11', 'heroku-redis:premium-0', 'bb468359', 'Provisioned — ready in a minute ✓', 'provisioned', '2025-03-21 04:36:29+00', 'https://addons-sso.heroku.com/apps/ff5d2bef-97b8-40c8-8253-703e49b89691/addons/b30b3201-0741-4a53-ba24-158f82dfbea2', 1, 'da84505ab273d97284377f41d92f61be', '{"id": "b30b3201-0741-4a53-ba24-158f82dfbea2", "app": {"id": "ff5d2bef-97b8-40c8-8253-703e49b89691", "name": "nimble-nebula-1"}, "name": "redis-fancy-10009", "plan": {"id": "7ead4b5b-7485-4400-b9bd-973a2f0d1b11", "name": "heroku-redis:premium-0"}, "state": "provisioned", "actions": [], "web_url": "https://addons-sso.heroku.com/apps/ff5d2bef-97b8-40c8-8253-703e49b89691/addons/b30b3201-0741-4a53-ba24-158f82dfbea2", "created_at": "2023-04-22T13:03:10Z", "updated_at": "2025-03-21T04:36:29Z", "config_vars": ["REDIS_URL"], "provider_id": "bb468359", "billed_price": null, "addon_service": {"id": "640605ab-4a7b-43df-917a-916fdf8a7e08", "name": "heroku-redis"}, "billing_entity": {"id": "ff5d2bef-97b8-40c8-8253-703e49b89691", "name": "nimble-nebula-1", "type": "app"}, "provision_message": "Provisioned — ready in a minute ✓"}', '2026-12-07 12:49:04.399985+00', '2026-12-07 12:49:04.560939+00', 'insert', NULL);
INSERT INTO __SCHEMA__.addons_history VALUES ('owner@sandbox.example', '[]', '640605ab-4a7b-43df-917a-916fdf8a7e08', 'heroku-redis', 'ff5d2bef-97b8-40c8-8253-703e49b89691', 'renamed-in-load-2', 'app', 'ff5d2bef-97b8-40c8-8253-703e49b89691', 'renamed-in-load-2', NULL, NULL, NULL, '["REDIS_URL"]', '2023-04-22 13:03:10+00', 'b30b3201-0741-4a53-ba24-158f82dfbea2', 'redis-fancy-10009', '7ead4b5b-7485-4400-b9bd-973a2f0d1b11', 'heroku-redis:premium-0', 'bb468359', 'Provisioned — ready in a minute ✓', 'provisioned', '2026-01-01 00:01:00+00', 'https://addons-sso.heroku.com/apps/ff5d2bef-97b8-40c8-8253-703e49b89691/addons/b30b3201-0741-4a53-ba24-158f82dfbea2', 2, 'c01d10ac3ad3ec3b1b9f1b99ece3cc05', '{"id": "b30b3201-0741-4a53-ba24-158f82dfbea2", "app": {"id": "ff5d2bef-97b8-40c8-8253-703e49b89691", "name": "renamed-in-load-2"}, "name": "redis-fancy-10009", "plan": {"id": "7ead4b5b-7485-4400-b9bd-973a2f0d1b11", "name": "heroku-redis:premium-0"}, "state": "provisioned", "actions": [], "web_url": "https://addons-sso.heroku.com/apps/ff5d2bef-97b8-40c8-8253-703e49b89691/addons/b30b3201-0741-4a53-ba24-158f82dfbea2", "created_at": "2023-04-22T13:03:10Z", "updated_at": "2026-01-01T00:01:00Z", "config_vars": ["REDIS_URL"], "provider_id": "bb468359", "billed_price": null, "addon_service": {"id": "640605ab-4a7b-43df-917a-916fdf8a7e08", "name": "heroku-redis"}, "billing_entity": {"id": "ff5d2bef-97b8-40c8-8253-703e49b89691", "name": "renamed-in-load-2", "type": "app"}, "provision_message": "Provisioned — ready in a minute ✓"}', '2026-12-07 12:49:04.560939+00', NULL, 'update', NULL);
INSERT INTO __SCHEMA__.addons_history VALUES ('owner@sandbox.example', '[]', '8ffeb5a1-13fd-4cdf-979d-6cae2ae49e11', 'heroku-postgresql', '01a2431f-6f0f-4d07-b9e6-c14555e3bc67', 'nimble-mesa-4', 'app', '01a2431f-6f0f-4d07-b9e6-c14555e3bc67', 'nimble-mesa-4', '900', false, 'month', '["HEROKU_POSTGRESQL_BLUE_URL"]', '2023-02-05 10:45:34+00', '0b001b7f-042f-459f-9976-5cbcf25bb3ec', 'postgresql-happy-10007', '36f31dad-afec-4c65-a6cf-ef0690e7d89c', 'heroku-postgresql:essential-1', 'fae83596', '', 'provisioned', '2025-03-21 04:33:41+00', 'https://addons-sso.heroku.com/apps/01a2431f-6f0f-4d07-b9e6-c14555e3bc67/addons/0b001b7f-042f-459f-9976-5cbcf25bb3ec', 1, '35efd35356f2df3f1c683970878ce314', '{"id": "0b001b7f-042f-459f-9976-5cbcf25bb3ec", "app": {"id": "01a2431f-6f0f-4d07-b9e6-c14555e3bc67", "name": "nimble-mesa-4"}, "name": "postgresql-happy-10007", "plan": {"id": "36f31dad-afec-4c65-a6cf-ef0690e7d89c", "name": "heroku-postgresql:essential-1"}, "state": "provisioned", "actions": [], "web_url": "https://addons-sso.heroku.com/apps/01a2431f-6f0f-4d07-b9e6-c14555e3bc67/addons/0b001b7f-042f-459f-9976-5cbcf25bb3ec", "created_at": "2023-02-05T10:45:34Z", "updated_at": "2025-03-21T04:33:41Z", "config_vars": ["HEROKU_POSTGRESQL_BLUE_URL"], "provider_id": "fae83596", "billed_price": {"unit": "month", "cents": 900, "contract": false}, "addon_service": {"id": "8ffeb5a1-13fd-4cdf-979d-6cae2ae49e11", "name": "heroku-postgresql"}, "billing_entity": {"id": "01a2431f-6f0f-4d07-b9e6-c14555e3bc67", "name": "nimble-mesa-4", "type": "app"}, "provision_message": ""}', '2026-12-07 12:49:04.399985+00', NULL, 'insert', NULL);
INSERT INTO __SCHEMA__.addons_history VALUES ('owner@sandbox.example', '[]', '8ffeb5a1-13fd-4cdf-979d-6cae2ae49e11', 'heroku-postgresql', '26948731-1dd5-4f61-8745-d8a3b66b4847', 'happy-river-8', 'app', '26948731-1dd5-4f61-8745-d8a3b66b4847', 'happy-river-8', '900', false, 'month', '["DATABASE_URL"]', '2023-01-01 19:53:07+00', '26ecc740-e5f1-4fec-a504-5106d850ddcd', 'postgresql-nimble-10011', '36f31dad-afec-4c65-a6cf-ef0690e7d89c', 'heroku-postgresql:essential-1', 'ef7a12c9', 'Provisioned — ready in a minute ✓', 'provisioned', '2025-03-21 04:38:36+00', 'https://addons-sso.heroku.com/apps/26948731-1dd5-4f61-8745-d8a3b66b4847/addons/26ecc740-e5f1-4fec-a504-5106d850ddcd', 1, '50b670a4ae8a41e355cd336627143bb2', '{"id": "26ecc740-e5f1-4fec-a504-5106d850ddcd", "app": {"id": "26948731-1dd5-4f61-8745-d8a3b66b4847", "name": "happy-river-8"}, "name": "postgresql-nimble-10011", "plan": {"id": "36f31dad-afec-4c65-a6cf-ef0690e7d89c", "name": "heroku-postgresql:essential-1"}, "state": "provisioned", "actions": [], "web_url": "https://addons-sso.heroku.com/apps/26948731-1dd5-4f61-8745-d8a3b66b4847/addons/26ecc740-e5f1-4fec-a504-5106d850ddcd", "created_at": "2023-01-01T19:53:07Z", "updated_at": "2025-03-21T04:38:36Z", "config_vars": ["DATABASE_URL"], "provider_id": "ef7a12c9", "billed_price": {"unit": "month", "cents": 900, "contract": false}, "addon_service": {"id": "8ffeb5a1-13fd-4cdf-979d-6cae2ae49e11", "name": "heroku-postgresql"}, "billing_entity": {"id": "26948731-1dd5-4f61-8745-d8a3b66b4847", "name": "happy-river-8", "type": "app"}, "provision_message": "Provisioned — ready in a minute ✓"}', '2026-12-07 12:49:04.399985+00', NULL, 'insert', NULL);
INSERT INTO __SCHEMA__.addons_history VALUES ('owner@sandbox.example', '[]', '776dee14-6a9b-4bc3-b11d-2ececbf60105', 'papertrail', '26948731-1dd5-4f61-8745-d8a3b66b4847', 'happy-river-8', 'app', '26948731-1dd5-4f61-8745-d8a3b66b4847', 'happy-river-8', '0', false, 'month', '["PAPERTRAIL_API_TOKEN"]', '2023-09-10 10:16:18+00', '50e0fc62-219f-4872-b6fa-ffd3eba1fdce', 'papertrail-rapid-10005', 'cd40084d-7367-47fc-a25b-0c7888f70649', 'papertrail:choklad', '12520124', '', 'provisioned', '2025-03-21 04:32:33+00', 'https://addons-sso.heroku.com/apps/26948731-1dd5-4f61-8745-d8a3b66b4847/addons/50e0fc62-219f-4872-b6fa-ffd3eba1fdce', 1, '14db5feccb076b0e5e9986b5889c1c53', '{"id": "50e0fc62-219f-4872-b6fa-ffd3eba1fdce", "app": {"id": "26948731-1dd5-4f61-8745-d8a3b66b4847", "name": "happy-river-8"}, "name": "papertrail-rapid-10005", "plan": {"id": "cd40084d-7367-47fc-a25b-0c7888f70649", "name": "papertrail:choklad"}, "state": "provisioned", "actions": [], "web_url": "https://addons-sso.heroku.com/apps/26948731-1dd5-4f61-8745-d8a3b66b4847/addons/50e0fc62-219f-4872-b6fa-ffd3eba1fdce", "created_at": "2023-09-10T10:16:18Z", "updated_at": "2025-03-21T04:32:33Z", "config_vars": ["PAPERTRAIL_API_TOKEN"], "provider_id": "12520124", "billed_price": {"unit": "month", "cents": 0, "contract": false}, "addon_service": {"id": "776dee14-6a9b-4bc3-b11d-2ececbf60105", "name": "papertrail"}, "sandbox_extra": 1, "billing_entity": {"id": "26948731-1dd5-4f61-8745-d8a3b66b4847", "name": "happy-river-8", "type": "app"}, "provision_message": ""}', '2026-12-07 12:49:04.399985+00', NULL, 'insert', 1);
INSERT INTO __SCHEMA__.addons_history VALUES ('owner@sandbox.example', '[]', '640605ab-4a7b-43df-917a-916fdf8a7e08', 'heroku-redis', '586c06e1-ed22-4481-8895-75858fe8ea56', 'acme-platform', 'team', '26948731-1dd5-4f61-8745-d8a3b66b4847', 'happy-river-8', '1500', false, 'month', '["REDIS_URL"]', '2023-05-21 15:23:06+00', '687a256a-0272-402a-924c-dd2d70dd5adb', 'redis-jolly-10004', '7ead4b5b-7485-4400-b9bd-973a2f0d1b11', 'heroku-redis:premium-0', '116cdc3f', '', 'provisioned', '2025-03-21 04:30:40+00', 'https://addons-sso.heroku.com/apps/26948731-1dd5-4f61-8745-d8a3b66b4847/addons/687a256a-0272-402a-924c-dd2d70dd5adb', 1, '043ae39c5ecefdf7bf8ab5d41256b9e5', '{"id": "687a256a-0272-402a-924c-dd2d70dd5adb", "app": {"id": "26948731-1dd5-4f61-8745-d8a3b66b4847", "name": "happy-river-8"}, "name": "redis-jolly-10004", "plan": {"id": "7ead4b5b-7485-4400-b9bd-973a2f0d1b11", "name": "heroku-redis:premium-0"}, "state": "provisioned", "actions": [], "web_url": "https://addons-sso.heroku.com/apps/26948731-1dd5-4f61-8745-d8a3b66b4847/addons/687a256a-0272-402a-924c-dd2d70dd5adb", "created_at": "2023-05-21T15:23:06Z", "updated_at": "2025-03-21T04:30:40Z", "config_vars": ["REDIS_URL"], "provider_id": "116cdc3f", "billed_price": {"unit": "month", "cents": 1500, "contract": false}, "addon_service": {"id": "640605ab-4a7b-43df-917a-916fdf8a7e08", "name": "heroku-redis"}, "billing_entity": {"id": "586c06e1-ed22-4481-8895-75858fe8ea56", "name": "acme-platform", "type": "team"}, "provision_message": ""}', '2026-12-07 12:49:04.399985+00', NULL, 'insert', NULL);
INSERT INTO __SCHEMA__.addons_history VALUES ('owner@sandbox.example', '[]', '640605ab-4a7b-43df-917a-916fdf8a7e08', 'heroku-redis', '586c06e1-ed22-4481-8895-75858fe8ea56', 'acme-platform', 'team', 'a01db8af-2d4b-4d88-bb67-0c764f4e4b75', 'brave-glacier-3', '300', false, 'month', '["REDIS_URL"]', '2023-10-07 06:48:26+00', 'ac6002b8-f700-4b97-9a25-b5b7d4b2c394', 'redis-tidy-10003', 'b28db444-5925-4ad3-afc4-f5a0c73efecb', 'heroku-redis:mini', '5f6bb17b', 'Provisioned — ready in a minute ✓', 'provisioned', '2025-03-21 04:29:59+00', 'https://addons-sso.heroku.com/apps/a01db8af-2d4b-4d88-bb67-0c764f4e4b75/addons/ac6002b8-f700-4b97-9a25-b5b7d4b2c394', 1, 'a352e997488aca32eedbb25f565ded38', '{"id": "ac6002b8-f700-4b97-9a25-b5b7d4b2c394", "app": {"id": "a01db8af-2d4b-4d88-bb67-0c764f4e4b75", "name": "brave-glacier-3"}, "name": "redis-tidy-10003", "plan": {"id": "b28db444-5925-4ad3-afc4-f5a0c73efecb", "name": "heroku-redis:mini"}, "state": "provisioned", "actions": [], "web_url": "https://addons-sso.heroku.com/apps/a01db8af-2d4b-4d88-bb67-0c764f4e4b75/addons/ac6002b8-f700-4b97-9a25-b5b7d4b2c394", "created_at": "2023-10-07T06:48:26Z", "updated_at": "2025-03-21T04:29:59Z", "config_vars": ["REDIS_URL"], "provider_id": "5f6bb17b", "billed_price": {"unit": "month", "cents": 300, "contract": false}, "addon_service": {"id": "640605ab-4a7b-43df-917a-916fdf8a7e08", "name": "heroku-redis"}, "billing_entity": {"id": "586c06e1-ed22-4481-8895-75858fe8ea56", "name": "acme-platform", "type": "team"}, "provision_message": "Provisioned — ready in a minute ✓"}', '2026-12-07 12:49:04.399985+00', NULL, 'insert', NULL);
INSERT INTO __SCHEMA__.addons_history VALUES ('owner@sandbox.example', '[]', '640605ab-4a7b-43df-917a-916fdf8a7e08', 'heroku-redis', '8d089d67-1b4c-4c79-a46e-97468772a379', 'tidy-harbor-5', 'app', '8d089d67-1b4c-4c79-a46e-97468772a379', 'tidy-harbor-5', '1500', false, 'month', '["HEROKU_REDIS_BLUE_URL"]', '2023-04-19 13:26:50+00', 'c7f59973-76e5-4e61-b1d2-d5d269f80fde', 'redis-fancy-10006', '7ead4b5b-7485-4400-b9bd-973a2f0d1b11', 'heroku-redis:premium-0', 'ab4f7e6b', 'Provisioned — ready in a minute ✓', 'provisioned', '2025-03-21 04:33:19+00', 'https://addons-sso.heroku.com/apps/8d089d67-1b4c-4c79-a46e-97468772a379/addons/c7f59973-76e5-4e61-b1d2-d5d269f80fde', 1, '817d9970f694931cf3f0724c49acdd77', '{"id": "c7f59973-76e5-4e61-b1d2-d5d269f80fde", "app": {"id": "8d089d67-1b4c-4c79-a46e-97468772a379", "name": "tidy-harbor-5"}, "name": "redis-fancy-10006", "plan": {"id": "7ead4b5b-7485-4400-b9bd-973a2f0d1b11", "name": "heroku-redis:premium-0"}, "state": "provisioned", "actions": [], "web_url": "https://addons-sso.heroku.com/apps/8d089d67-1b4c-4c79-a46e-97468772a379/addons/c7f59973-76e5-4e61-b1d2-d5d269f80fde", "created_at": "2023-04-19T13:26:50Z", "updated_at": "2025-03-21T04:33:19Z", "config_vars": ["HEROKU_REDIS_BLUE_URL"], "provider_id": "ab4f7e6b", "billed_price": {"unit": "month", "cents": 1500, "contract": false}, "addon_service": {"id": "640605ab-4a7b-43df-917a-916fdf8a7e08", "name": "heroku-redis"}, "billing_entity": {"id": "8d089d67-1b4c-4c79-a46e-97468772a379", "name": "tidy-harbor-5", "type": "app"}, "provision_message": "Provisioned — ready in a minute ✓"}', '2026-12-07 12:49:04.399985+00', NULL, 'insert', NULL);
INSERT INTO __SCHEMA__.addons_history VALUES ('owner@sandbox.example', '[]', '640605ab-4a7b-43df-917a-916fdf8a7e08', 'heroku-redis', '26948731-1dd5-4f61-8745-d8a3b66b4847', 'happy-river-8', 'app', '26948731-1dd5-4f61-8745-d8a3b66b4847', 'happy-river-8', '300', false, 'month', '["HEROKU_REDIS_BLUE_URL"]', '2024-01-29 23:57:05+00', 'dcf9859f-267e-4495-93d0-da84fb242b7b', 'redis-eager-10010', 'b28db444-5925-4ad3-afc4-f5a0c73efecb', 'heroku-redis:mini', '9f73afdf', '', 'provisioned', '2025-03-21 04:37:01+00', 'https://addons-sso.heroku.com/apps/26948731-1dd5-4f61-8745-d8a3b66b4847/addons/dcf9859f-267e-4495-93d0-da84fb242b7b', 1, '9291c3c282a9735664dca14928b09968', '{"id": "dcf9859f-267e-4495-93d0-da84fb242b7b", "app": {"id": "26948731-1dd5-4f61-8745-d8a3b66b4847", "name": "happy-river-8"}, "name": "redis-eager-10010", "plan": {"id": "b28db444-5925-4ad3-afc4-f5a0c73efecb", "name": "heroku-redis:mini"}, "state": "provisioned", "actions": [], "web_url": "https://addons-sso.heroku.com/apps/26948731-1dd5-4f61-8745-d8a3b66b4847/addons/dcf9859f-267e-4495-93d0-da84fb242b7b", "created_at": "2024-01-29T23:57:05Z", "updated_at": "2025-03-21T04:37:01Z", "config_vars": ["HEROKU_REDIS_BLUE_URL"], "provider_id": "9f73afdf", "billed_price": {"unit": "month", "cents": 300, "contract": false}, "addon_service": {"id": "640605ab-4a7b-43df-917a-916fdf8a7e08", "name": "heroku-redis"}, "billing_entity": {"id": "26948731-1dd5-4f61-8745-d8a3b66b4847", "name": "happy-river-8", "type": "app"}, "provision_message": ""}', '2026-12-07 12:49:04.399985+00', NULL, 'insert', NULL);
INSERT INTO __SCHEMA__.addons_history VALUES ('owner@sandbox.example', '[]', '848ce91d-85d6-4acc-86a4-7de530b665fb', 'scheduler', 'ff5d2bef-97b8-40c8-8253-703e49b89691', 'nimble-nebula-1', 'app', 'ff5d2bef-97b8-40c8-8253-703e49b89691', 'nimble-nebula-1', '0', false, 'month', '["SCHEDULER_URL"]', '2023-04-15 17:22:28+00', '2f711d8e-6475-4c21-af72-1d27c5b3e8c1', 'scheduler-nimble-10008', 'dfc1d8f9-955c-40af-9564-b609921b4538', 'scheduler:standard', '5366a441', '', 'provisioned', '2025-03-21 04:35:22+00', 'https://addons-sso.heroku.com/apps/ff5d2bef-97b8-40c8-8253-703e49b89691/addons/2f711d8e-6475-4c21-af72-1d27c5b3e8c1', 1, 'e1ac7e18a5c6a767a2c05ed73fb78320', '{"id": "2f711d8e-6475-4c21-af72-1d27c5b3e8c1", "app": {"id": "ff5d2bef-97b8-40c8-8253-703e49b89691", "name": "nimble-nebula-1"}, "name": "scheduler-nimble-10008", "plan": {"id": "dfc1d8f9-955c-40af-9564-b609921b4538", "name": "scheduler:standard"}, "state": "provisioned", "actions": [], "web_url": "https://addons-sso.heroku.com/apps/ff5d2bef-97b8-40c8-8253-703e49b89691/addons/2f711d8e-6475-4c21-af72-1d27c5b3e8c1", "created_at": "2023-04-15T17:22:28Z", "updated_at": "2025-03-21T04:35:22Z", "config_vars": ["SCHEDULER_URL"], "provider_id": "5366a441", "billed_price": {"unit": "month", "cents": 0, "contract": false}, "addon_service": {"id": "848ce91d-85d6-4acc-86a4-7de530b665fb", "name": "scheduler"}, "billing_entity": {"id": "ff5d2bef-97b8-40c8-8253-703e49b89691", "name": "nimble-nebula-1", "type": "app"}, "provision_message": ""}', '2026-12-07 12:49:04.399985+00', '2026-12-07 12:49:04.560939+00', 'insert', NULL);
INSERT INTO __SCHEMA__.addons_history VALUES ('owner@sandbox.example', '[{"id": "f91ce8a9-d823-49f4-83aa-11cdfb34a0ea", "url": "https://example.com?resource_id=:resource_id", "label": "Open dashboard", "action": "open-dashboard", "requires_owner": true}]', '8ffeb5a1-13fd-4cdf-979d-6cae2ae49e11', 'heroku-postgresql', '01a2431f-6f0f-4d07-b9e6-c14555e3bc67', 'nimble-mesa-4', 'app', '01a2431f-6f0f-4d07-b9e6-c14555e3bc67', 'nimble-mesa-4', '5000', false, 'month', '["DATABASE_URL"]', '2024-03-30 09:55:04+00', '6735ed77-34a1-46d7-b596-81744b1d5c98', 'postgresql-rapid-10000', 'd12cf13a-0503-42c1-aaaf-5540f5888a51', 'heroku-postgresql:standard-0', '755aa035', '', 'provisioned', '2025-03-21 04:26:57+00', 'https://addons-sso.heroku.com/apps/01a2431f-6f0f-4d07-b9e6-c14555e3bc67/addons/6735ed77-34a1-46d7-b596-81744b1d5c98', 1, '1b7236247d1249d7bade2af79b084d7e', '{"id": "6735ed77-34a1-46d7-b596-81744b1d5c98", "app": {"id": "01a2431f-6f0f-4d07-b9e6-c14555e3bc67", "name": "nimble-mesa-4"}, "name": "postgresql-rapid-10000", "plan": {"id": "d12cf13a-0503-42c1-aaaf-5540f5888a51", "name": "heroku-postgresql:standard-0"}, "state": "provisioned", "actions": [{"id": "f91ce8a9-d823-49f4-83aa-11cdfb34a0ea", "url": "https://example.com?resource_id=:resource_id", "label": "Open dashboard", "action": "open-dashboard", "requires_owner": true}], "web_url": "https://addons-sso.heroku.com/apps/01a2431f-6f0f-4d07-b9e6-c14555e3bc67/addons/6735ed77-34a1-46d7-b596-81744b1d5c98", "created_at": "2024-03-30T09:55:04Z", "updated_at": "2025-03-21T04:26:57Z", "config_vars": ["DATABASE_URL"], "provider_id": "755aa035", "billed_price": {"unit": "month", "cents": 5000, "contract": false}, "addon_service": {"id": "8ffeb5a1-13fd-4cdf-979d-6cae2ae49e11", "name": "heroku-postgresql"}, "billing_entity": {"id": "01a2431f-6f0f-4d07-b9e6-c14555e3bc67", "name": "nimble-mesa-4", "type": "app"}, "provision_message": ""}', '2026-12-07 12:49:04.399985+00', '2026-12-07 12:49:04.560939+00', 'insert', NULL);
INSERT INTO __SCHEMA__.addons_history VALUES ('owner@sandbox.example', '[]', '848ce91d-85d6-4acc-86a4-7de530b665fb', 'scheduler', 'ff5d2bef-97b8-40c8-8253-703e49b89691', 'renamed-in-load-2', 'app', 'ff5d2bef-97b8-40c8-8253-703e49b89691', 'renamed-in-load-2', '0', false, 'month', '["SCHEDULER_URL"]', '2023-04-15 17:22:28+00', '2f711d8e-6475-4c21-af72-1d27c5b3e8c1', 'scheduler-nimble-10008', 'dfc1d8f9-955c-40af-9564-b609921b4538', 'scheduler:standard', '5366a441', '', 'provisioned', '2026-01-01 00:01:00+00', 'https://addons-sso.heroku.com/apps/ff5d2bef-97b8-40c8-8253-703e49b89691/addons/2f711d8e-6475-4c21-af72-1d27c5b3e8c1', 2, 'c2bbcb20a12d79b2b17d80514c164757', '{"id": "2f711d8e-6475-4c21-af72-1d27c5b3e8c1", "app": {"id": "ff5d2bef-97b8-40c8-8253-703e49b89691", "name": "renamed-in-load-2"}, "name": "scheduler-nimble-10008", "plan": {"id": "dfc1d8f9-955c-40af-9564-b609921b4538", "name": "scheduler:standard"}, "state": "provisioned", "actions": [], "web_url": "https://addons-sso.heroku.com/apps/ff5d2bef-97b8-40c8-8253-703e49b89691/addons/2f711d8e-6475-4c21-af72-1d27c5b3e8c1", "created_at": "2023-04-15T17:22:28Z", "updated_at": "2026-01-01T00:01:00Z", "config_vars": ["SCHEDULER_URL"], "provider_id": "5366a441", "billed_price": {"unit": "month", "cents": 0, "contract": false}, "addon_service": {"id": "848ce91d-85d6-4acc-86a4-7de530b665fb", "name": "scheduler"}, "billing_entity": {"id": "ff5d2bef-97b8-40c8-8253-703e49b89691", "name": "renamed-in-load-2", "type": "app"}, "provision_message": ""}', '2026-12-07 12:49:04.560939+00', NULL, 'update', NULL);
INSERT INTO __SCHEMA__.addons_history VALUES ('owner@sandbox.example', '[{"id": "f91ce8a9-d823-49f4-83aa-11cdfb34a0ea", "url": "https://example.com?resource_id=:resource_id", "label": "Open dashboard", "action": "open-dashboard", "requires_owner": true}]', '8ffeb5a1-13fd-4cdf-979d-6cae2ae49e11', 'heroku-postgresql', '01a2431f-6f0f-4d07-b9e6-c14555e3bc67', 'nimble-mesa-4', 'app', '01a2431f-6f0f-4d07-b9e6-c14555e3bc67', 'nimble-mesa-4', '5000', false, 'month', '["DATABASE_URL"]', '2024-03-30 09:55:04+00', '6735ed77-34a1-46d7-b596-81744b1d5c98', 'postgresql-rapid-10000', 'd12cf13a-0503-42c1-aaaf-5540f5888a51', 'heroku-postgresql:premium-9', '755aa035', '', 'provisioned', '2025-03-21 04:26:57+00', 'https://addons-sso.heroku.com/apps/01a2431f-6f0f-4d07-b9e6-c14555e3bc67/addons/6735ed77-34a1-46d7-b596-81744b1d5c98', 2, 'd19ebe8c9f0a5047671bb334ac86c48b', '{"id": "6735ed77-34a1-46d7-b596-81744b1d5c98", "app": {"id": "01a2431f-6f0f-4d07-b9e6-c14555e3bc67", "name": "nimble-mesa-4"}, "name": "postgresql-rapid-10000", "plan": {"id": "d12cf13a-0503-42c1-aaaf-5540f5888a51", "name": "heroku-postgresql:premium-9"}, "state": "provisioned", "actions": [{"id": "f91ce8a9-d823-49f4-83aa-11cdfb34a0ea", "url": "https://example.com?resource_id=:resource_id", "label": "Open dashboard", "action": "open-dashboard", "requires_owner": true}], "web_url": "https://addons-sso.heroku.com/apps/01a2431f-6f0f-4d07-b9e6-c14555e3bc67/addons/6735ed77-34a1-46d7-b596-81744b1d5c98", "created_at": "2024-03-30T09:55:04Z", "updated_at": "2025-03-21T04:26:57Z", "config_vars": ["DATABASE_URL"], "provider_id": "755aa035", "billed_price": {"unit": "month", "cents": 5000, "contract": false}, "addon_service": {"id": "8ffeb5a1-13fd-4cdf-979d-6cae2ae49e11", "name": "heroku-postgresql"}, "billing_entity": {"id": "01a2431f-6f0f-4d07-b9e6-c14555e3bc67", "name": "nimble-mesa-4", "type": "app"}, "provision_message": ""}', '2026-12-07 12:49:04.560939+00', NULL, 'update', NULL);
INSERT INTO __SCHEMA__.addons_history VALUES ('owner@sandbox.example', '[]', '640605ab-4a7b-43df-917a-916fdf8a7e08', 'heroku-redis', 'cfd62f3f-5169-4a6c-9f4b-4447ed3932b9', 'mighty-river-2', 'app', 'cfd62f3f-5169-4a6c-9f4b-4447ed3932b9', 'mighty-river-2', '1500', false, 'month', '["REDIS_URL"]', '2023-06-29 22:40:50+00', '0dcacc59-2c4a-48e3-83ff-4aa3de9ddb30', 'redis-quiet-10001', '7ead4b5b-7485-4400-b9bd-973a2f0d1b11', 'heroku-redis:premium-0', '4c05b8c9', 'Provisioned — ready in a minute ✓', 'provisioned', '2025-03-21 04:28:31+00', 'https://addons-sso.heroku.com/apps/cfd62f3f-5169-4a6c-9f4b-4447ed3932b9/addons/0dcacc59-2c4a-48e3-83ff-4aa3de9ddb30', 1, '240afdbc13302f9d616b2c9a5d75d96a', '{"id": "0dcacc59-2c4a-48e3-83ff-4aa3de9ddb30", "app": {"id": "cfd62f3f-5169-4a6c-9f4b-4447ed3932b9", "name": "mighty-river-2"}, "name": "redis-quiet-10001", "plan": {"id": "7ead4b5b-7485-4400-b9bd-973a2f0d1b11", "name": "heroku-redis:premium-0"}, "state": "provisioned", "actions": [], "web_url": "https://addons-sso.heroku.com/apps/cfd62f3f-5169-4a6c-9f4b-4447ed3932b9/addons/0dcacc59-2c4a-48e3-83ff-4aa3de9ddb30", "created_at": "2023-06-29T22:40:50Z", "updated_at": "2025-03-21T04:28:31Z", "config_vars": ["REDIS_URL"], "provider_id": "4c05b8c9", "billed_price": {"unit": "month", "cents": 1500, "contract": false}, "addon_service": {"id": "640605ab-4a7b-43df-917a-916fdf8a7e08", "name": "heroku-redis"}, "billing_entity": {"id": "cfd62f3f-5169-4a6c-9f4b-4447ed3932b9", "name": "mighty-river-2", "type": "app"}, "provision_message": "Provisioned — ready in a minute ✓"}', '2026-12-07 12:49:04.399985+00', '2026-12-07 12:49:04.740364+00', 'insert', NULL);
INSERT INTO __SCHEMA__.addons_history VALUES ('owner@sandbox.example', '[]', '640605ab-4a7b-43df-917a-916fdf8a7e08', 'heroku-redis', '8d089d67-1b4c-4c79-a46e-97468772a379', 'tidy-harbor-5', 'app', '8d089d67-1b4c-4c79-a46e-97468772a379', 'tidy-harbor-5', '1500', false, 'month', '["REDIS_URL"]', '2024-06-22 10:33:20+00', '29cb13f6-82b9-4dc5-9443-28d464d3ac72', 'redis-eager-10002', '7ead4b5b-7485-4400-b9bd-973a2f0d1b11', 'heroku-redis:premium-0', '44e9d76e', '', 'provisioned', '2025-03-21 04:28:58+00', 'https://addons-sso.heroku.com/apps/8d089d67-1b4c-4c79-a46e-97468772a379/addons/29cb13f6-82b9-4dc5-9443-28d464d3ac72', 1, '9090e403e641b5d3ee9828c99b185016', '{"id": "29cb13f6-82b9-4dc5-9443-28d464d3ac72", "app": {"id": "8d089d67-1b4c-4c79-a46e-97468772a379", "name": "tidy-harbor-5"}, "name": "redis-eager-10002", "plan": {"id": "7ead4b5b-7485-4400-b9bd-973a2f0d1b11", "name": "heroku-redis:premium-0"}, "state": "provisioned", "actions": [], "web_url": "https://addons-sso.heroku.com/apps/8d089d67-1b4c-4c79-a46e-97468772a379/addons/29cb13f6-82b9-4dc5-9443-28d464d3ac72", "created_at": "2024-06-22T10:33:20Z", "updated_at": "2025-03-21T04:28:58Z", "config_vars": ["REDIS_URL"], "provider_id": "44e9d76e", "billed_price": {"unit": "month", "cents": 1500, "contract": false}, "addon_service": {"id": "640605ab-4a7b-43df-917a-916fdf8a7e08", "name": "heroku-redis"}, "billing_entity": {"id": "8d089d67-1b4c-4c79-a46e-97468772a379", "name": "tidy-harbor-5", "type": "app"}, "provision_message": ""}', '2026-12-07 12:49:04.399985+00', '2026-12-07 12:49:04.740364+00', 'insert', NULL);
INSERT INTO __SCHEMA__.addons_history VALUES ('owner@sandbox.example', '[]', '640605ab-4a7b-43df-917a-916fdf8a7e08', 'heroku-redis', '8d089d67-1b4c-4c79-a46e-97468772a379', 'tidy-harbor-5', 'app', '8d089d67-1b4c-4c79-a46e-97468772a379', 'tidy-harbor-5', 'free', false, 'month', '["REDIS_URL"]', '2024-06-22 10:33:20+00', '29cb13f6-82b9-4dc5-9443-28d464d3ac72', 'redis-eager-10002', '7ead4b5b-7485-4400-b9bd-973a2f0d1b11', 'heroku-redis:premium-0', '44e9d76e', '', 'provisioned', '2025-03-21 04:28:58+00', 'https://addons-sso.heroku.com/apps/8d089d67-1b4c-4c79-a46e-97468772a379/addons/29cb13f6-82b9-4dc5-9443-28d464d3ac72', 3, '5fd9e37f3f60c6c9de5869da0f4f0fda', '{"id": "29cb13f6-82b9-4dc5-9443-28d464d3ac72", "app": {"id": "8d089d67-1b4c-4c79-a46e-97468772a379", "name": "tidy-harbor-5"}, "name": "redis-eager-10002", "plan": {"id": "7ead4b5b-7485-4400-b9bd-973a2f0d1b11", "name": "heroku-redis:premium-0"}, "state": "provisioned", "actions": [], "web_url": "https://addons-sso.heroku.com/apps/8d089d67-1b4c-4c79-a46e-97468772a379/addons/29cb13f6-82b9-4dc5-9443-28d464d3ac72", "created_at": "2024-06-22T10:33:20Z", "updated_at": "2025-03-21T04:28:58Z", "config_vars": ["REDIS_URL"], "provider_id": "44e9d76e", "billed_price": {"unit": "month", "cents": "free", "contract": false}, "addon_service": {"id": "640605ab-4a7b-43df-917a-916fdf8a7e08", "name": "heroku-redis"}, "billing_entity": {"id": "8d089d67-1b4c-4c79-a46e-97468772a379", "name": "tidy-harbor-5", "type": "app"}, "provision_message": ""}', '2026-12-07 12:49:04.740364+00', NULL, 'update', NULL);
INSERT INTO __SCHEMA__.addons_history VALUES ('owner@sandbox.example', '[]', '640605ab-4a7b-43df-917a-916fdf8a7e08', 'heroku-redis', 'cfd62f3f-5169-4a6c-9f4b-4447ed3932b9', 'mighty-river-2', 'app', 'cfd62f3f-5169-4a6c-9f4b-4447ed3932b9', 'mighty-river-2', '1500', false, 'month', '["REDIS_URL"]', '2023-06-29 22:40:50+00', '0dcacc59-2c4a-48e3-83ff-4aa3de9ddb30', 'redis-quiet-10001', '7ead4b5b-7485-4400-b9bd-973a2f0d1b11', 'heroku-redis:premium-0', '4c05b8c9', 'Provisioned — ready in a minute ✓', 'provisioned', '2025-03-21 04:28:31+00', 'https://addons-sso.heroku.com/apps/cfd62f3f-5169-4a6c-9f4b-4447ed3932b9/addons/0dcacc59-2c4a-48e3-83ff-4aa3de9ddb30', 3, '240afdbc13302f9d616b2c9a5d75d96a', '{"id": "0dcacc59-2c4a-48e3-83ff-4aa3de9ddb30", "app": {"id": "cfd62f3f-5169-4a6c-9f4b-4447ed3932b9", "name": "mighty-river-2"}, "name": "redis-quiet-10001", "plan": {"id": "7ead4b5b-7485-4400-b9bd-973a2f0d1b11", "name": "heroku-redis:premium-0"}, "state": "provisioned", "actions": [], "web_url": "https://addons-sso.heroku.com/apps/cfd62f3f-5169-4a6c-9f4b-4447ed3932b9/addons/0dcacc59-2c4a-48e3-83ff-4aa3de9ddb30", "created_at": "2023-06-29T22:40:50Z", "updated_at": "2025-03-21T04:28:31Z", "config_vars": ["REDIS_URL"], "provider_id": "4c05b8c9", "billed_price": {"unit": "month", "cents": 1500, "contract": false}, "addon_service": {"id": "640605ab-4a7b-43df-917a-916fdf8a7e08", "name": "heroku-redis"}, "billing_entity": {"id": "cfd62f3f-5169-4a6c-9f4b-4447ed3932b9", "name": "mighty-river-2", "type": "app"}, "provision_message": "Provisioned — ready in a minute ✓"}', '2026-12-07 12:49:04.740364+00', '2026-12-07 12:49:04.740364+00', 'delete', NULL);


--
-- Data for Name: app_collaborators; Type: TABLE DATA; Schema: __SCHEMA__; Owner: -
--



--
-- Data for Name: app_collaborators_history; Type: TABLE DATA; Schema: __SCHEMA__; Owner: -
--



--
-- Data for Name: app_domains; Type: TABLE DATA; Schema: __SCHEMA__; Owner: -
--



--
-- Data for Name: app_domains_history; Type: TABLE DATA; Schema: __SCHEMA__; Owner: -
--



--
-- Data for Name: app_formation; Type: TABLE DATA; Schema: __SCHEMA__; Owner: -
--



--
-- Data for Name: app_formation_history; Type: TABLE DATA; Schema: __SCHEMA__; Owner: -
--



--
-- Data for Name: app_releases; Type: TABLE DATA; Schema: __SCHEMA__; Owner: -
--



--
-- Data for Name: app_releases_history; Type: TABLE DATA; Schema: __SCHEMA__; Owner: -
--



--
-- Data for Name: apps; Type: TABLE DATA; Schema: __SCHEMA__; Owner: -
--

INSERT INTO __SCHEMA__.apps VALUES ('owner@sandbox.example', true, NULL, 'PHP', '0d9bb829-23b8-4774-bfe7-a8ac6fe5c068', 'heroku-24', '2023-08-16 20:51:04+00', '0c5372bf-add6-4e76-a8a8-a42218e7ab6c', 'fir', 'https://git.heroku.com/nimble-mesa-4.git', '01a2431f-6f0f-4d07-b9e6-c14555e3bc67', NULL, false, 'nimble-mesa-4', 'acme-platform@herokumanager.com', '586c06e1-ed22-4481-8895-75858fe8ea56', '586c06e1-ed22-4481-8895-75858fe8ea56', 'acme-platform', '586c06e1-ed22-4481-8895-75858fe8ea56', 'acme-platform', 'd4d850a2-cddd-4fcd-a641-852bb1e2e5e9', 'us', NULL, 45742972, NULL, NULL, NULL, NULL, '0d9bb829-23b8-4774-bfe7-a8ac6fe5c068', 'heroku-24', '2024-11-25 14:30:18+00', 'https://nimble-mesa-4-7ed3b51c0524.herokuapp.com/', 1, '5a1f073b265d8a2730cd6bd3953ad15a', '{"id": "01a2431f-6f0f-4d07-b9e6-c14555e3bc67", "acm": true, "name": "nimble-mesa-4", "team": {"id": "586c06e1-ed22-4481-8895-75858fe8ea56", "name": "acme-platform"}, "owner": {"id": "586c06e1-ed22-4481-8895-75858fe8ea56", "email": "acme-platform@herokumanager.com"}, "space": null, "stack": {"id": "0d9bb829-23b8-4774-bfe7-a8ac6fe5c068", "name": "heroku-24"}, "region": {"id": "d4d850a2-cddd-4fcd-a641-852bb1e2e5e9", "name": "us"}, "git_url": "https://git.heroku.com/nimble-mesa-4.git", "web_url": "https://nimble-mesa-4-7ed3b51c0524.herokuapp.com/", "repo_size": 45742972, "slug_size": null, "created_at": "2023-08-16T20:51:04Z", "generation": {"id": "0c5372bf-add6-4e76-a8a8-a42218e7ab6c", "name": "fir"}, "updated_at": "2024-11-25T14:30:18Z", "archived_at": null, "build_stack": {"id": "0d9bb829-23b8-4774-bfe7-a8ac6fe5c068", "name": "heroku-24"}, "maintenance": false, "released_at": null, "organization": {"id": "586c06e1-ed22-4481-8895-75858fe8ea56", "name": "acme-platform"}, "sandbox_extra": 1, "internal_routing": null, "buildpack_provided_description": "PHP"}', 'c5ebf0ba2ec5938880a95b4adbbf3c60', 1, NULL);
INSERT INTO __SCHEMA__.apps VALUES ('owner@sandbox.example', true, NULL, 'Node.js ✓', 'e518cb96-c1b9-45a6-b393-9c9262e6445c', 'heroku-22', '2024-03-03 22:46:10+00', '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', 'https://git.heroku.com/happy-river-8.git', '26948731-1dd5-4f61-8745-d8a3b66b4847', NULL, false, 'happy-river-8', 'acme-platform@herokumanager.com', '586c06e1-ed22-4481-8895-75858fe8ea56', '586c06e1-ed22-4481-8895-75858fe8ea56', 'acme-platform', '586c06e1-ed22-4481-8895-75858fe8ea56', 'acme-platform', '49556e4f-a24b-4480-9054-b8edd0d7c78e', 'eu', '2024-11-25 18:02:53+00', NULL, 379739840, NULL, NULL, NULL, 'e518cb96-c1b9-45a6-b393-9c9262e6445c', 'heroku-22', '2024-11-25 18:12:53+00', 'https://happy-river-8-d62e9cce3586.herokuapp.com/', 1, '55278c9ff24b742fa61506ef12be2ddd', '{"id": "26948731-1dd5-4f61-8745-d8a3b66b4847", "acm": true, "name": "happy-river-8", "team": {"id": "586c06e1-ed22-4481-8895-75858fe8ea56", "name": "acme-platform"}, "owner": {"id": "586c06e1-ed22-4481-8895-75858fe8ea56", "email": "acme-platform@herokumanager.com"}, "space": null, "stack": {"id": "e518cb96-c1b9-45a6-b393-9c9262e6445c", "name": "heroku-22"}, "region": {"id": "49556e4f-a24b-4480-9054-b8edd0d7c78e", "name": "eu"}, "git_url": "https://git.heroku.com/happy-river-8.git", "web_url": "https://happy-river-8-d62e9cce3586.herokuapp.com/", "repo_size": null, "slug_size": 379739840, "created_at": "2024-03-03T22:46:10Z", "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "updated_at": "2024-11-25T18:12:53Z", "archived_at": null, "build_stack": {"id": "e518cb96-c1b9-45a6-b393-9c9262e6445c", "name": "heroku-22"}, "maintenance": false, "released_at": "2024-11-25T18:02:53Z", "organization": {"id": "586c06e1-ed22-4481-8895-75858fe8ea56", "name": "acme-platform"}, "internal_routing": null, "buildpack_provided_description": "Node.js ✓"}', '428cff5b01b904d29ce0b771436e8128', NULL, NULL);
INSERT INTO __SCHEMA__.apps VALUES ('owner@sandbox.example', false, NULL, NULL, '0d9bb829-23b8-4774-bfe7-a8ac6fe5c068', 'heroku-24', '2023-08-30 09:28:03+00', '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', 'https://git.heroku.com/tidy-harbor-5.git', '8d089d67-1b4c-4c79-a46e-97468772a379', NULL, false, 'tidy-harbor-5', 'owner@sandbox.example', '10acb33f-15ce-43ed-bb5c-31fcde9f1bf6', NULL, NULL, NULL, NULL, '49556e4f-a24b-4480-9054-b8edd0d7c78e', 'eu', '2024-11-25 14:57:14+00', NULL, 197895762, NULL, NULL, NULL, '0d9bb829-23b8-4774-bfe7-a8ac6fe5c068', 'heroku-24', '2024-11-25 15:07:14+00', 'https://tidy-harbor-5-e44b63e364d0.herokuapp.com/', 1, '2831883fd3b48d2ece66af19a2d0b35b', '{"id": "8d089d67-1b4c-4c79-a46e-97468772a379", "acm": false, "name": "tidy-harbor-5", "team": null, "owner": {"id": "10acb33f-15ce-43ed-bb5c-31fcde9f1bf6", "email": "owner@sandbox.example"}, "space": null, "stack": {"id": "0d9bb829-23b8-4774-bfe7-a8ac6fe5c068", "name": "heroku-24"}, "region": {"id": "49556e4f-a24b-4480-9054-b8edd0d7c78e", "name": "eu"}, "git_url": "https://git.heroku.com/tidy-harbor-5.git", "web_url": "https://tidy-harbor-5-e44b63e364d0.herokuapp.com/", "repo_size": null, "slug_size": 197895762, "created_at": "2023-08-30T09:28:03Z", "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "updated_at": "2024-11-25T15:07:14Z", "archived_at": null, "build_stack": {"id": "0d9bb829-23b8-4774-bfe7-a8ac6fe5c068", "name": "heroku-24"}, "maintenance": false, "released_at": "2024-11-25T14:57:14Z", "organization": null, "internal_routing": null, "buildpack_provided_description": null}', 'bce4671a7baceff482ce7eaa64080c53', NULL, NULL);
INSERT INTO __SCHEMA__.apps VALUES ('owner@sandbox.example', false, NULL, 'Node.js ✓', '0d9bb829-23b8-4774-bfe7-a8ac6fe5c068', 'heroku-24', '2023-11-30 02:59:10+00', '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', 'https://git.heroku.com/jolly-falcon-6.git', 'b4c3b1b5-8d36-4ff8-b561-a1ba4c8b6cd6', NULL, false, 'jolly-falcon-6', 'owner@sandbox.example', '10acb33f-15ce-43ed-bb5c-31fcde9f1bf6', NULL, NULL, NULL, NULL, '49556e4f-a24b-4480-9054-b8edd0d7c78e', 'eu', '2024-11-25 16:28:13+00', NULL, 30547108, NULL, NULL, NULL, '0d9bb829-23b8-4774-bfe7-a8ac6fe5c068', 'heroku-24', '2024-11-25 16:38:13+00', 'https://jolly-falcon-6-609d285fc554.herokuapp.com/', 1, '53f9c7c5d5c1c17526aefc605ba78935', '{"id": "b4c3b1b5-8d36-4ff8-b561-a1ba4c8b6cd6", "acm": false, "name": "jolly-falcon-6", "team": null, "owner": {"id": "10acb33f-15ce-43ed-bb5c-31fcde9f1bf6", "email": "owner@sandbox.example"}, "space": null, "stack": {"id": "0d9bb829-23b8-4774-bfe7-a8ac6fe5c068", "name": "heroku-24"}, "region": {"id": "49556e4f-a24b-4480-9054-b8edd0d7c78e", "name": "eu"}, "git_url": "https://git.heroku.com/jolly-falcon-6.git", "web_url": "https://jolly-falcon-6-609d285fc554.herokuapp.com/", "repo_size": null, "slug_size": 30547108, "created_at": "2023-11-30T02:59:10Z", "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "updated_at": "2024-11-25T16:38:13Z", "archived_at": null, "build_stack": {"id": "0d9bb829-23b8-4774-bfe7-a8ac6fe5c068", "name": "heroku-24"}, "maintenance": false, "released_at": "2024-11-25T16:28:13Z", "organization": null, "internal_routing": null, "buildpack_provided_description": "Node.js ✓"}', '37cef3178b461784fd9074eac1339900', NULL, NULL);
INSERT INTO __SCHEMA__.apps VALUES ('owner@sandbox.example', false, NULL, 'Node.js ✓', '0d9bb829-23b8-4774-bfe7-a8ac6fe5c068', 'heroku-24', '2023-06-04 09:18:56+00', '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', 'https://git.heroku.com/jolly-comet-7.git', 'd559ec8c-fa22-4d3f-bfa2-53fe41936abb', NULL, false, 'jolly-comet-7', 'acme-platform@herokumanager.com', '586c06e1-ed22-4481-8895-75858fe8ea56', '586c06e1-ed22-4481-8895-75858fe8ea56', 'acme-platform', '586c06e1-ed22-4481-8895-75858fe8ea56', 'acme-platform', '49556e4f-a24b-4480-9054-b8edd0d7c78e', 'eu', '2024-11-25 16:50:47+00', 78056779, NULL, NULL, NULL, NULL, '0d9bb829-23b8-4774-bfe7-a8ac6fe5c068', 'heroku-24', '2024-11-25 17:00:47+00', 'https://jolly-comet-7-12c56a146f89.herokuapp.com/', 1, 'be437ffbcee416a9f55f6e859a546fae', '{"id": "d559ec8c-fa22-4d3f-bfa2-53fe41936abb", "acm": false, "name": "jolly-comet-7", "team": {"id": "586c06e1-ed22-4481-8895-75858fe8ea56", "name": "acme-platform"}, "owner": {"id": "586c06e1-ed22-4481-8895-75858fe8ea56", "email": "acme-platform@herokumanager.com"}, "space": null, "stack": {"id": "0d9bb829-23b8-4774-bfe7-a8ac6fe5c068", "name": "heroku-24"}, "region": {"id": "49556e4f-a24b-4480-9054-b8edd0d7c78e", "name": "eu"}, "git_url": "https://git.heroku.com/jolly-comet-7.git", "web_url": "https://jolly-comet-7-12c56a146f89.herokuapp.com/", "repo_size": 78056779, "slug_size": null, "created_at": "2023-06-04T09:18:56Z", "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "updated_at": "2024-11-25T17:00:47Z", "archived_at": null, "build_stack": {"id": "0d9bb829-23b8-4774-bfe7-a8ac6fe5c068", "name": "heroku-24"}, "maintenance": false, "released_at": "2024-11-25T16:50:47Z", "organization": {"id": "586c06e1-ed22-4481-8895-75858fe8ea56", "name": "acme-platform"}, "internal_routing": null, "buildpack_provided_description": "Node.js ✓"}', '1ab422157f58a9a60da206d99b76bd29', NULL, NULL);
INSERT INTO __SCHEMA__.apps VALUES ('owner@sandbox.example', false, NULL, 'Java', '0d9bb829-23b8-4774-bfe7-a8ac6fe5c068', 'heroku-24', '2023-11-11 01:46:45+00', '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', 'https://git.heroku.com/brave-glacier-3.git', 'a01db8af-2d4b-4d88-bb67-0c764f4e4b75', NULL, false, 'brave-glacier-3', 'acme-platform@herokumanager.com', '586c06e1-ed22-4481-8895-75858fe8ea56', '586c06e1-ed22-4481-8895-75858fe8ea56', 'acme-platform', '586c06e1-ed22-4481-8895-75858fe8ea56', 'acme-platform', '49556e4f-a24b-4480-9054-b8edd0d7c78e', 'eu', '2024-11-25 12:50:50+00', 1234.5, 344782992, NULL, NULL, NULL, '0d9bb829-23b8-4774-bfe7-a8ac6fe5c068', 'heroku-24', '2024-11-25 13:00:50+00', 'https://brave-glacier-3-19659115f386.herokuapp.com/', 2, 'a42514b168d8c9450ac4fc204e45c9dc', '{"id": "a01db8af-2d4b-4d88-bb67-0c764f4e4b75", "acm": false, "name": "brave-glacier-3", "team": {"id": "586c06e1-ed22-4481-8895-75858fe8ea56", "name": "acme-platform"}, "owner": {"id": "586c06e1-ed22-4481-8895-75858fe8ea56", "email": "acme-platform@herokumanager.com"}, "space": null, "stack": {"id": "0d9bb829-23b8-4774-bfe7-a8ac6fe5c068", "name": "heroku-24"}, "region": {"id": "49556e4f-a24b-4480-9054-b8edd0d7c78e", "name": "eu"}, "git_url": "https://git.heroku.com/brave-glacier-3.git", "web_url": "https://brave-glacier-3-19659115f386.herokuapp.com/", "repo_size": 1234.5, "slug_size": 344782992, "created_at": "2023-11-11T01:46:45Z", "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "updated_at": "2024-11-25T13:00:50Z", "archived_at": null, "build_stack": {"id": "0d9bb829-23b8-4774-bfe7-a8ac6fe5c068", "name": "heroku-24"}, "maintenance": false, "released_at": "2024-11-25T12:50:50Z", "organization": {"id": "586c06e1-ed22-4481-8895-75858fe8ea56", "name": "acme-platform"}, "internal_routing": null, "buildpack_provided_description": "Java"}', '4f38d87dac5e1dcec3030e784f5d61a9', NULL, NULL);
INSERT INTO __SCHEMA__.apps VALUES ('owner@sandbox.example', false, NULL, 'Ruby', 'e518cb96-c1b9-45a6-b393-9c9262e6445c', 'heroku-22', '2023-11-19 05:39:15+00', '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', 'https://git.heroku.com/renamed-in-load-2.git', 'ff5d2bef-97b8-40c8-8253-703e49b89691', NULL, false, 'renamed-in-load-2', 'owner@sandbox.example', '10acb33f-15ce-43ed-bb5c-31fcde9f1bf6', NULL, NULL, NULL, NULL, 'd4d850a2-cddd-4fcd-a641-852bb1e2e5e9', 'us', '2024-11-25 10:39:35+00', 25764272, 185569949, NULL, NULL, NULL, 'e518cb96-c1b9-45a6-b393-9c9262e6445c', 'heroku-22', '2026-01-01 00:01:00+00', 'https://nimble-nebula-1-fc4914e83b03.herokuapp.com/', 2, '7cc68615c3d85f250f64f35068ede5e5', '{"id": "ff5d2bef-97b8-40c8-8253-703e49b89691", "acm": false, "name": "renamed-in-load-2", "team": null, "owner": {"id": "10acb33f-15ce-43ed-bb5c-31fcde9f1bf6", "email": "owner@sandbox.example"}, "space": null, "stack": {"id": "e518cb96-c1b9-45a6-b393-9c9262e6445c", "name": "heroku-22"}, "region": {"id": "d4d850a2-cddd-4fcd-a641-852bb1e2e5e9", "name": "us"}, "git_url": "https://git.heroku.com/renamed-in-load-2.git", "web_url": "https://nimble-nebula-1-fc4914e83b03.herokuapp.com/", "repo_size": 25764272, "slug_size": 185569949, "created_at": "2023-11-19T05:39:15Z", "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "updated_at": "2026-01-01T00:01:00Z", "archived_at": null, "build_stack": {"id": "e518cb96-c1b9-45a6-b393-9c9262e6445c", "name": "heroku-22"}, "maintenance": false, "released_at": "2024-11-25T10:39:35Z", "organization": null, "internal_routing": null, "buildpack_provided_description": "Ruby"}', '220e530f41bd72c3fd6bef8cb76a4b71', NULL, NULL);
INSERT INTO __SCHEMA__.apps VALUES ('owner@sandbox.example', false, NULL, 'Python', 'e518cb96-c1b9-45a6-b393-9c9262e6445c', 'heroku-22', '2026-01-01 00:02:00+00', '0c5372bf-add6-4e76-a8a8-a42218e7ab6c', 'fir', 'https://git.heroku.com/added-in-load-3.git', 'aac22978-fa01-49e1-9a0a-a7a49c4ae5ad', NULL, false, 'added-in-load-3', 'owner@sandbox.example', '10acb33f-15ce-43ed-bb5c-31fcde9f1bf6', NULL, NULL, NULL, NULL, '49556e4f-a24b-4480-9054-b8edd0d7c78e', 'eu', '2024-11-25 19:26:53+00', 13955789, 159000006, NULL, NULL, NULL, 'e518cb96-c1b9-45a6-b393-9c9262e6445c', 'heroku-22', '2026-01-01 00:02:00+00', 'https://added-in-load-3-38a8b38cafa7.herokuapp.com/', 3, '4a040ab60b84f5634b735106f6ad9a0f', '{"id": "aac22978-fa01-49e1-9a0a-a7a49c4ae5ad", "acm": false, "name": "added-in-load-3", "team": null, "owner": {"id": "10acb33f-15ce-43ed-bb5c-31fcde9f1bf6", "email": "owner@sandbox.example"}, "space": null, "stack": {"id": "e518cb96-c1b9-45a6-b393-9c9262e6445c", "name": "heroku-22"}, "region": {"id": "49556e4f-a24b-4480-9054-b8edd0d7c78e", "name": "eu"}, "git_url": "https://git.heroku.com/added-in-load-3.git", "web_url": "https://added-in-load-3-38a8b38cafa7.herokuapp.com/", "repo_size": 13955789, "slug_size": 159000006, "created_at": "2026-01-01T00:02:00Z", "generation": {"id": "0c5372bf-add6-4e76-a8a8-a42218e7ab6c", "name": "fir"}, "updated_at": "2026-01-01T00:02:00Z", "archived_at": null, "build_stack": {"id": "e518cb96-c1b9-45a6-b393-9c9262e6445c", "name": "heroku-22"}, "maintenance": false, "released_at": "2024-11-25T19:26:53Z", "organization": null, "internal_routing": null, "buildpack_provided_description": "Python"}', '5423b6797e85d7155566238331e9484e', NULL, NULL);


--
-- Data for Name: apps_history; Type: TABLE DATA; Schema: __SCHEMA__; Owner: -
--

INSERT INTO __SCHEMA__.apps_history VALUES ('owner@sandbox.example', true, NULL, 'PHP', '0d9bb829-23b8-4774-bfe7-a8ac6fe5c068', 'heroku-24', '2023-08-16 20:51:04+00', '0c5372bf-add6-4e76-a8a8-a42218e7ab6c', 'fir', 'https://git.heroku.com/nimble-mesa-4.git', '01a2431f-6f0f-4d07-b9e6-c14555e3bc67', NULL, false, 'nimble-mesa-4', 'acme-platform@herokumanager.com', '586c06e1-ed22-4481-8895-75858fe8ea56', '586c06e1-ed22-4481-8895-75858fe8ea56', 'acme-platform', '586c06e1-ed22-4481-8895-75858fe8ea56', 'acme-platform', 'd4d850a2-cddd-4fcd-a641-852bb1e2e5e9', 'us', NULL, 45742972, NULL, NULL, NULL, NULL, '0d9bb829-23b8-4774-bfe7-a8ac6fe5c068', 'heroku-24', '2024-11-25 14:30:18+00', 'https://nimble-mesa-4-7ed3b51c0524.herokuapp.com/', 1, '5a1f073b265d8a2730cd6bd3953ad15a', '{"id": "01a2431f-6f0f-4d07-b9e6-c14555e3bc67", "acm": true, "name": "nimble-mesa-4", "team": {"id": "586c06e1-ed22-4481-8895-75858fe8ea56", "name": "acme-platform"}, "owner": {"id": "586c06e1-ed22-4481-8895-75858fe8ea56", "email": "acme-platform@herokumanager.com"}, "space": null, "stack": {"id": "0d9bb829-23b8-4774-bfe7-a8ac6fe5c068", "name": "heroku-24"}, "region": {"id": "d4d850a2-cddd-4fcd-a641-852bb1e2e5e9", "name": "us"}, "git_url": "https://git.heroku.com/nimble-mesa-4.git", "web_url": "https://nimble-mesa-4-7ed3b51c0524.herokuapp.com/", "repo_size": 45742972, "slug_size": null, "created_at": "2023-08-16T20:51:04Z", "generation": {"id": "0c5372bf-add6-4e76-a8a8-a42218e7ab6c", "name": "fir"}, "updated_at": "2024-11-25T14:30:18Z", "archived_at": null, "build_stack": {"id": "0d9bb829-23b8-4774-bfe7-a8ac6fe5c068", "name": "heroku-24"}, "maintenance": false, "released_at": null, "organization": {"id": "586c06e1-ed22-4481-8895-75858fe8ea56", "name": "acme-platform"}, "sandbox_extra": 1, "internal_routing": null, "buildpack_provided_description": "PHP"}', '2026-12-07 12:49:04.399985+00', NULL, 'insert', 1, NULL);
INSERT INTO __SCHEMA__.apps_history VALUES ('owner@sandbox.example', true, NULL, 'Node.js ✓', 'e518cb96-c1b9-45a6-b393-9c9262e6445c', 'heroku-22', '2024-03-03 22:46:10+00', '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', 'https://git.heroku.com/happy-river-8.git', '26948731-1dd5-4f61-8745-d8a3b66b4847', NULL, false, 'happy-river-8', 'acme-platform@herokumanager.com', '586c06e1-ed22-4481-8895-75858fe8ea56', '586c06e1-ed22-4481-8895-75858fe8ea56', 'acme-platform', '586c06e1-ed22-4481-8895-75858fe8ea56', 'acme-platform', '49556e4f-a24b-4480-9054-b8edd0d7c78e', 'eu', '2024-11-25 18:02:53+00', NULL, 379739840, NULL, NULL, NULL, 'e518cb96-c1b9-45a6-b393-9c9262e6445c', 'heroku-22', '2024-11-25 18:12:53+00', 'https://happy-river-8-d62e9cce3586.herokuapp.com/', 1, '55278c9ff24b742fa61506ef12be2ddd', '{"id": "26948731-1dd5-4f61-8745-d8a3b66b4847", "acm": true, "name": "happy-river-8", "team": {"id": "586c06e1-ed22-4481-8895-75858fe8ea56", "name": "acme-platform"}, "owner": {"id": "586c06e1-ed22-4481-8895-75858fe8ea56", "email": "acme-platform@herokumanager.com"}, "space": null, "stack": {"id": "e518cb96-c1b9-45a6-b393-9c9262e6445c", "name": "heroku-22"}, "region": {"id": "49556e4f-a24b-4480-9054-b8edd0d7c78e", "name": "eu"}, "git_url": "https://git.heroku.com/happy-river-8.git", "web_url": "https://happy-river-8-d62e9cce3586.herokuapp.com/", "repo_size": null, "slug_size": 379739840, "created_at": "2024-03-03T22:46:10Z", "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "updated_at": "2024-11-25T18:12:53Z", "archived_at": null, "build_stack": {"id": "e518cb96-c1b9-45a6-b393-9c9262e6445c", "name": "heroku-22"}, "maintenance": false, "released_at": "2024-11-25T18:02:53Z", "organization": {"id": "586c06e1-ed22-4481-8895-75858fe8ea56", "name": "acme-platform"}, "internal_routing": null, "buildpack_provided_description": "Node.js ✓"}', '2026-12-07 12:49:04.399985+00', NULL, 'insert', NULL, NULL);
INSERT INTO __SCHEMA__.apps_history VALUES ('owner@sandbox.example', false, NULL, NULL, '0d9bb829-23b8-4774-bfe7-a8ac6fe5c068', 'heroku-24', '2023-08-30 09:28:03+00', '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', 'https://git.heroku.com/tidy-harbor-5.git', '8d089d67-1b4c-4c79-a46e-97468772a379', NULL, false, 'tidy-harbor-5', 'owner@sandbox.example', '10acb33f-15ce-43ed-bb5c-31fcde9f1bf6', NULL, NULL, NULL, NULL, '49556e4f-a24b-4480-9054-b8edd0d7c78e', 'eu', '2024-11-25 14:57:14+00', NULL, 197895762, NULL, NULL, NULL, '0d9bb829-23b8-4774-bfe7-a8ac6fe5c068', 'heroku-24', '2024-11-25 15:07:14+00', 'https://tidy-harbor-5-e44b63e364d0.herokuapp.com/', 1, '2831883fd3b48d2ece66af19a2d0b35b', '{"id": "8d089d67-1b4c-4c79-a46e-97468772a379", "acm": false, "name": "tidy-harbor-5", "team": null, "owner": {"id": "10acb33f-15ce-43ed-bb5c-31fcde9f1bf6", "email": "owner@sandbox.example"}, "space": null, "stack": {"id": "0d9bb829-23b8-4774-bfe7-a8ac6fe5c068", "name": "heroku-24"}, "region": {"id": "49556e4f-a24b-4480-9054-b8edd0d7c78e", "name": "eu"}, "git_url": "https://git.heroku.com/tidy-harbor-5.git", "web_url": "https://tidy-harbor-5-e44b63e364d0.herokuapp.com/", "repo_size": null, "slug_size": 197895762, "created_at": "2023-08-30T09:28:03Z", "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "updated_at": "2024-11-25T15:07:14Z", "archived_at": null, "build_stack": {"id": "0d9bb829-23b8-4774-bfe7-a8ac6fe5c068", "name": "heroku-24"}, "maintenance": false, "released_at": "2024-11-25T14:57:14Z", "organization": null, "internal_routing": null, "buildpack_provided_description": null}', '2026-12-07 12:49:04.399985+00', NULL, 'insert', NULL, NULL);
INSERT INTO __SCHEMA__.apps_history VALUES ('owner@sandbox.example', false, NULL, 'Node.js ✓', '0d9bb829-23b8-4774-bfe7-a8ac6fe5c068', 'heroku-24', '2023-11-30 02:59:10+00', '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', 'https://git.heroku.com/jolly-falcon-6.git', 'b4c3b1b5-8d36-4ff8-b561-a1ba4c8b6cd6', NULL, false, 'jolly-falcon-6', 'owner@sandbox.example', '10acb33f-15ce-43ed-bb5c-31fcde9f1bf6', NULL, NULL, NULL, NULL, '49556e4f-a24b-4480-9054-b8edd0d7c78e', 'eu', '2024-11-25 16:28:13+00', NULL, 30547108, NULL, NULL, NULL, '0d9bb829-23b8-4774-bfe7-a8ac6fe5c068', 'heroku-24', '2024-11-25 16:38:13+00', 'https://jolly-falcon-6-609d285fc554.herokuapp.com/', 1, '53f9c7c5d5c1c17526aefc605ba78935', '{"id": "b4c3b1b5-8d36-4ff8-b561-a1ba4c8b6cd6", "acm": false, "name": "jolly-falcon-6", "team": null, "owner": {"id": "10acb33f-15ce-43ed-bb5c-31fcde9f1bf6", "email": "owner@sandbox.example"}, "space": null, "stack": {"id": "0d9bb829-23b8-4774-bfe7-a8ac6fe5c068", "name": "heroku-24"}, "region": {"id": "49556e4f-a24b-4480-9054-b8edd0d7c78e", "name": "eu"}, "git_url": "https://git.heroku.com/jolly-falcon-6.git", "web_url": "https://jolly-falcon-6-609d285fc554.herokuapp.com/", "repo_size": null, "slug_size": 30547108, "created_at": "2023-11-30T02:59:10Z", "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "updated_at": "2024-11-25T16:38:13Z", "archived_at": null, "build_stack": {"id": "0d9bb829-23b8-4774-bfe7-a8ac6fe5c068", "name": "heroku-24"}, "maintenance": false, "released_at": "2024-11-25T16:28:13Z", "organization": null, "internal_routing": null, "buildpack_provided_description": "Node.js ✓"}', '2026-12-07 12:49:04.399985+00', NULL, 'insert', NULL, NULL);
INSERT INTO __SCHEMA__.apps_history VALUES ('owner@sandbox.example', false, NULL, 'Node.js ✓', '0d9bb829-23b8-4774-bfe7-a8ac6fe5c068', 'heroku-24', '2023-06-04 09:18:56+00', '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', 'https://git.heroku.com/jolly-comet-7.git', 'd559ec8c-fa22-4d3f-bfa2-53fe41936abb', NULL, false, 'jolly-comet-7', 'acme-platform@herokumanager.com', '586c06e1-ed22-4481-8895-75858fe8ea56', '586c06e1-ed22-4481-8895-75858fe8ea56', 'acme-platform', '586c06e1-ed22-4481-8895-75858fe8ea56', 'acme-platform', '49556e4f-a24b-4480-9054-b8edd0d7c78e', 'eu', '2024-11-25 16:50:47+00', 78056779, NULL, NULL, NULL, NULL, '0d9bb829-23b8-4774-bfe7-a8ac6fe5c068', 'heroku-24', '2024-11-25 17:00:47+00', 'https://jolly-comet-7-12c56a146f89.herokuapp.com/', 1, 'be437ffbcee416a9f55f6e859a546fae', '{"id": "d559ec8c-fa22-4d3f-bfa2-53fe41936abb", "acm": false, "name": "jolly-comet-7", "team": {"id": "586c06e1-ed22-4481-8895-75858fe8ea56", "name": "acme-platform"}, "owner": {"id": "586c06e1-ed22-4481-8895-75858fe8ea56", "email": "acme-platform@herokumanager.com"}, "space": null, "stack": {"id": "0d9bb829-23b8-4774-bfe7-a8ac6fe5c068", "name": "heroku-24"}, "region": {"id": "49556e4f-a24b-4480-9054-b8edd0d7c78e", "name": "eu"}, "git_url": "https://git.heroku.com/jolly-comet-7.git", "web_url": "https://jolly-comet-7-12c56a146f89.herokuapp.com/", "repo_size": 78056779, "slug_size": null, "created_at": "2023-06-04T09:18:56Z", "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "updated_at": "2024-11-25T17:00:47Z", "archived_at": null, "build_stack": {"id": "0d9bb829-23b8-4774-bfe7-a8ac6fe5c068", "name": "heroku-24"}, "maintenance": false, "released_at": "2024-11-25T16:50:47Z", "organization": {"id": "586c06e1-ed22-4481-8895-75858fe8ea56", "name": "acme-platform"}, "internal_routing": null, "buildpack_provided_description": "Node.js ✓"}', '2026-12-07 12:49:04.399985+00', NULL, 'insert', NULL, NULL);
INSERT INTO __SCHEMA__.apps_history VALUES ('owner@sandbox.example', false, NULL, 'Java', '0d9bb829-23b8-4774-bfe7-a8ac6fe5c068', 'heroku-24', '2023-11-11 01:46:45+00', '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', 'https://git.heroku.com/brave-glacier-3.git', 'a01db8af-2d4b-4d88-bb67-0c764f4e4b75', NULL, false, 'brave-glacier-3', 'acme-platform@herokumanager.com', '586c06e1-ed22-4481-8895-75858fe8ea56', '586c06e1-ed22-4481-8895-75858fe8ea56', 'acme-platform', '586c06e1-ed22-4481-8895-75858fe8ea56', 'acme-platform', '49556e4f-a24b-4480-9054-b8edd0d7c78e', 'eu', '2024-11-25 12:50:50+00', 28638818, 344782992, NULL, NULL, NULL, '0d9bb829-23b8-4774-bfe7-a8ac6fe5c068', 'heroku-24', '2024-11-25 13:00:50+00', 'https://brave-glacier-3-19659115f386.herokuapp.com/', 1, '982c75c3b96374d52daa356961e9e782', '{"id": "a01db8af-2d4b-4d88-bb67-0c764f4e4b75", "acm": false, "name": "brave-glacier-3", "team": {"id": "586c06e1-ed22-4481-8895-75858fe8ea56", "name": "acme-platform"}, "owner": {"id": "586c06e1-ed22-4481-8895-75858fe8ea56", "email": "acme-platform@herokumanager.com"}, "space": null, "stack": {"id": "0d9bb829-23b8-4774-bfe7-a8ac6fe5c068", "name": "heroku-24"}, "region": {"id": "49556e4f-a24b-4480-9054-b8edd0d7c78e", "name": "eu"}, "git_url": "https://git.heroku.com/brave-glacier-3.git", "web_url": "https://brave-glacier-3-19659115f386.herokuapp.com/", "repo_size": 28638818, "slug_size": 344782992, "created_at": "2023-11-11T01:46:45Z", "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "updated_at": "2024-11-25T13:00:50Z", "archived_at": null, "build_stack": {"id": "0d9bb829-23b8-4774-bfe7-a8ac6fe5c068", "name": "heroku-24"}, "maintenance": false, "released_at": "2024-11-25T12:50:50Z", "organization": {"id": "586c06e1-ed22-4481-8895-75858fe8ea56", "name": "acme-platform"}, "internal_routing": null, "buildpack_provided_description": "Java"}', '2026-12-07 12:49:04.399985+00', '2026-12-07 12:49:04.560939+00', 'insert', NULL, NULL);
INSERT INTO __SCHEMA__.apps_history VALUES ('owner@sandbox.example', false, NULL, 'Ruby', 'e518cb96-c1b9-45a6-b393-9c9262e6445c', 'heroku-22', '2023-11-19 05:39:15+00', '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', 'https://git.heroku.com/nimble-nebula-1.git', 'ff5d2bef-97b8-40c8-8253-703e49b89691', NULL, false, 'nimble-nebula-1', 'owner@sandbox.example', '10acb33f-15ce-43ed-bb5c-31fcde9f1bf6', NULL, NULL, NULL, NULL, 'd4d850a2-cddd-4fcd-a641-852bb1e2e5e9', 'us', '2024-11-25 10:39:35+00', 25764272, 185569949, NULL, NULL, NULL, 'e518cb96-c1b9-45a6-b393-9c9262e6445c', 'heroku-22', '2024-11-25 10:49:35+00', 'https://nimble-nebula-1-fc4914e83b03.herokuapp.com/', 1, 'd4fa1a9a7a10c8e523e5de92874327b5', '{"id": "ff5d2bef-97b8-40c8-8253-703e49b89691", "acm": false, "name": "nimble-nebula-1", "team": null, "owner": {"id": "10acb33f-15ce-43ed-bb5c-31fcde9f1bf6", "email": "owner@sandbox.example"}, "space": null, "stack": {"id": "e518cb96-c1b9-45a6-b393-9c9262e6445c", "name": "heroku-22"}, "region": {"id": "d4d850a2-cddd-4fcd-a641-852bb1e2e5e9", "name": "us"}, "git_url": "https://git.heroku.com/nimble-nebula-1.git", "web_url": "https://nimble-nebula-1-fc4914e83b03.herokuapp.com/", "repo_size": 25764272, "slug_size": 185569949, "created_at": "2023-11-19T05:39:15Z", "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "updated_at": "2024-11-25T10:49:35Z", "archived_at": null, "build_stack": {"id": "e518cb96-c1b9-45a6-b393-9c9262e6445c", "name": "heroku-22"}, "maintenance": false, "released_at": "2024-11-25T10:39:35Z", "organization": null, "internal_routing": null, "buildpack_provided_description": "Ruby"}', '2026-12-07 12:49:04.399985+00', '2026-12-07 12:49:04.560939+00', 'insert', NULL, NULL);
INSERT INTO __SCHEMA__.apps_history VALUES ('owner@sandbox.example', false, NULL, 'Java', '0d9bb829-23b8-4774-bfe7-a8ac6fe5c068', 'heroku-24', '2023-11-04 04:20:23+00', '0c5372bf-add6-4e76-a8a8-a42218e7ab6c', 'fir', 'https://git.heroku.com/mighty-river-2.git', 'cfd62f3f-5169-4a6c-9f4b-4447ed3932b9', NULL, false, 'mighty-river-2', 'acme-platform@herokumanager.com', '586c06e1-ed22-4481-8895-75858fe8ea56', '586c06e1-ed22-4481-8895-75858fe8ea56', 'acme-platform', '586c06e1-ed22-4481-8895-75858fe8ea56', 'acme-platform', 'd4d850a2-cddd-4fcd-a641-852bb1e2e5e9', 'us', '2024-11-25 12:01:06+00', 52250166, 127957820, NULL, NULL, NULL, '0d9bb829-23b8-4774-bfe7-a8ac6fe5c068', 'heroku-24', '2024-11-25 12:11:06+00', 'https://mighty-river-2-de5b1b1f6a2e.herokuapp.com/', 1, '7174064c8af8b094a690b14b94466a61', '{"id": "cfd62f3f-5169-4a6c-9f4b-4447ed3932b9", "acm": false, "name": "mighty-river-2", "team": {"id": "586c06e1-ed22-4481-8895-75858fe8ea56", "name": "acme-platform"}, "owner": {"id": "586c06e1-ed22-4481-8895-75858fe8ea56", "email": "acme-platform@herokumanager.com"}, "space": null, "stack": {"id": "0d9bb829-23b8-4774-bfe7-a8ac6fe5c068", "name": "heroku-24"}, "region": {"id": "d4d850a2-cddd-4fcd-a641-852bb1e2e5e9", "name": "us"}, "git_url": "https://git.heroku.com/mighty-river-2.git", "web_url": "https://mighty-river-2-de5b1b1f6a2e.herokuapp.com/", "repo_size": 52250166, "slug_size": 127957820, "created_at": "2023-11-04T04:20:23Z", "generation": {"id": "0c5372bf-add6-4e76-a8a8-a42218e7ab6c", "name": "fir"}, "updated_at": "2024-11-25T12:11:06Z", "archived_at": null, "build_stack": {"id": "0d9bb829-23b8-4774-bfe7-a8ac6fe5c068", "name": "heroku-24"}, "maintenance": false, "released_at": "2024-11-25T12:01:06Z", "organization": {"id": "586c06e1-ed22-4481-8895-75858fe8ea56", "name": "acme-platform"}, "internal_routing": null, "buildpack_provided_description": "Java"}', '2026-12-07 12:49:04.399985+00', '2026-12-07 12:49:04.740364+00', 'insert', NULL, NULL);
INSERT INTO __SCHEMA__.apps_history VALUES ('owner@sandbox.example', false, NULL, 'Java', '0d9bb829-23b8-4774-bfe7-a8ac6fe5c068', 'heroku-24', '2023-11-11 01:46:45+00', '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', 'https://git.heroku.com/brave-glacier-3.git', 'a01db8af-2d4b-4d88-bb67-0c764f4e4b75', NULL, false, 'brave-glacier-3', 'acme-platform@herokumanager.com', '586c06e1-ed22-4481-8895-75858fe8ea56', '586c06e1-ed22-4481-8895-75858fe8ea56', 'acme-platform', '586c06e1-ed22-4481-8895-75858fe8ea56', 'acme-platform', '49556e4f-a24b-4480-9054-b8edd0d7c78e', 'eu', '2024-11-25 12:50:50+00', 1234.5, 344782992, NULL, NULL, NULL, '0d9bb829-23b8-4774-bfe7-a8ac6fe5c068', 'heroku-24', '2024-11-25 13:00:50+00', 'https://brave-glacier-3-19659115f386.herokuapp.com/', 2, 'a42514b168d8c9450ac4fc204e45c9dc', '{"id": "a01db8af-2d4b-4d88-bb67-0c764f4e4b75", "acm": false, "name": "brave-glacier-3", "team": {"id": "586c06e1-ed22-4481-8895-75858fe8ea56", "name": "acme-platform"}, "owner": {"id": "586c06e1-ed22-4481-8895-75858fe8ea56", "email": "acme-platform@herokumanager.com"}, "space": null, "stack": {"id": "0d9bb829-23b8-4774-bfe7-a8ac6fe5c068", "name": "heroku-24"}, "region": {"id": "49556e4f-a24b-4480-9054-b8edd0d7c78e", "name": "eu"}, "git_url": "https://git.heroku.com/brave-glacier-3.git", "web_url": "https://brave-glacier-3-19659115f386.herokuapp.com/", "repo_size": 1234.5, "slug_size": 344782992, "created_at": "2023-11-11T01:46:45Z", "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "updated_at": "2024-11-25T13:00:50Z", "archived_at": null, "build_stack": {"id": "0d9bb829-23b8-4774-bfe7-a8ac6fe5c068", "name": "heroku-24"}, "maintenance": false, "released_at": "2024-11-25T12:50:50Z", "organization": {"id": "586c06e1-ed22-4481-8895-75858fe8ea56", "name": "acme-platform"}, "internal_routing": null, "buildpack_provided_description": "Java"}', '2026-12-07 12:49:04.560939+00', NULL, 'update', NULL, NULL);
INSERT INTO __SCHEMA__.apps_history VALUES ('owner@sandbox.example', false, NULL, 'Ruby', 'e518cb96-c1b9-45a6-b393-9c9262e6445c', 'heroku-22', '2023-11-19 05:39:15+00', '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', 'https://git.heroku.com/renamed-in-load-2.git', 'ff5d2bef-97b8-40c8-8253-703e49b89691', NULL, false, 'renamed-in-load-2', 'owner@sandbox.example', '10acb33f-15ce-43ed-bb5c-31fcde9f1bf6', NULL, NULL, NULL, NULL, 'd4d850a2-cddd-4fcd-a641-852bb1e2e5e9', 'us', '2024-11-25 10:39:35+00', 25764272, 185569949, NULL, NULL, NULL, 'e518cb96-c1b9-45a6-b393-9c9262e6445c', 'heroku-22', '2026-01-01 00:01:00+00', 'https://nimble-nebula-1-fc4914e83b03.herokuapp.com/', 2, '7cc68615c3d85f250f64f35068ede5e5', '{"id": "ff5d2bef-97b8-40c8-8253-703e49b89691", "acm": false, "name": "renamed-in-load-2", "team": null, "owner": {"id": "10acb33f-15ce-43ed-bb5c-31fcde9f1bf6", "email": "owner@sandbox.example"}, "space": null, "stack": {"id": "e518cb96-c1b9-45a6-b393-9c9262e6445c", "name": "heroku-22"}, "region": {"id": "d4d850a2-cddd-4fcd-a641-852bb1e2e5e9", "name": "us"}, "git_url": "https://git.heroku.com/renamed-in-load-2.git", "web_url": "https://nimble-nebula-1-fc4914e83b03.herokuapp.com/", "repo_size": 25764272, "slug_size": 185569949, "created_at": "2023-11-19T05:39:15Z", "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "updated_at": "2026-01-01T00:01:00Z", "archived_at": null, "build_stack": {"id": "e518cb96-c1b9-45a6-b393-9c9262e6445c", "name": "heroku-22"}, "maintenance": false, "released_at": "2024-11-25T10:39:35Z", "organization": null, "internal_routing": null, "buildpack_provided_description": "Ruby"}', '2026-12-07 12:49:04.560939+00', NULL, 'update', NULL, NULL);
INSERT INTO __SCHEMA__.apps_history VALUES ('owner@sandbox.example', false, NULL, 'Python', 'e518cb96-c1b9-45a6-b393-9c9262e6445c', 'heroku-22', '2026-01-01 00:02:00+00', '0c5372bf-add6-4e76-a8a8-a42218e7ab6c', 'fir', 'https://git.heroku.com/added-in-load-3.git', 'aac22978-fa01-49e1-9a0a-a7a49c4ae5ad', NULL, false, 'added-in-load-3', 'owner@sandbox.example', '10acb33f-15ce-43ed-bb5c-31fcde9f1bf6', NULL, NULL, NULL, NULL, '49556e4f-a24b-4480-9054-b8edd0d7c78e', 'eu', '2024-11-25 19:26:53+00', 13955789, 159000006, NULL, NULL, NULL, 'e518cb96-c1b9-45a6-b393-9c9262e6445c', 'heroku-22', '2026-01-01 00:02:00+00', 'https://added-in-load-3-38a8b38cafa7.herokuapp.com/', 3, '4a040ab60b84f5634b735106f6ad9a0f', '{"id": "aac22978-fa01-49e1-9a0a-a7a49c4ae5ad", "acm": false, "name": "added-in-load-3", "team": null, "owner": {"id": "10acb33f-15ce-43ed-bb5c-31fcde9f1bf6", "email": "owner@sandbox.example"}, "space": null, "stack": {"id": "e518cb96-c1b9-45a6-b393-9c9262e6445c", "name": "heroku-22"}, "region": {"id": "49556e4f-a24b-4480-9054-b8edd0d7c78e", "name": "eu"}, "git_url": "https://git.heroku.com/added-in-load-3.git", "web_url": "https://added-in-load-3-38a8b38cafa7.herokuapp.com/", "repo_size": 13955789, "slug_size": 159000006, "created_at": "2026-01-01T00:02:00Z", "generation": {"id": "0c5372bf-add6-4e76-a8a8-a42218e7ab6c", "name": "fir"}, "updated_at": "2026-01-01T00:02:00Z", "archived_at": null, "build_stack": {"id": "e518cb96-c1b9-45a6-b393-9c9262e6445c", "name": "heroku-22"}, "maintenance": false, "released_at": "2024-11-25T19:26:53Z", "organization": null, "internal_routing": null, "buildpack_provided_description": "Python"}', '2026-12-07 12:49:04.740364+00', NULL, 'insert', NULL, NULL);
INSERT INTO __SCHEMA__.apps_history VALUES ('owner@sandbox.example', false, NULL, 'Java', '0d9bb829-23b8-4774-bfe7-a8ac6fe5c068', 'heroku-24', '2023-11-04 04:20:23+00', '0c5372bf-add6-4e76-a8a8-a42218e7ab6c', 'fir', 'https://git.heroku.com/mighty-river-2.git', 'cfd62f3f-5169-4a6c-9f4b-4447ed3932b9', NULL, false, 'mighty-river-2', 'acme-platform@herokumanager.com', '586c06e1-ed22-4481-8895-75858fe8ea56', '586c06e1-ed22-4481-8895-75858fe8ea56', 'acme-platform', '586c06e1-ed22-4481-8895-75858fe8ea56', 'acme-platform', 'd4d850a2-cddd-4fcd-a641-852bb1e2e5e9', 'us', '2024-11-25 12:01:06+00', 52250166, 127957820, NULL, NULL, NULL, '0d9bb829-23b8-4774-bfe7-a8ac6fe5c068', 'heroku-24', '2024-11-25 12:11:06+00', 'https://mighty-river-2-de5b1b1f6a2e.herokuapp.com/', 3, '7174064c8af8b094a690b14b94466a61', '{"id": "cfd62f3f-5169-4a6c-9f4b-4447ed3932b9", "acm": false, "name": "mighty-river-2", "team": {"id": "586c06e1-ed22-4481-8895-75858fe8ea56", "name": "acme-platform"}, "owner": {"id": "586c06e1-ed22-4481-8895-75858fe8ea56", "email": "acme-platform@herokumanager.com"}, "space": null, "stack": {"id": "0d9bb829-23b8-4774-bfe7-a8ac6fe5c068", "name": "heroku-24"}, "region": {"id": "d4d850a2-cddd-4fcd-a641-852bb1e2e5e9", "name": "us"}, "git_url": "https://git.heroku.com/mighty-river-2.git", "web_url": "https://mighty-river-2-de5b1b1f6a2e.herokuapp.com/", "repo_size": 52250166, "slug_size": 127957820, "created_at": "2023-11-04T04:20:23Z", "generation": {"id": "0c5372bf-add6-4e76-a8a8-a42218e7ab6c", "name": "fir"}, "updated_at": "2024-11-25T12:11:06Z", "archived_at": null, "build_stack": {"id": "0d9bb829-23b8-4774-bfe7-a8ac6fe5c068", "name": "heroku-24"}, "maintenance": false, "released_at": "2024-11-25T12:01:06Z", "organization": {"id": "586c06e1-ed22-4481-8895-75858fe8ea56", "name": "acme-platform"}, "internal_routing": null, "buildpack_provided_description": "Java"}', '2026-12-07 12:49:04.740364+00', '2026-12-07 12:49:04.740364+00', 'delete', NULL, NULL);


--
-- Data for Name: dyno_sizes; Type: TABLE DATA; Schema: __SCHEMA__; Owner: -
--

INSERT INTO __SCHEMA__.dyno_sizes VALUES ('owner@sandbox.example', 'amd64', 50, 75000, 'monthly', true, 32, '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', '08054149-a29a-4f80-ab04-faa1c3309597', 62, 'Performance-XL', false, 1, '4287f0101bd9429c851c9749de9d6432', '{"id": "08054149-a29a-4f80-ab04-faa1c3309597", "cost": {"unit": "monthly", "cents": 75000}, "name": "Performance-XL", "memory": 62, "compute": 50, "dedicated": true, "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "architecture": "amd64", "precise_dyno_units": 32, "private_space_only": false}', '68d54b9a78eff25be8dc8c143ece42e9');
INSERT INTO __SCHEMA__.dyno_sizes VALUES ('owner@sandbox.example', 'amd64', 1, 2500, 'monthly', false, 1, '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', '0e9256e7-04ed-465c-879c-ae0f8d99aa8a', 0.5, 'Standard-1X', false, 1, '4240c376846ee9574aa6f60e6f4cae31', '{"id": "0e9256e7-04ed-465c-879c-ae0f8d99aa8a", "cost": {"unit": "monthly", "cents": 2500}, "name": "Standard-1X", "memory": 0.5, "compute": 1, "dedicated": false, "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "architecture": "amd64", "precise_dyno_units": 1, "private_space_only": false}', '424aa6294fa8daef2e41250d51efd33d');
INSERT INTO __SCHEMA__.dyno_sizes VALUES ('owner@sandbox.example', 'amd64', 11, 25000, 'monthly', true, 8, '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', '21adeded-0acf-45c9-b996-1b8bf1382815', 2.5, 'Performance-M', false, 1, '3b120a573a171fbcc0593fefbc9c22e2', '{"id": "21adeded-0acf-45c9-b996-1b8bf1382815", "cost": {"unit": "monthly", "cents": 25000}, "name": "Performance-M", "memory": 2.5, "compute": 11, "dedicated": true, "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "architecture": "amd64", "precise_dyno_units": 8, "private_space_only": false}', 'b28f9c8eb3cff35f7756e14b73033206');
INSERT INTO __SCHEMA__.dyno_sizes VALUES ('owner@sandbox.example', 'amd64', 100, 150000, 'monthly', true, 64, '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', '3743a7fa-70ef-42cb-bdab-e835a38bc279', 126, 'Performance-2XL', false, 1, '953b9770d836ced13916b0ffb7084590', '{"id": "3743a7fa-70ef-42cb-bdab-e835a38bc279", "cost": {"unit": "monthly", "cents": 150000}, "name": "Performance-2XL", "memory": 126, "compute": 100, "dedicated": true, "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "architecture": "amd64", "precise_dyno_units": 64, "private_space_only": false}', '11312c1b828e6edb1eac232c9321ca89');
INSERT INTO __SCHEMA__.dyno_sizes VALUES ('owner@sandbox.example', 'amd64', 14, NULL, NULL, true, 10, '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', '6b183b54-0a84-43e2-9b1c-f73f3cd8d5e6', 2.5, 'Private-M', true, 1, '936c0536be59670ebbb6751b2a85ec37', '{"id": "6b183b54-0a84-43e2-9b1c-f73f3cd8d5e6", "cost": {"unit": null, "cents": null}, "name": "Private-M", "memory": 2.5, "compute": 14, "dedicated": true, "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "architecture": "amd64", "precise_dyno_units": 10, "private_space_only": true}', '677d77e61d843ca7028dc02d2f65e9e5');
INSERT INTO __SCHEMA__.dyno_sizes VALUES ('owner@sandbox.example', 'amd64', 46, 50000, 'monthly', true, 16, '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', '747dbf0d-62ba-4b80-a7ea-95858cbcced7', 14, 'Performance-L', false, 1, '74ccdfc0c9c8e371c36500a32edb2c16', '{"id": "747dbf0d-62ba-4b80-a7ea-95858cbcced7", "cost": {"unit": "monthly", "cents": 50000}, "name": "Performance-L", "memory": 14, "compute": 46, "dedicated": true, "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "architecture": "amd64", "precise_dyno_units": 16, "private_space_only": false}', 'd1357a9df742791455b49bc7cd0d4e6e');
INSERT INTO __SCHEMA__.dyno_sizes VALUES ('owner@sandbox.example', 'amd64', 24, 50000, 'monthly', true, 16, '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', '937902e2-4ce9-4cfa-8ffd-4b5e02fd46ce', 30, 'Performance-L-RAM', false, 1, 'd9cbce0044ef3a3fd31ee36c52b6cdac', '{"id": "937902e2-4ce9-4cfa-8ffd-4b5e02fd46ce", "cost": {"unit": "monthly", "cents": 50000}, "name": "Performance-L-RAM", "memory": 30, "compute": 24, "dedicated": true, "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "architecture": "amd64", "precise_dyno_units": 16, "private_space_only": false}', '06e22ee18dbe3b5c204d7939cbc51912');
INSERT INTO __SCHEMA__.dyno_sizes VALUES ('owner@sandbox.example', 'amd64', 2, NULL, NULL, true, 6, '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', 'a22848fc-861d-47a2-82a7-f153ab980898', 1, 'Shield-S', true, 1, 'f350d051f13e1a2bd0c1fa8fb8eb5af4', '{"id": "a22848fc-861d-47a2-82a7-f153ab980898", "cost": null, "name": "Shield-S", "memory": 1, "compute": 2, "dedicated": true, "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "architecture": "amd64", "precise_dyno_units": 6, "private_space_only": true}', '39d7e185f0e2a2422e94d604db43fda3');
INSERT INTO __SCHEMA__.dyno_sizes VALUES ('owner@sandbox.example', 'amd64', 52, NULL, NULL, true, 24, '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', 'aa5009c8-8cda-4270-a399-3c7219fee816', 14, 'Shield-L', true, 1, '5600c089c1452b398aecaeee48fc4c92', '{"id": "aa5009c8-8cda-4270-a399-3c7219fee816", "cost": null, "name": "Shield-L", "memory": 14, "compute": 52, "dedicated": true, "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "architecture": "amd64", "precise_dyno_units": 24, "private_space_only": true}', '6afb95639f9ed482f667a46bf8d1dd2b');
INSERT INTO __SCHEMA__.dyno_sizes VALUES ('owner@sandbox.example', 'amd64', 2, NULL, NULL, true, 5, '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', 'b283bbec-eaed-4133-8739-84047e75692e', 1, 'Private-S', true, 1, 'b19a55c9dcbac8d87f60603440b09515', '{"id": "b283bbec-eaed-4133-8739-84047e75692e", "cost": {"unit": null, "cents": null}, "name": "Private-S", "memory": 1, "compute": 2, "dedicated": true, "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "architecture": "amd64", "precise_dyno_units": 5, "private_space_only": true}', '9ab877b217247f6939e0c92c479949c6');
INSERT INTO __SCHEMA__.dyno_sizes VALUES ('owner@sandbox.example', 'amd64', 1, 700, 'monthly', false, 0.28, '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', 'b5ba39c4-01ac-4266-b677-9eee2661cfbf', 0.5, 'Basic', false, 1, '681ec86a42802c356d18d2c352161215', '{"id": "b5ba39c4-01ac-4266-b677-9eee2661cfbf", "cost": {"unit": "monthly", "cents": 700}, "name": "Basic", "memory": 0.5, "compute": 1, "dedicated": false, "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "architecture": "amd64", "precise_dyno_units": 0.28, "private_space_only": false}', 'fcea8b157706f023ff990bd021eec0fb');
INSERT INTO __SCHEMA__.dyno_sizes VALUES ('owner@sandbox.example', 'amd64', 2, 5000, 'monthly', false, 2, '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', 'bedbfcc7-f1af-43ad-8a53-fb5a5d464ee6', 1, 'Standard-2X', false, 1, '0bb350c64589307b6c860090b1459d76', '{"id": "bedbfcc7-f1af-43ad-8a53-fb5a5d464ee6", "cost": {"unit": "monthly", "cents": 5000}, "name": "Standard-2X", "memory": 1, "compute": 2, "dedicated": false, "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "architecture": "amd64", "precise_dyno_units": 2, "private_space_only": false}', '148239044fc61a41648724c852526d12');
INSERT INTO __SCHEMA__.dyno_sizes VALUES ('owner@sandbox.example', 'amd64', 14, NULL, NULL, true, 12, '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', 'c14e1065-5b83-4141-85ad-d2ba0300f94c', 2.5, 'Shield-M', true, 1, '5c5638a36b95a7ad3ea30948653088e7', '{"id": "c14e1065-5b83-4141-85ad-d2ba0300f94c", "cost": null, "name": "Shield-M", "memory": 2.5, "compute": 14, "dedicated": true, "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "architecture": "amd64", "precise_dyno_units": 12, "private_space_only": true}', '5694484f1215f3ffe830885f194650c1');
INSERT INTO __SCHEMA__.dyno_sizes VALUES ('owner@sandbox.example', 'amd64', 1, 500, 'monthly', false, 0, '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', 'dd682f0e-f021-4e6d-bd75-86c8c272fc84', 0.5, 'Eco', false, 1, '98ff69bca7485f30bf45f404a78627b0', '{"id": "dd682f0e-f021-4e6d-bd75-86c8c272fc84", "cost": {"unit": "monthly", "cents": 500}, "name": "Eco", "memory": 0.5, "compute": 1, "dedicated": false, "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "architecture": "amd64", "precise_dyno_units": 0, "private_space_only": false}', '8647377e1b1c85f12b924116053350b1');
INSERT INTO __SCHEMA__.dyno_sizes VALUES ('owner@sandbox.example', 'amd64', 52, NULL, NULL, true, 20, '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', 'f70cb364-c8b0-4464-9623-b41f008f8146', 14, 'Private-L', true, 1, '5b9683e39c27435116a2e0e4df5918f9', '{"id": "f70cb364-c8b0-4464-9623-b41f008f8146", "cost": {"unit": null, "cents": null}, "name": "Private-L", "memory": 14, "compute": 52, "dedicated": true, "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "architecture": "amd64", "precise_dyno_units": 20, "private_space_only": true}', '90455c26f2d70f5d430af21077421a43');


--
-- Data for Name: dyno_sizes_history; Type: TABLE DATA; Schema: __SCHEMA__; Owner: -
--

INSERT INTO __SCHEMA__.dyno_sizes_history VALUES ('owner@sandbox.example', 'amd64', 50, 75000, 'monthly', true, 32, '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', '08054149-a29a-4f80-ab04-faa1c3309597', 62, 'Performance-XL', false, 1, '4287f0101bd9429c851c9749de9d6432', '{"id": "08054149-a29a-4f80-ab04-faa1c3309597", "cost": {"unit": "monthly", "cents": 75000}, "name": "Performance-XL", "memory": 62, "compute": 50, "dedicated": true, "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "architecture": "amd64", "precise_dyno_units": 32, "private_space_only": false}', '2026-12-07 12:49:04.399985+00', NULL, 'insert');
INSERT INTO __SCHEMA__.dyno_sizes_history VALUES ('owner@sandbox.example', 'amd64', 1, 2500, 'monthly', false, 1, '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', '0e9256e7-04ed-465c-879c-ae0f8d99aa8a', 0.5, 'Standard-1X', false, 1, '4240c376846ee9574aa6f60e6f4cae31', '{"id": "0e9256e7-04ed-465c-879c-ae0f8d99aa8a", "cost": {"unit": "monthly", "cents": 2500}, "name": "Standard-1X", "memory": 0.5, "compute": 1, "dedicated": false, "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "architecture": "amd64", "precise_dyno_units": 1, "private_space_only": false}', '2026-12-07 12:49:04.399985+00', NULL, 'insert');
INSERT INTO __SCHEMA__.dyno_sizes_history VALUES ('owner@sandbox.example', 'amd64', 11, 25000, 'monthly', true, 8, '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', '21adeded-0acf-45c9-b996-1b8bf1382815', 2.5, 'Performance-M', false, 1, '3b120a573a171fbcc0593fefbc9c22e2', '{"id": "21adeded-0acf-45c9-b996-1b8bf1382815", "cost": {"unit": "monthly", "cents": 25000}, "name": "Performance-M", "memory": 2.5, "compute": 11, "dedicated": true, "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "architecture": "amd64", "precise_dyno_units": 8, "private_space_only": false}', '2026-12-07 12:49:04.399985+00', NULL, 'insert');
INSERT INTO __SCHEMA__.dyno_sizes_history VALUES ('owner@sandbox.example', 'amd64', 100, 150000, 'monthly', true, 64, '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', '3743a7fa-70ef-42cb-bdab-e835a38bc279', 126, 'Performance-2XL', false, 1, '953b9770d836ced13916b0ffb7084590', '{"id": "3743a7fa-70ef-42cb-bdab-e835a38bc279", "cost": {"unit": "monthly", "cents": 150000}, "name": "Performance-2XL", "memory": 126, "compute": 100, "dedicated": true, "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "architecture": "amd64", "precise_dyno_units": 64, "private_space_only": false}', '2026-12-07 12:49:04.399985+00', NULL, 'insert');
INSERT INTO __SCHEMA__.dyno_sizes_history VALUES ('owner@sandbox.example', 'amd64', 14, NULL, NULL, true, 10, '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', '6b183b54-0a84-43e2-9b1c-f73f3cd8d5e6', 2.5, 'Private-M', true, 1, '936c0536be59670ebbb6751b2a85ec37', '{"id": "6b183b54-0a84-43e2-9b1c-f73f3cd8d5e6", "cost": {"unit": null, "cents": null}, "name": "Private-M", "memory": 2.5, "compute": 14, "dedicated": true, "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "architecture": "amd64", "precise_dyno_units": 10, "private_space_only": true}', '2026-12-07 12:49:04.399985+00', NULL, 'insert');
INSERT INTO __SCHEMA__.dyno_sizes_history VALUES ('owner@sandbox.example', 'amd64', 46, 50000, 'monthly', true, 16, '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', '747dbf0d-62ba-4b80-a7ea-95858cbcced7', 14, 'Performance-L', false, 1, '74ccdfc0c9c8e371c36500a32edb2c16', '{"id": "747dbf0d-62ba-4b80-a7ea-95858cbcced7", "cost": {"unit": "monthly", "cents": 50000}, "name": "Performance-L", "memory": 14, "compute": 46, "dedicated": true, "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "architecture": "amd64", "precise_dyno_units": 16, "private_space_only": false}', '2026-12-07 12:49:04.399985+00', NULL, 'insert');
INSERT INTO __SCHEMA__.dyno_sizes_history VALUES ('owner@sandbox.example', 'amd64', 24, 50000, 'monthly', true, 16, '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', '937902e2-4ce9-4cfa-8ffd-4b5e02fd46ce', 30, 'Performance-L-RAM', false, 1, 'd9cbce0044ef3a3fd31ee36c52b6cdac', '{"id": "937902e2-4ce9-4cfa-8ffd-4b5e02fd46ce", "cost": {"unit": "monthly", "cents": 50000}, "name": "Performance-L-RAM", "memory": 30, "compute": 24, "dedicated": true, "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "architecture": "amd64", "precise_dyno_units": 16, "private_space_only": false}', '2026-12-07 12:49:04.399985+00', NULL, 'insert');
INSERT INTO __SCHEMA__.dyno_sizes_history VALUES ('owner@sandbox.example', 'amd64', 2, NULL, NULL, true, 6, '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', 'a22848fc-861d-47a2-82a7-f153ab980898', 1, 'Shield-S', true, 1, 'f350d051f13e1a2bd0c1fa8fb8eb5af4', '{"id": "a22848fc-861d-47a2-82a7-f153ab980898", "cost": null, "name": "Shield-S", "memory": 1, "compute": 2, "dedicated": true, "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "architecture": "amd64", "precise_dyno_units": 6, "private_space_only": true}', '2026-12-07 12:49:04.399985+00', NULL, 'insert');
INSERT INTO __SCHEMA__.dyno_sizes_history VALUES ('owner@sandbox.example', 'amd64', 52, NULL, NULL, true, 24, '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', 'aa5009c8-8cda-4270-a399-3c7219fee816', 14, 'Shield-L', true, 1, '5600c089c1452b398aecaeee48fc4c92', '{"id": "aa5009c8-8cda-4270-a399-3c7219fee816", "cost": null, "name": "Shield-L", "memory": 14, "compute": 52, "dedicated": true, "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "architecture": "amd64", "precise_dyno_units": 24, "private_space_only": true}', '2026-12-07 12:49:04.399985+00', NULL, 'insert');
INSERT INTO __SCHEMA__.dyno_sizes_history VALUES ('owner@sandbox.example', 'amd64', 2, NULL, NULL, true, 5, '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', 'b283bbec-eaed-4133-8739-84047e75692e', 1, 'Private-S', true, 1, 'b19a55c9dcbac8d87f60603440b09515', '{"id": "b283bbec-eaed-4133-8739-84047e75692e", "cost": {"unit": null, "cents": null}, "name": "Private-S", "memory": 1, "compute": 2, "dedicated": true, "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "architecture": "amd64", "precise_dyno_units": 5, "private_space_only": true}', '2026-12-07 12:49:04.399985+00', NULL, 'insert');
INSERT INTO __SCHEMA__.dyno_sizes_history VALUES ('owner@sandbox.example', 'amd64', 1, 700, 'monthly', false, 0.28, '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', 'b5ba39c4-01ac-4266-b677-9eee2661cfbf', 0.5, 'Basic', false, 1, '681ec86a42802c356d18d2c352161215', '{"id": "b5ba39c4-01ac-4266-b677-9eee2661cfbf", "cost": {"unit": "monthly", "cents": 700}, "name": "Basic", "memory": 0.5, "compute": 1, "dedicated": false, "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "architecture": "amd64", "precise_dyno_units": 0.28, "private_space_only": false}', '2026-12-07 12:49:04.399985+00', NULL, 'insert');
INSERT INTO __SCHEMA__.dyno_sizes_history VALUES ('owner@sandbox.example', 'amd64', 2, 5000, 'monthly', false, 2, '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', 'bedbfcc7-f1af-43ad-8a53-fb5a5d464ee6', 1, 'Standard-2X', false, 1, '0bb350c64589307b6c860090b1459d76', '{"id": "bedbfcc7-f1af-43ad-8a53-fb5a5d464ee6", "cost": {"unit": "monthly", "cents": 5000}, "name": "Standard-2X", "memory": 1, "compute": 2, "dedicated": false, "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "architecture": "amd64", "precise_dyno_units": 2, "private_space_only": false}', '2026-12-07 12:49:04.399985+00', NULL, 'insert');
INSERT INTO __SCHEMA__.dyno_sizes_history VALUES ('owner@sandbox.example', 'amd64', 14, NULL, NULL, true, 12, '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', 'c14e1065-5b83-4141-85ad-d2ba0300f94c', 2.5, 'Shield-M', true, 1, '5c5638a36b95a7ad3ea30948653088e7', '{"id": "c14e1065-5b83-4141-85ad-d2ba0300f94c", "cost": null, "name": "Shield-M", "memory": 2.5, "compute": 14, "dedicated": true, "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "architecture": "amd64", "precise_dyno_units": 12, "private_space_only": true}', '2026-12-07 12:49:04.399985+00', NULL, 'insert');
INSERT INTO __SCHEMA__.dyno_sizes_history VALUES ('owner@sandbox.example', 'amd64', 1, 500, 'monthly', false, 0, '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', 'dd682f0e-f021-4e6d-bd75-86c8c272fc84', 0.5, 'Eco', false, 1, '98ff69bca7485f30bf45f404a78627b0', '{"id": "dd682f0e-f021-4e6d-bd75-86c8c272fc84", "cost": {"unit": "monthly", "cents": 500}, "name": "Eco", "memory": 0.5, "compute": 1, "dedicated": false, "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "architecture": "amd64", "precise_dyno_units": 0, "private_space_only": false}', '2026-12-07 12:49:04.399985+00', NULL, 'insert');
INSERT INTO __SCHEMA__.dyno_sizes_history VALUES ('owner@sandbox.example', 'amd64', 52, NULL, NULL, true, 20, '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', 'f70cb364-c8b0-4464-9623-b41f008f8146', 14, 'Private-L', true, 1, '5b9683e39c27435116a2e0e4df5918f9', '{"id": "f70cb364-c8b0-4464-9623-b41f008f8146", "cost": {"unit": null, "cents": null}, "name": "Private-L", "memory": 14, "compute": 52, "dedicated": true, "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "architecture": "amd64", "precise_dyno_units": 20, "private_space_only": true}', '2026-12-07 12:49:04.399985+00', NULL, 'insert');


--
-- Data for Name: pipeline_couplings; Type: TABLE DATA; Schema: __SCHEMA__; Owner: -
--

INSERT INTO __SCHEMA__.pipeline_couplings VALUES ('owner@sandbox.example', '8d089d67-1b4c-4c79-a46e-97468772a379', '2024-05-04 04:39:07+00', '3eff2677-b5a9-41c4-8955-4a6fb72611af', '69242821-d7a0-47c2-8e58-a38c0521cf0c', 'review', '2024-05-04 04:49:07+00', 1, 'f73b88e883f79ff5da6d046c9ec2f430', '{"id": "3eff2677-b5a9-41c4-8955-4a6fb72611af", "app": {"id": "8d089d67-1b4c-4c79-a46e-97468772a379"}, "stage": "review", "pipeline": {"id": "69242821-d7a0-47c2-8e58-a38c0521cf0c"}, "created_at": "2024-05-04T04:39:07Z", "updated_at": "2024-05-04T04:49:07Z"}', '6b07936f833f5b54d525df78031a6b63');
INSERT INTO __SCHEMA__.pipeline_couplings VALUES ('owner@sandbox.example', 'a01db8af-2d4b-4d88-bb67-0c764f4e4b75', '2024-04-23 21:15:08+00', '88b517d2-9cf7-44d8-b969-131499df6bf8', '69242821-d7a0-47c2-8e58-a38c0521cf0c', 'review', '2024-04-23 21:25:08+00', 1, '5671d1f68e4b69e6dc8090257b1a8544', '{"id": "88b517d2-9cf7-44d8-b969-131499df6bf8", "app": {"id": "a01db8af-2d4b-4d88-bb67-0c764f4e4b75"}, "stage": "review", "pipeline": {"id": "69242821-d7a0-47c2-8e58-a38c0521cf0c"}, "created_at": "2024-04-23T21:15:08Z", "updated_at": "2024-04-23T21:25:08Z"}', '11fc2a65d486e38e5c0d52dd51a40a68');
INSERT INTO __SCHEMA__.pipeline_couplings VALUES ('owner@sandbox.example', 'ff5d2bef-97b8-40c8-8253-703e49b89691', '2024-05-27 20:07:39+00', 'bfb8390c-eaff-41e5-a25d-b4f9504faa7f', '69242821-d7a0-47c2-8e58-a38c0521cf0c', 'review', '2024-05-27 20:17:39+00', 1, 'a37a503f08c94e68758742c0526e2cb0', '{"id": "bfb8390c-eaff-41e5-a25d-b4f9504faa7f", "app": {"id": "ff5d2bef-97b8-40c8-8253-703e49b89691"}, "stage": "review", "pipeline": {"id": "69242821-d7a0-47c2-8e58-a38c0521cf0c"}, "created_at": "2024-05-27T20:07:39Z", "updated_at": "2024-05-27T20:17:39Z"}', '3e5dbae4116144dc57714a09caeb2c18');


--
-- Data for Name: pipeline_couplings_history; Type: TABLE DATA; Schema: __SCHEMA__; Owner: -
--

INSERT INTO __SCHEMA__.pipeline_couplings_history VALUES ('owner@sandbox.example', '8d089d67-1b4c-4c79-a46e-97468772a379', '2024-05-04 04:39:07+00', '3eff2677-b5a9-41c4-8955-4a6fb72611af', '69242821-d7a0-47c2-8e58-a38c0521cf0c', 'review', '2024-05-04 04:49:07+00', 1, 'f73b88e883f79ff5da6d046c9ec2f430', '{"id": "3eff2677-b5a9-41c4-8955-4a6fb72611af", "app": {"id": "8d089d67-1b4c-4c79-a46e-97468772a379"}, "stage": "review", "pipeline": {"id": "69242821-d7a0-47c2-8e58-a38c0521cf0c"}, "created_at": "2024-05-04T04:39:07Z", "updated_at": "2024-05-04T04:49:07Z"}', '2026-12-07 12:49:04.399985+00', NULL, 'insert');
INSERT INTO __SCHEMA__.pipeline_couplings_history VALUES ('owner@sandbox.example', 'a01db8af-2d4b-4d88-bb67-0c764f4e4b75', '2024-04-23 21:15:08+00', '88b517d2-9cf7-44d8-b969-131499df6bf8', '69242821-d7a0-47c2-8e58-a38c0521cf0c', 'review', '2024-04-23 21:25:08+00', 1, '5671d1f68e4b69e6dc8090257b1a8544', '{"id": "88b517d2-9cf7-44d8-b969-131499df6bf8", "app": {"id": "a01db8af-2d4b-4d88-bb67-0c764f4e4b75"}, "stage": "review", "pipeline": {"id": "69242821-d7a0-47c2-8e58-a38c0521cf0c"}, "created_at": "2024-04-23T21:15:08Z", "updated_at": "2024-04-23T21:25:08Z"}', '2026-12-07 12:49:04.399985+00', NULL, 'insert');
INSERT INTO __SCHEMA__.pipeline_couplings_history VALUES ('owner@sandbox.example', 'ff5d2bef-97b8-40c8-8253-703e49b89691', '2024-05-27 20:07:39+00', 'bfb8390c-eaff-41e5-a25d-b4f9504faa7f', '69242821-d7a0-47c2-8e58-a38c0521cf0c', 'review', '2024-05-27 20:17:39+00', 1, 'a37a503f08c94e68758742c0526e2cb0', '{"id": "bfb8390c-eaff-41e5-a25d-b4f9504faa7f", "app": {"id": "ff5d2bef-97b8-40c8-8253-703e49b89691"}, "stage": "review", "pipeline": {"id": "69242821-d7a0-47c2-8e58-a38c0521cf0c"}, "created_at": "2024-05-27T20:07:39Z", "updated_at": "2024-05-27T20:17:39Z"}', '2026-12-07 12:49:04.399985+00', NULL, 'insert');


--
-- Data for Name: pipelines; Type: TABLE DATA; Schema: __SCHEMA__; Owner: -
--

INSERT INTO __SCHEMA__.pipelines VALUES ('owner@sandbox.example', '2023-02-05 03:46:23+00', '69242821-d7a0-47c2-8e58-a38c0521cf0c', 'summit-pipeline-1', '10acb33f-15ce-43ed-bb5c-31fcde9f1bf6', 'user', '2023-04-04 00:39:43+00', '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', 1, '10ea6ce7f9ab0782308d37ed25547f9d', '{"id": "69242821-d7a0-47c2-8e58-a38c0521cf0c", "name": "summit-pipeline-1", "owner": {"id": "10acb33f-15ce-43ed-bb5c-31fcde9f1bf6", "type": "user"}, "created_at": "2023-02-05T03:46:23Z", "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "updated_at": "2023-04-04T00:39:43Z"}', '13259928e59b46c9e83279ed15f97d66');


--
-- Data for Name: pipelines_history; Type: TABLE DATA; Schema: __SCHEMA__; Owner: -
--

INSERT INTO __SCHEMA__.pipelines_history VALUES ('owner@sandbox.example', '2023-02-05 03:46:23+00', '69242821-d7a0-47c2-8e58-a38c0521cf0c', 'summit-pipeline-1', '10acb33f-15ce-43ed-bb5c-31fcde9f1bf6', 'user', '2023-04-04 00:39:43+00', '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', 1, '10ea6ce7f9ab0782308d37ed25547f9d', '{"id": "69242821-d7a0-47c2-8e58-a38c0521cf0c", "name": "summit-pipeline-1", "owner": {"id": "10acb33f-15ce-43ed-bb5c-31fcde9f1bf6", "type": "user"}, "created_at": "2023-02-05T03:46:23Z", "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "updated_at": "2023-04-04T00:39:43Z"}', '2026-12-07 12:49:04.399985+00', NULL, 'insert');


--
-- Data for Name: regions; Type: TABLE DATA; Schema: __SCHEMA__; Owner: -
--

INSERT INTO __SCHEMA__.regions VALUES ('owner@sandbox.example', 'Ireland', '2013-01-04 00:00:00+00', 'Europe', '49556e4f-a24b-4480-9054-b8edd0d7c78e', 'Dublin', 'eu', false, 'amazon-web-services', 'eu-west-1', '2022-09-24 00:00:00+00', 1, 'ce2b5a5a7a3f6c4f078174c14fbee903', '{"id": "49556e4f-a24b-4480-9054-b8edd0d7c78e", "name": "eu", "locale": "Dublin", "country": "Ireland", "provider": {"name": "amazon-web-services", "region": "eu-west-1"}, "created_at": "2013-01-04T00:00:00Z", "updated_at": "2022-09-24T00:00:00Z", "description": "Europe", "private_capable": false}', '8255d83906c70e97ec8dbd96c74c11f4');
INSERT INTO __SCHEMA__.regions VALUES ('owner@sandbox.example', 'United States', '2013-01-03 00:00:00+00', 'United States', 'd4d850a2-cddd-4fcd-a641-852bb1e2e5e9', 'Virginia', 'us', true, 'amazon-web-services', 'us-east-1', '2022-09-23 00:00:00+00', 1, 'f724cdbb740ea67ffd60f42d3bac2aae', '{"id": "d4d850a2-cddd-4fcd-a641-852bb1e2e5e9", "name": "us", "locale": "Virginia", "country": "United States", "provider": {"name": "amazon-web-services", "region": "us-east-1"}, "created_at": "2013-01-03T00:00:00Z", "updated_at": "2022-09-23T00:00:00Z", "description": "United States", "private_capable": true}', '30a599a2eb100db9d10bbdbef141932d');


--
-- Data for Name: regions_history; Type: TABLE DATA; Schema: __SCHEMA__; Owner: -
--

INSERT INTO __SCHEMA__.regions_history VALUES ('owner@sandbox.example', 'Ireland', '2013-01-04 00:00:00+00', 'Europe', '49556e4f-a24b-4480-9054-b8edd0d7c78e', 'Dublin', 'eu', false, 'amazon-web-services', 'eu-west-1', '2022-09-24 00:00:00+00', 1, 'ce2b5a5a7a3f6c4f078174c14fbee903', '{"id": "49556e4f-a24b-4480-9054-b8edd0d7c78e", "name": "eu", "locale": "Dublin", "country": "Ireland", "provider": {"name": "amazon-web-services", "region": "eu-west-1"}, "created_at": "2013-01-04T00:00:00Z", "updated_at": "2022-09-24T00:00:00Z", "description": "Europe", "private_capable": false}', '2026-12-07 12:49:04.399985+00', NULL, 'insert');
INSERT INTO __SCHEMA__.regions_history VALUES ('owner@sandbox.example', 'United States', '2013-01-03 00:00:00+00', 'United States', 'd4d850a2-cddd-4fcd-a641-852bb1e2e5e9', 'Virginia', 'us', true, 'amazon-web-services', 'us-east-1', '2022-09-23 00:00:00+00', 1, 'f724cdbb740ea67ffd60f42d3bac2aae', '{"id": "d4d850a2-cddd-4fcd-a641-852bb1e2e5e9", "name": "us", "locale": "Virginia", "country": "United States", "provider": {"name": "amazon-web-services", "region": "us-east-1"}, "created_at": "2013-01-03T00:00:00Z", "updated_at": "2022-09-23T00:00:00Z", "description": "United States", "private_capable": true}', '2026-12-07 12:49:04.399985+00', NULL, 'insert');


--
-- Data for Name: spaces; Type: TABLE DATA; Schema: __SCHEMA__; Owner: -
--

INSERT INTO __SCHEMA__.spaces VALUES ('owner@sandbox.example', '2023-01-11 00:00:00+00', '141f065a-f507-4e20-8e9b-f309fcc128c8', 'acme-platform-space', 'acme-platform', '586c06e1-ed22-4481-8895-75858fe8ea56', 'acme-platform', 'd4d850a2-cddd-4fcd-a641-852bb1e2e5e9', 'us', false, 'allocated', '2023-02-10 00:00:00+00', '10.0.0.0/16', '10.1.0.0/16', '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', 1, '0fd1684bc5fcf93e3eb3a78124349332', '{"id": "141f065a-f507-4e20-8e9b-f309fcc128c8", "cidr": "10.0.0.0/16", "name": "acme-platform-space", "team": {"id": "586c06e1-ed22-4481-8895-75858fe8ea56", "name": "acme-platform"}, "state": "allocated", "region": {"id": "d4d850a2-cddd-4fcd-a641-852bb1e2e5e9", "name": "us"}, "shield": false, "data_cidr": "10.1.0.0/16", "created_at": "2023-01-11T00:00:00Z", "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "updated_at": "2023-02-10T00:00:00Z", "organization": {"name": "acme-platform"}}', 'c1da15747019b4d4d603cee3b8ccc2f7');


--
-- Data for Name: spaces_history; Type: TABLE DATA; Schema: __SCHEMA__; Owner: -
--

INSERT INTO __SCHEMA__.spaces_history VALUES ('owner@sandbox.example', '2023-01-11 00:00:00+00', '141f065a-f507-4e20-8e9b-f309fcc128c8', 'acme-platform-space', 'acme-platform', '586c06e1-ed22-4481-8895-75858fe8ea56', 'acme-platform', 'd4d850a2-cddd-4fcd-a641-852bb1e2e5e9', 'us', false, 'allocated', '2023-02-10 00:00:00+00', '10.0.0.0/16', '10.1.0.0/16', '3fb04de5-31ee-4d01-a842-cbf25efe467a', 'cedar', 1, '0fd1684bc5fcf93e3eb3a78124349332', '{"id": "141f065a-f507-4e20-8e9b-f309fcc128c8", "cidr": "10.0.0.0/16", "name": "acme-platform-space", "team": {"id": "586c06e1-ed22-4481-8895-75858fe8ea56", "name": "acme-platform"}, "state": "allocated", "region": {"id": "d4d850a2-cddd-4fcd-a641-852bb1e2e5e9", "name": "us"}, "shield": false, "data_cidr": "10.1.0.0/16", "created_at": "2023-01-11T00:00:00Z", "generation": {"id": "3fb04de5-31ee-4d01-a842-cbf25efe467a", "name": "cedar"}, "updated_at": "2023-02-10T00:00:00Z", "organization": {"name": "acme-platform"}}', '2026-12-07 12:49:04.399985+00', NULL, 'insert');


--
-- Data for Name: stacks; Type: TABLE DATA; Schema: __SCHEMA__; Owner: -
--

INSERT INTO __SCHEMA__.stacks VALUES ('owner@sandbox.example', true, '2021-11-27 00:00:00+00', '0d9bb829-23b8-4774-bfe7-a8ac6fe5c068', 'heroku-24', 'public', '2023-10-28 00:00:00+00', 1, 'bab991ac3e99d10bc7f64e637b43c4c6', '{"id": "0d9bb829-23b8-4774-bfe7-a8ac6fe5c068", "name": "heroku-24", "state": "public", "default": true, "created_at": "2021-11-27T00:00:00Z", "updated_at": "2023-10-28T00:00:00Z"}', '85c577611db91aa9010ffa9018948366');
INSERT INTO __SCHEMA__.stacks VALUES ('owner@sandbox.example', false, '2021-01-31 00:00:00+00', 'e518cb96-c1b9-45a6-b393-9c9262e6445c', 'heroku-22', 'public', '2023-01-01 00:00:00+00', 1, '1c83c98d0a9b74ee01bbc54f86f3929d', '{"id": "e518cb96-c1b9-45a6-b393-9c9262e6445c", "name": "heroku-22", "state": "public", "default": false, "created_at": "2021-01-31T00:00:00Z", "updated_at": "2023-01-01T00:00:00Z"}', '6512998c1c36ec8279e4b6e14b551658');


--
-- Data for Name: stacks_history; Type: TABLE DATA; Schema: __SCHEMA__; Owner: -
--

INSERT INTO __SCHEMA__.stacks_history VALUES ('owner@sandbox.example', true, '2021-11-27 00:00:00+00', '0d9bb829-23b8-4774-bfe7-a8ac6fe5c068', 'heroku-24', 'public', '2023-10-28 00:00:00+00', 1, 'bab991ac3e99d10bc7f64e637b43c4c6', '{"id": "0d9bb829-23b8-4774-bfe7-a8ac6fe5c068", "name": "heroku-24", "state": "public", "default": true, "created_at": "2021-11-27T00:00:00Z", "updated_at": "2023-10-28T00:00:00Z"}', '2026-12-07 12:49:04.399985+00', NULL, 'insert');
INSERT INTO __SCHEMA__.stacks_history VALUES ('owner@sandbox.example', false, '2021-01-31 00:00:00+00', 'e518cb96-c1b9-45a6-b393-9c9262e6445c', 'heroku-22', 'public', '2023-01-01 00:00:00+00', 1, '1c83c98d0a9b74ee01bbc54f86f3929d', '{"id": "e518cb96-c1b9-45a6-b393-9c9262e6445c", "name": "heroku-22", "state": "public", "default": false, "created_at": "2021-01-31T00:00:00Z", "updated_at": "2023-01-01T00:00:00Z"}', '2026-12-07 12:49:04.399985+00', NULL, 'insert');


--
-- Data for Name: team_members; Type: TABLE DATA; Schema: __SCHEMA__; Owner: -
--



--
-- Data for Name: team_members_history; Type: TABLE DATA; Schema: __SCHEMA__; Owner: -
--



--
-- Data for Name: teams; Type: TABLE DATA; Schema: __SCHEMA__; Owner: -
--

INSERT INTO __SCHEMA__.teams VALUES ('owner@sandbox.example', '586c06e1-ed22-4481-8895-75858fe8ea56', '2023-04-03 03:09:40+00', true, true, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 25, 'acme-platform', false, 'member', 'team', '2023-11-20 14:43:00+00', 1, 'c5844cfd7a01166c0edb8e21139e62ee', '{"id": "586c06e1-ed22-4481-8895-75858fe8ea56", "name": "acme-platform", "role": "member", "type": "team", "default": true, "created_at": "2023-04-03T03:09:40Z", "updated_at": "2023-11-20T14:43:00Z", "membership_limit": 25, "identity_provider": null, "enterprise_account": null, "provisioned_licenses": false, "credit_card_collections": true}', '5d68f471fda59daaeea39cc4e807938a', NULL, NULL);


--
-- Data for Name: teams_history; Type: TABLE DATA; Schema: __SCHEMA__; Owner: -
--

INSERT INTO __SCHEMA__.teams_history VALUES ('owner@sandbox.example', '586c06e1-ed22-4481-8895-75858fe8ea56', '2023-04-03 03:09:40+00', true, true, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 25, 'acme-platform', false, 'member', 'team', '2023-11-20 14:43:00+00', 1, 'c5844cfd7a01166c0edb8e21139e62ee', '{"id": "586c06e1-ed22-4481-8895-75858fe8ea56", "name": "acme-platform", "role": "member", "type": "team", "default": true, "created_at": "2023-04-03T03:09:40Z", "updated_at": "2023-11-20T14:43:00Z", "membership_limit": 25, "identity_provider": null, "enterprise_account": null, "provisioned_licenses": false, "credit_card_collections": true}', '2026-12-07 12:49:04.399985+00', NULL, 'insert', NULL, NULL);


--
-- Name: _loads_load_id_seq; Type: SEQUENCE SET; Schema: __SCHEMA__; Owner: -
--

SELECT pg_catalog.setval('__SCHEMA__._loads_load_id_seq', 3, true);


--
-- Name: _schema_changes_change_id_seq; Type: SEQUENCE SET; Schema: __SCHEMA__; Owner: -
--

SELECT pg_catalog.setval('__SCHEMA__._schema_changes_change_id_seq', 54, true);


--
-- Name: _columns _columns_pkey; Type: CONSTRAINT; Schema: __SCHEMA__; Owner: -
--

ALTER TABLE ONLY __SCHEMA__._columns
    ADD CONSTRAINT _columns_pkey PRIMARY KEY (table_name, column_name);


--
-- Name: _columns _columns_table_name_json_path_key; Type: CONSTRAINT; Schema: __SCHEMA__; Owner: -
--

ALTER TABLE ONLY __SCHEMA__._columns
    ADD CONSTRAINT _columns_table_name_json_path_key UNIQUE (table_name, json_path);


--
-- Name: _fan_out_parents _fan_out_parents_pkey; Type: CONSTRAINT; Schema: __SCHEMA__; Owner: -
--

ALTER TABLE ONLY __SCHEMA__._fan_out_parents
    ADD CONSTRAINT _fan_out_parents_pkey PRIMARY KEY (account, report, parent_id);


--
-- Name: _list_etags _list_etags_pkey; Type: CONSTRAINT; Schema: __SCHEMA__; Owner: -
--

ALTER TABLE ONLY __SCHEMA__._list_etags
    ADD CONSTRAINT _list_etags_pkey PRIMARY KEY (account, report, page);


--
-- Name: _load_reports _load_reports_pkey; Type: CONSTRAINT; Schema: __SCHEMA__; Owner: -
--

ALTER TABLE ONLY __SCHEMA__._load_reports
    ADD CONSTRAINT _load_reports_pkey PRIMARY KEY (load_id, report);


--
-- Name: _loads _loads_pkey; Type: CONSTRAINT; Schema: __SCHEMA__; Owner: -
--

ALTER TABLE ONLY __SCHEMA__._loads
    ADD CONSTRAINT _loads_pkey PRIMARY KEY (load_id);


--
-- Name: _meta _meta_pkey; Type: CONSTRAINT; Schema: __SCHEMA__; Owner: -
--

ALTER TABLE ONLY __SCHEMA__._meta
    ADD CONSTRAINT _meta_pkey PRIMARY KEY (key);


--
-- Name: _schema_changes _schema_changes_pkey; Type: CONSTRAINT; Schema: __SCHEMA__; Owner: -
--

ALTER TABLE ONLY __SCHEMA__._schema_changes
    ADD CONSTRAINT _schema_changes_pkey PRIMARY KEY (change_id);


--
-- Name: account_history account_history_pkey; Type: CONSTRAINT; Schema: __SCHEMA__; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.account_history
    ADD CONSTRAINT account_history_pkey PRIMARY KEY (_account, id, _load_id);


--
-- Name: account account_pkey; Type: CONSTRAINT; Schema: __SCHEMA__; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.account
    ADD CONSTRAINT account_pkey PRIMARY KEY (_account, id);


--
-- Name: addon_attachments_history addon_attachments_history_pkey; Type: CONSTRAINT; Schema: __SCHEMA__; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.addon_attachments_history
    ADD CONSTRAINT addon_attachments_history_pkey PRIMARY KEY (_account, id, _load_id);


--
-- Name: addon_attachments addon_attachments_pkey; Type: CONSTRAINT; Schema: __SCHEMA__; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.addon_attachments
    ADD CONSTRAINT addon_attachments_pkey PRIMARY KEY (_account, id);


--
-- Name: addon_services_history addon_services_history_pkey; Type: CONSTRAINT; Schema: __SCHEMA__; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.addon_services_history
    ADD CONSTRAINT addon_services_history_pkey PRIMARY KEY (_account, id, _load_id);


--
-- Name: addon_services addon_services_pkey; Type: CONSTRAINT; Schema: __SCHEMA__; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.addon_services
    ADD CONSTRAINT addon_services_pkey PRIMARY KEY (_account, id);


--
-- Name: addons_history addons_history_pkey; Type: CONSTRAINT; Schema: __SCHEMA__; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.addons_history
    ADD CONSTRAINT addons_history_pkey PRIMARY KEY (_account, id, _load_id);


--
-- Name: addons addons_pkey; Type: CONSTRAINT; Schema: __SCHEMA__; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.addons
    ADD CONSTRAINT addons_pkey PRIMARY KEY (_account, id);


--
-- Name: app_collaborators_history app_collaborators_history_pkey; Type: CONSTRAINT; Schema: __SCHEMA__; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.app_collaborators_history
    ADD CONSTRAINT app_collaborators_history_pkey PRIMARY KEY (_account, app_id, id, _load_id);


--
-- Name: app_collaborators app_collaborators_pkey; Type: CONSTRAINT; Schema: __SCHEMA__; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.app_collaborators
    ADD CONSTRAINT app_collaborators_pkey PRIMARY KEY (_account, app_id, id);


--
-- Name: app_domains_history app_domains_history_pkey; Type: CONSTRAINT; Schema: __SCHEMA__; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.app_domains_history
    ADD CONSTRAINT app_domains_history_pkey PRIMARY KEY (_account, app_id, id, _load_id);


--
-- Name: app_domains app_domains_pkey; Type: CONSTRAINT; Schema: __SCHEMA__; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.app_domains
    ADD CONSTRAINT app_domains_pkey PRIMARY KEY (_account, app_id, id);


--
-- Name: app_formation_history app_formation_history_pkey; Type: CONSTRAINT; Schema: __SCHEMA__; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.app_formation_history
    ADD CONSTRAINT app_formation_history_pkey PRIMARY KEY (_account, app_id, id, _load_id);


--
-- Name: app_formation app_formation_pkey; Type: CONSTRAINT; Schema: __SCHEMA__; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.app_formation
    ADD CONSTRAINT app_formation_pkey PRIMARY KEY (_account, app_id, id);


--
-- Name: app_releases_history app_releases_history_pkey; Type: CONSTRAINT; Schema: __SCHEMA__; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.app_releases_history
    ADD CONSTRAINT app_releases_history_pkey PRIMARY KEY (_account, app_id, id, _load_id);


--
-- Name: app_releases app_releases_pkey; Type: CONSTRAINT; Schema: __SCHEMA__; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.app_releases
    ADD CONSTRAINT app_releases_pkey PRIMARY KEY (_account, app_id, id);


--
-- Name: apps_history apps_history_pkey; Type: CONSTRAINT; Schema: __SCHEMA__; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.apps_history
    ADD CONSTRAINT apps_history_pkey PRIMARY KEY (_account, id, _load_id);


--
-- Name: apps apps_pkey; Type: CONSTRAINT; Schema: __SCHEMA__; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.apps
    ADD CONSTRAINT apps_pkey PRIMARY KEY (_account, id);


--
-- Name: dyno_sizes_history dyno_sizes_history_pkey; Type: CONSTRAINT; Schema: __SCHEMA__; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.dyno_sizes_history
    ADD CONSTRAINT dyno_sizes_history_pkey PRIMARY KEY (_account, id, _load_id);


--
-- Name: dyno_sizes dyno_sizes_pkey; Type: CONSTRAINT; Schema: __SCHEMA__; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.dyno_sizes
    ADD CONSTRAINT dyno_sizes_pkey PRIMARY KEY (_account, id);


--
-- Name: pipeline_couplings_history pipeline_couplings_history_pkey; Type: CONSTRAINT; Schema: __SCHEMA__; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.pipeline_couplings_history
    ADD CONSTRAINT pipeline_couplings_history_pkey PRIMARY KEY (_account, id, _load_id);


--
-- Name: pipeline_couplings pipeline_couplings_pkey; Type: CONSTRAINT; Schema: __SCHEMA__; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.pipeline_couplings
    ADD CONSTRAINT pipeline_couplings_pkey PRIMARY KEY (_account, id);


--
-- Name: pipelines_history pipelines_history_pkey; Type: CONSTRAINT; Schema: __SCHEMA__; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.pipelines_history
    ADD CONSTRAINT pipelines_history_pkey PRIMARY KEY (_account, id, _load_id);


--
-- Name: pipelines pipelines_pkey; Type: CONSTRAINT; Schema: __SCHEMA__; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.pipelines
    ADD CONSTRAINT pipelines_pkey PRIMARY KEY (_account, id);


--
-- Name: regions_history regions_history_pkey; Type: CONSTRAINT; Schema: __SCHEMA__; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.regions_history
    ADD CONSTRAINT regions_history_pkey PRIMARY KEY (_account, id, _load_id);


--
-- Name: regions regions_pkey; Type: CONSTRAINT; Schema: __SCHEMA__; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.regions
    ADD CONSTRAINT regions_pkey PRIMARY KEY (_account, id);


--
-- Name: spaces_history spaces_history_pkey; Type: CONSTRAINT; Schema: __SCHEMA__; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.spaces_history
    ADD CONSTRAINT spaces_history_pkey PRIMARY KEY (_account, id, _load_id);


--
-- Name: spaces spaces_pkey; Type: CONSTRAINT; Schema: __SCHEMA__; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.spaces
    ADD CONSTRAINT spaces_pkey PRIMARY KEY (_account, id);


--
-- Name: stacks_history stacks_history_pkey; Type: CONSTRAINT; Schema: __SCHEMA__; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.stacks_history
    ADD CONSTRAINT stacks_history_pkey PRIMARY KEY (_account, id, _load_id);


--
-- Name: stacks stacks_pkey; Type: CONSTRAINT; Schema: __SCHEMA__; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.stacks
    ADD CONSTRAINT stacks_pkey PRIMARY KEY (_account, id);


--
-- Name: team_members_history team_members_history_pkey; Type: CONSTRAINT; Schema: __SCHEMA__; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.team_members_history
    ADD CONSTRAINT team_members_history_pkey PRIMARY KEY (_account, team_id, id, _load_id);


--
-- Name: team_members team_members_pkey; Type: CONSTRAINT; Schema: __SCHEMA__; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.team_members
    ADD CONSTRAINT team_members_pkey PRIMARY KEY (_account, team_id, id);


--
-- Name: teams_history teams_history_pkey; Type: CONSTRAINT; Schema: __SCHEMA__; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.teams_history
    ADD CONSTRAINT teams_history_pkey PRIMARY KEY (_account, id, _load_id);


--
-- Name: teams teams_pkey; Type: CONSTRAINT; Schema: __SCHEMA__; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.teams
    ADD CONSTRAINT teams_pkey PRIMARY KEY (_account, id);


--
-- Name: _load_reports_by_report; Type: INDEX; Schema: __SCHEMA__; Owner: -
--

CREATE INDEX _load_reports_by_report ON __SCHEMA__._load_reports USING btree (report, load_id DESC);


--
-- Name: _load_reports_verified; Type: INDEX; Schema: __SCHEMA__; Owner: -
--

CREATE INDEX _load_reports_verified ON __SCHEMA__._load_reports USING btree (report, load_id DESC) WHERE verified;


--
-- Name: _schema_changes_by_load; Type: INDEX; Schema: __SCHEMA__; Owner: -
--

CREATE INDEX _schema_changes_by_load ON __SCHEMA__._schema_changes USING btree (load_id);


--
-- Name: account__fetch_hash_idx; Type: INDEX; Schema: __SCHEMA__; Owner: -
--

CREATE INDEX account__fetch_hash_idx ON __SCHEMA__.account USING btree (_fetch_hash);


--
-- Name: account_history__account_id_idx; Type: INDEX; Schema: __SCHEMA__; Owner: -
--

CREATE INDEX account_history__account_id_idx ON __SCHEMA__.account_history USING btree (_account, id) WHERE (_valid_to IS NULL);


--
-- Name: addon_attachments__fetch_hash_idx; Type: INDEX; Schema: __SCHEMA__; Owner: -
--

CREATE INDEX addon_attachments__fetch_hash_idx ON __SCHEMA__.addon_attachments USING btree (_fetch_hash);


--
-- Name: addon_attachments_history__account_id_idx; Type: INDEX; Schema: __SCHEMA__; Owner: -
--

CREATE INDEX addon_attachments_history__account_id_idx ON __SCHEMA__.addon_attachments_history USING btree (_account, id) WHERE (_valid_to IS NULL);


--
-- Name: addon_services__fetch_hash_idx; Type: INDEX; Schema: __SCHEMA__; Owner: -
--

CREATE INDEX addon_services__fetch_hash_idx ON __SCHEMA__.addon_services USING btree (_fetch_hash);


--
-- Name: addon_services_history__account_id_idx; Type: INDEX; Schema: __SCHEMA__; Owner: -
--

CREATE INDEX addon_services_history__account_id_idx ON __SCHEMA__.addon_services_history USING btree (_account, id) WHERE (_valid_to IS NULL);


--
-- Name: addons__fetch_hash_idx; Type: INDEX; Schema: __SCHEMA__; Owner: -
--

CREATE INDEX addons__fetch_hash_idx ON __SCHEMA__.addons USING btree (_fetch_hash);


--
-- Name: addons_history__account_id_idx; Type: INDEX; Schema: __SCHEMA__; Owner: -
--

CREATE INDEX addons_history__account_id_idx ON __SCHEMA__.addons_history USING btree (_account, id) WHERE (_valid_to IS NULL);


--
-- Name: app_collaborators__fetch_hash_idx; Type: INDEX; Schema: __SCHEMA__; Owner: -
--

CREATE INDEX app_collaborators__fetch_hash_idx ON __SCHEMA__.app_collaborators USING btree (_fetch_hash);


--
-- Name: app_collaborators_history__account_app_id_id_idx; Type: INDEX; Schema: __SCHEMA__; Owner: -
--

CREATE INDEX app_collaborators_history__account_app_id_id_idx ON __SCHEMA__.app_collaborators_history USING btree (_account, app_id, id) WHERE (_valid_to IS NULL);


--
-- Name: app_domains__fetch_hash_idx; Type: INDEX; Schema: __SCHEMA__; Owner: -
--

CREATE INDEX app_domains__fetch_hash_idx ON __SCHEMA__.app_domains USING btree (_fetch_hash);


--
-- Name: app_domains_history__account_app_id_id_idx; Type: INDEX; Schema: __SCHEMA__; Owner: -
--

CREATE INDEX app_domains_history__account_app_id_id_idx ON __SCHEMA__.app_domains_history USING btree (_account, app_id, id) WHERE (_valid_to IS NULL);


--
-- Name: app_formation__fetch_hash_idx; Type: INDEX; Schema: __SCHEMA__; Owner: -
--

CREATE INDEX app_formation__fetch_hash_idx ON __SCHEMA__.app_formation USING btree (_fetch_hash);


--
-- Name: app_formation_history__account_app_id_id_idx; Type: INDEX; Schema: __SCHEMA__; Owner: -
--

CREATE INDEX app_formation_history__account_app_id_id_idx ON __SCHEMA__.app_formation_history USING btree (_account, app_id, id) WHERE (_valid_to IS NULL);


--
-- Name: app_releases__fetch_hash_idx; Type: INDEX; Schema: __SCHEMA__; Owner: -
--

CREATE INDEX app_releases__fetch_hash_idx ON __SCHEMA__.app_releases USING btree (_fetch_hash);


--
-- Name: app_releases_history__account_app_id_id_idx; Type: INDEX; Schema: __SCHEMA__; Owner: -
--

CREATE INDEX app_releases_history__account_app_id_id_idx ON __SCHEMA__.app_releases_history USING btree (_account, app_id, id) WHERE (_valid_to IS NULL);


--
-- Name: apps__fetch_hash_idx; Type: INDEX; Schema: __SCHEMA__; Owner: -
--

CREATE INDEX apps__fetch_hash_idx ON __SCHEMA__.apps USING btree (_fetch_hash);


--
-- Name: apps_history__account_id_idx; Type: INDEX; Schema: __SCHEMA__; Owner: -
--

CREATE INDEX apps_history__account_id_idx ON __SCHEMA__.apps_history USING btree (_account, id) WHERE (_valid_to IS NULL);


--
-- Name: dyno_sizes__fetch_hash_idx; Type: INDEX; Schema: __SCHEMA__; Owner: -
--

CREATE INDEX dyno_sizes__fetch_hash_idx ON __SCHEMA__.dyno_sizes USING btree (_fetch_hash);


--
-- Name: dyno_sizes_history__account_id_idx; Type: INDEX; Schema: __SCHEMA__; Owner: -
--

CREATE INDEX dyno_sizes_history__account_id_idx ON __SCHEMA__.dyno_sizes_history USING btree (_account, id) WHERE (_valid_to IS NULL);


--
-- Name: pipeline_couplings__fetch_hash_idx; Type: INDEX; Schema: __SCHEMA__; Owner: -
--

CREATE INDEX pipeline_couplings__fetch_hash_idx ON __SCHEMA__.pipeline_couplings USING btree (_fetch_hash);


--
-- Name: pipeline_couplings_history__account_id_idx; Type: INDEX; Schema: __SCHEMA__; Owner: -
--

CREATE INDEX pipeline_couplings_history__account_id_idx ON __SCHEMA__.pipeline_couplings_history USING btree (_account, id) WHERE (_valid_to IS NULL);


--
-- Name: pipelines__fetch_hash_idx; Type: INDEX; Schema: __SCHEMA__; Owner: -
--

CREATE INDEX pipelines__fetch_hash_idx ON __SCHEMA__.pipelines USING btree (_fetch_hash);


--
-- Name: pipelines_history__account_id_idx; Type: INDEX; Schema: __SCHEMA__; Owner: -
--

CREATE INDEX pipelines_history__account_id_idx ON __SCHEMA__.pipelines_history USING btree (_account, id) WHERE (_valid_to IS NULL);


--
-- Name: regions__fetch_hash_idx; Type: INDEX; Schema: __SCHEMA__; Owner: -
--

CREATE INDEX regions__fetch_hash_idx ON __SCHEMA__.regions USING btree (_fetch_hash);


--
-- Name: regions_history__account_id_idx; Type: INDEX; Schema: __SCHEMA__; Owner: -
--

CREATE INDEX regions_history__account_id_idx ON __SCHEMA__.regions_history USING btree (_account, id) WHERE (_valid_to IS NULL);


--
-- Name: spaces__fetch_hash_idx; Type: INDEX; Schema: __SCHEMA__; Owner: -
--

CREATE INDEX spaces__fetch_hash_idx ON __SCHEMA__.spaces USING btree (_fetch_hash);


--
-- Name: spaces_history__account_id_idx; Type: INDEX; Schema: __SCHEMA__; Owner: -
--

CREATE INDEX spaces_history__account_id_idx ON __SCHEMA__.spaces_history USING btree (_account, id) WHERE (_valid_to IS NULL);


--
-- Name: stacks__fetch_hash_idx; Type: INDEX; Schema: __SCHEMA__; Owner: -
--

CREATE INDEX stacks__fetch_hash_idx ON __SCHEMA__.stacks USING btree (_fetch_hash);


--
-- Name: stacks_history__account_id_idx; Type: INDEX; Schema: __SCHEMA__; Owner: -
--

CREATE INDEX stacks_history__account_id_idx ON __SCHEMA__.stacks_history USING btree (_account, id) WHERE (_valid_to IS NULL);


--
-- Name: team_members__fetch_hash_idx; Type: INDEX; Schema: __SCHEMA__; Owner: -
--

CREATE INDEX team_members__fetch_hash_idx ON __SCHEMA__.team_members USING btree (_fetch_hash);


--
-- Name: team_members_history__account_team_id_id_idx; Type: INDEX; Schema: __SCHEMA__; Owner: -
--

CREATE INDEX team_members_history__account_team_id_id_idx ON __SCHEMA__.team_members_history USING btree (_account, team_id, id) WHERE (_valid_to IS NULL);


--
-- Name: teams__fetch_hash_idx; Type: INDEX; Schema: __SCHEMA__; Owner: -
--

CREATE INDEX teams__fetch_hash_idx ON __SCHEMA__.teams USING btree (_fetch_hash);


--
-- Name: teams_history__account_id_idx; Type: INDEX; Schema: __SCHEMA__; Owner: -
--

CREATE INDEX teams_history__account_id_idx ON __SCHEMA__.teams_history USING btree (_account, id) WHERE (_valid_to IS NULL);


--
-- Name: _load_reports _load_reports_load_id_fkey; Type: FK CONSTRAINT; Schema: __SCHEMA__; Owner: -
--

ALTER TABLE ONLY __SCHEMA__._load_reports
    ADD CONSTRAINT _load_reports_load_id_fkey FOREIGN KEY (load_id) REFERENCES __SCHEMA__._loads(load_id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--


