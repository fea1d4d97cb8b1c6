-- Reports: addons, addon_attachments
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
    coalesce(array_agg(DISTINCT at.app_name::text) FILTER (WHERE at._account IS NOT NULL), '{}')
                                                                     AS attached_apps,
    coalesce(array_agg(DISTINCT at.name::text) FILTER (WHERE at._account IS NOT NULL), '{}')
                                                                     AS attachment_names
FROM addons ad
LEFT JOIN addon_attachments at ON at._account = ad._account AND at.addon_id::text = ad.id::text
GROUP BY ad._account, ad.id, ad.name, ad.addon_service_name, ad.plan_name, ad.app_id, ad.app_name;

COMMENT ON VIEW addon_sharing IS 'Per add-on: its owning app and every app it is attached to (the blast radius of removing it).';
