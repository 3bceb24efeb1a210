-- bilat store, version 1: documents and their versions, the facts of each version's
-- record (with evidence offsets), entities with aliases, mentions and links.
-- Every table is plain SQL that PostgreSQL accepts as well (JSON kept as TEXT here).

CREATE TABLE documents (
    id                  INTEGER PRIMARY KEY,
    source              TEXT NOT NULL UNIQUE,   -- absolute path, URL or feed-item link; stdin:<doc_id>
    current_version_id  INTEGER,                -- the version whose facts are active
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);

CREATE TABLE document_versions (
    id            INTEGER PRIMARY KEY,
    document_id   INTEGER NOT NULL REFERENCES documents(id),
    doc_id        TEXT NOT NULL,                -- stable id: hash of the normalised text
    name          TEXT NOT NULL,                -- file name used for exports (e.g. 004_x.txt)
    title         TEXT,
    published     TEXT,                         -- ISO 8601 at the precision known
    published_source TEXT,                      -- 'metadata' | 'text' | NULL
    language      TEXT,
    media_type    TEXT,                         -- text/plain, text/html, application/pdf, ...
    text          TEXT NOT NULL,                -- full normalised (NFC) text; evidence offsets index it
    n_chars       INTEGER NOT NULL,
    ingested_at   TEXT NOT NULL,
    superseded_at TEXT,                         -- set when a newer version replaces this one
    extractor     TEXT,                         -- extractor version that produced the facts
    record        TEXT                          -- the whole bilat-record/1 JSON (with evidence)
);
CREATE INDEX document_versions_document ON document_versions(document_id);
CREATE INDEX document_versions_doc_id ON document_versions(doc_id);
CREATE INDEX document_versions_published ON document_versions(published);

-- One row per item of a record: an organisation, a person, an agreement, an event, ...
CREATE TABLE facts (
    id          INTEGER PRIMARY KEY,
    version_id  INTEGER NOT NULL REFERENCES document_versions(id),
    field       TEXT NOT NULL,   -- partnerships|topics|organizations|people|programs|agreements|events|calls|amounts
    ordinal     INTEGER NOT NULL, -- position within the field in the record
    label       TEXT,            -- a short human-readable label (name, title, pair, topic id)
    date        TEXT,            -- the fact's main date (event start, agreement date, call deadline)
    date_end    TEXT,
    data        TEXT NOT NULL,   -- the item as JSON, without evidence
    evidence    TEXT NOT NULL,   -- JSON list of {"start": S, "end": E}
    active      INTEGER NOT NULL DEFAULT 1, -- 0 once its document version is superseded
    UNIQUE (version_id, field, ordinal)
);
CREATE INDEX facts_version ON facts(version_id);
CREATE INDEX facts_field_active ON facts(field, active);
CREATE INDEX facts_date ON facts(date);

-- Resolved entities across documents: organisations, people, programmes, partners,
-- and merged events / agreements / calls.
CREATE TABLE entities (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,   -- organization|person|program|partner|event|agreement|call|topic
    key         TEXT NOT NULL,   -- resolution key, unique per kind
    name        TEXT NOT NULL,
    country     TEXT,
    ror_id      TEXT,
    data        TEXT,            -- JSON: extra attributes (types, roles over time, ...)
    created_at  TEXT NOT NULL,
    UNIQUE (kind, key)
);
CREATE INDEX entities_kind_name ON entities(kind, name);

CREATE TABLE entity_aliases (
    entity_id   INTEGER NOT NULL REFERENCES entities(id),
    alias       TEXT NOT NULL,
    norm        TEXT NOT NULL,   -- folded form used for lookup
    PRIMARY KEY (entity_id, norm)
);
CREATE INDEX entity_aliases_norm ON entity_aliases(norm);

-- A fact mentions an entity (an event fact mentions its partners, an organisation fact its entity ...).
CREATE TABLE mentions (
    fact_id     INTEGER NOT NULL REFERENCES facts(id),
    entity_id   INTEGER NOT NULL REFERENCES entities(id),
    role        TEXT NOT NULL DEFAULT 'subject',
    PRIMARY KEY (fact_id, entity_id, role)
);
CREATE INDEX mentions_entity ON mentions(entity_id);

-- Typed links between entities, each backed by the fact that states it.
CREATE TABLE links (
    id          INTEGER PRIMARY KEY,
    src_id      INTEGER NOT NULL REFERENCES entities(id),
    dst_id      INTEGER NOT NULL REFERENCES entities(id),
    type        TEXT NOT NULL,   -- partner_of|member_of|funds|runs|party_to|participant|follows|...
    fact_id     INTEGER REFERENCES facts(id)
);
CREATE INDEX links_src ON links(src_id, type);
CREATE INDEX links_dst ON links(dst_id, type);
