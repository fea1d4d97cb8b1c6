-- Reports: none (reads the load ledger, _loads and _load_reports).
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
    WHERE r.status = 'succeeded' AND l.account IS NOT NULL
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

COMMENT ON VIEW report_coverage IS 'Per account and report: whether it was ever loaded, its last successful load (id, time, rows) and its last verification (fetched in full); a view needing a never-loaded report cannot answer for that account.';
