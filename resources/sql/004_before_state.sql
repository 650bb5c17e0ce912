-- What a send was expected to do and what the contact was before it: the before-state (the
-- contact as read just before sending, for an update), the match prediction taken just before
-- sending, and the surprise when the outcome was not what was predicted (a sentence; NULL when
-- there was none). Older rows have none of these and stay readable as they were.
ALTER TABLE asserts ADD COLUMN before_state TEXT;
ALTER TABLE asserts ADD COLUMN prediction TEXT;
ALTER TABLE asserts ADD COLUMN surprise TEXT;
CREATE INDEX asserts_surprise ON asserts (id) WHERE surprise IS NOT NULL;
