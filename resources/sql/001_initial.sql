-- One row per send attempt. Written as "in_flight" before the request leaves, completed after.
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
