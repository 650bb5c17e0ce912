-- Full-text search over what people look for: emails, names, contact ids, error codes.
CREATE VIRTUAL TABLE asserts_fts USING fts5 (
    emails,
    names,
    contact_id,
    error_code,
    tokenize = 'unicode61'
);
-- Rows written before search existed are indexed from their request bodies.
INSERT INTO asserts_fts (rowid, emails, names, contact_id, error_code)
SELECT id,
       trim(coalesce(match_value, '') || ' ' || coalesce(json_extract(request_body, '$.attributes.primary_email'), '')),
       trim(coalesce(json_extract(request_body, '$.attributes.first_name'), '') || ' '
            || coalesce(json_extract(request_body, '$.attributes.last_name'), '')),
       coalesce(contact_id, ''),
       coalesce(error_code, '')
FROM asserts
WHERE json_valid(request_body);
CREATE INDEX asserts_outcome ON asserts (outcome);
CREATE INDEX asserts_profile ON asserts (profile);
