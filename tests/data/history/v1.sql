-- A history as Assert Desk wrote it at schema version 1 (before full-text search).
CREATE TABLE asserts (
    id INTEGER PRIMARY KEY,
    state TEXT NOT NULL CHECK (state IN ('in_flight', 'complete', 'interrupted')),
    sent_at TEXT NOT NULL,
    answered_at TEXT,
    profile TEXT NOT NULL,
    base_url TEXT NOT NULL,
    request_body TEXT NOT NULL,
    match_key TEXT,
    match_value TEXT,
    outcome TEXT,
    http_status INTEGER,
    response_headers TEXT,
    response_body BLOB,
    response_compressed INTEGER NOT NULL DEFAULT 0,
    response_size INTEGER,
    response_truncated INTEGER NOT NULL DEFAULT 0,
    duration_ms INTEGER,
    contact_id TEXT,
    action TEXT,
    matched_on TEXT,
    error_code TEXT,
    error_message TEXT,
    app_version TEXT NOT NULL
);
CREATE INDEX asserts_sent_at ON asserts (sent_at);
CREATE INDEX asserts_contact_id ON asserts (contact_id);
CREATE INDEX asserts_match_value ON asserts (match_value COLLATE NOCASE);
CREATE INDEX asserts_state ON asserts (state) WHERE state = 'in_flight';
INSERT INTO asserts (state, sent_at, answered_at, profile, base_url, request_body, match_key, match_value, outcome, http_status, duration_ms, contact_id, action, matched_on, app_version) VALUES ('complete', '2026-03-01T09:00:00.000Z', '2026-03-01T09:00:00.200Z', 'Reevo', 'https://api.reevo.ai/api/v2', '{"attributes":{"first_name":"Olga","last_name":"Petrova"},"match":{"primary_email":"olga@legacy.example"}}', 'primary_email', 'olga@legacy.example', 'succeeded', 201, 200, '11111111-2222-4333-8444-555555555555', 'created', '{}', '0.0.9');
INSERT INTO asserts (state, sent_at, answered_at, profile, base_url, request_body, match_key, match_value, outcome, http_status, duration_ms, error_code, error_message, app_version) VALUES ('complete', '2026-03-02T09:00:00.000Z', '2026-03-02T09:00:00.100Z', 'Reevo', 'https://api.reevo.ai/api/v2', '{"attributes":{"nickname":"O"},"match":{"primary_email":"olga@legacy.example"}}', 'primary_email', 'olga@legacy.example', 'rejected', 422, 100, 'unknown_field', 'nickname is not a field', '0.0.9');
PRAGMA user_version = 1;
