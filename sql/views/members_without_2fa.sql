-- Reports: team_members (`--report all`)
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
WHERE m.two_factor_authentication::text IS DISTINCT FROM 'true';

COMMENT ON VIEW members_without_2fa IS 'Team members without two-factor authentication (one row per team and member).';
