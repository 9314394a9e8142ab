-- A subscription may ask for new names only: events of cases whose name was first seen at or after new_since
-- (ISO 8601 UTC text, like the other times of this table). NULL sends every name.
ALTER TABLE alert_subscriptions ADD COLUMN new_since TEXT;

-- A CT sighting keeps the certificate's issuer and subject alternative names (a JSON array), so the evidence package
-- can describe every certificate that showed the name, not only the one its filing carried.
ALTER TABLE case_sightings ADD COLUMN ct_issuer TEXT;
ALTER TABLE case_sightings ADD COLUMN ct_names TEXT;
