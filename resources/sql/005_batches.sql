-- A batch: one CSV file sent row by row, each row an assert of its own. The file is named by its
-- path, size and SHA-256, so a resume can refuse a file that changed since; the header, the
-- mapping and the options are kept so the rows map the same way again. Never a key.
CREATE TABLE batches (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    profile TEXT NOT NULL,
    base_url TEXT NOT NULL,
    source_path TEXT NOT NULL,
    source_size INTEGER NOT NULL,
    source_sha256 TEXT NOT NULL,
    header TEXT NOT NULL,
    mapping TEXT NOT NULL,
    match_column TEXT NOT NULL,
    options TEXT NOT NULL,
    total_rows INTEGER NOT NULL,
    invalid_rows INTEGER NOT NULL DEFAULT 0,
    repeated_rows INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL CHECK (state IN ('sending', 'done', 'cancelled'))
);
-- Each attempt of a batch carries its batch and row (1 = the first row after the header) and the
-- line the row starts on, in the intent row itself: a crash leaves every row traceable. A resume
-- that read an interrupted or unknown row back notes what it found (landed, not_landed, unchecked).
ALTER TABLE asserts ADD COLUMN batch_id INTEGER REFERENCES batches (id);
ALTER TABLE asserts ADD COLUMN batch_row INTEGER;
ALTER TABLE asserts ADD COLUMN batch_line INTEGER;
ALTER TABLE asserts ADD COLUMN batch_check TEXT;
CREATE INDEX asserts_batch ON asserts (batch_id, batch_row) WHERE batch_id IS NOT NULL;
