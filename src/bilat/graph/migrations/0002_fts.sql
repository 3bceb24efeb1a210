-- bilat store, version 2: full-text search (SQLite FTS5; a PostgreSQL backend uses tsvector
-- columns with GIN indexes instead, see docs/ingest.md).
--
-- document_versions_fts: title and text of every document version (external content: the text
--   is not stored twice; rowid = document_versions.id).
-- facts_fts: the label of every fact and the searchable text of its data (every string value
--   of the JSON item); rowid = facts.id. Join facts to keep only active ones.
-- Triggers keep both in sync with their tables.

CREATE VIRTUAL TABLE document_versions_fts USING fts5(
    title, text,
    content = 'document_versions', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER document_versions_fts_insert AFTER INSERT ON document_versions BEGIN
    INSERT INTO document_versions_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE TRIGGER document_versions_fts_delete AFTER DELETE ON document_versions BEGIN
    INSERT INTO document_versions_fts (document_versions_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
END;

CREATE TRIGGER document_versions_fts_update AFTER UPDATE OF title, text ON document_versions BEGIN
    INSERT INTO document_versions_fts (document_versions_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO document_versions_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE VIRTUAL TABLE facts_fts USING fts5(
    label, body,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER facts_fts_insert AFTER INSERT ON facts BEGIN
    INSERT INTO facts_fts (rowid, label, body) VALUES (
        new.id, new.label,
        (SELECT group_concat(value, ' ') FROM json_tree(new.data) WHERE type = 'text')
    );
END;

CREATE TRIGGER facts_fts_delete AFTER DELETE ON facts BEGIN
    DELETE FROM facts_fts WHERE rowid = old.id;
END;

CREATE TRIGGER facts_fts_update AFTER UPDATE OF label, data ON facts BEGIN
    DELETE FROM facts_fts WHERE rowid = old.id;
    INSERT INTO facts_fts (rowid, label, body) VALUES (
        new.id, new.label,
        (SELECT group_concat(value, ' ') FROM json_tree(new.data) WHERE type = 'text')
    );
END;

-- Index what was stored before this migration.
INSERT INTO document_versions_fts (document_versions_fts) VALUES ('rebuild');
INSERT INTO facts_fts (rowid, label, body)
    SELECT id, label, (SELECT group_concat(value, ' ') FROM json_tree(facts.data) WHERE type = 'text')
    FROM facts;
