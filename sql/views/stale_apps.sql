-- Apps that look abandoned: no release in app_releases and no process running (no
-- formation row with quantity > 0). Only meaningful after a load with the fan-out
-- reports app_releases and app_formation (`--report all`).
CREATE OR REPLACE VIEW stale_apps AS
SELECT
    a._account,
    a.id            AS app_id,
    a.name          AS app_name,
    a.team_name,
    a.created_at,
    a.updated_at
FROM apps a
WHERE NOT EXISTS (SELECT 1 FROM app_releases r WHERE r._account = a._account AND r.app_id::text = a.id::text)
  AND NOT EXISTS (SELECT 1 FROM app_formation f
                  WHERE f._account = a._account AND f.app_id::text = a.id::text
                    AND f.quantity::text ~ '^[0-9]+$' AND f.quantity::text::numeric > 0);

COMMENT ON VIEW stale_apps IS 'Apps with no release and no running process type (no formation with quantity > 0).';
