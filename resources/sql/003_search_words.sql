-- Search by whole emails and domains. In version 2 an email was indexed as its pieces, so a
-- search for "sarah@acme.com" looked for the phrase "sarah acme com*", and the prefix on its last
-- piece made SQLite merge the lists of every indexed word starting with "com" (nearly every row)
-- before it could answer. Here "@", "." and "+" join words, each email is indexed whole, as its
-- parts and as its pieces (HistoryStore::searchWords), and the same query reads a short list.
-- The new table is filled from the old one by HistoryStore::reindexSearch, which then drops the
-- old table and gives this one its name, in the same transaction as this file.
CREATE VIRTUAL TABLE asserts_search USING fts5 (
    emails,
    names,
    contact_id,
    error_code,
    tokenize = "unicode61 tokenchars '@.+'"
);
