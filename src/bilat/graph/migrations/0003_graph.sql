-- bilat store, version 3: what the cross-document graph and the query layer keep beside the
-- entities of 0001: which document versions mention each entity (with the dates of the version's
-- facts, so partnership summaries need no scan of the facts), per-partnership topic counts by year
-- (updated incrementally), and the dates of merged events, agreements and calls for timelines.

CREATE TABLE entity_documents (
    entity_id   INTEGER NOT NULL REFERENCES entities(id),
    version_id  INTEGER NOT NULL REFERENCES document_versions(id),
    kind        TEXT NOT NULL,      -- the entity's kind, repeated for fast filtering
    first_date  TEXT,               -- the earliest dated fact of the version
    last_date   TEXT,               -- the latest dated fact of the version
    year        TEXT,               -- the version's publication year
    PRIMARY KEY (entity_id, version_id)
);
CREATE INDEX entity_documents_version ON entity_documents(version_id, kind, entity_id);
CREATE INDEX entity_documents_kind ON entity_documents(kind, entity_id, first_date, last_date);

CREATE TABLE partnership_topics (
    partnership_id INTEGER NOT NULL REFERENCES entities(id),
    topic_id       INTEGER NOT NULL REFERENCES entities(id),
    year           TEXT NOT NULL,   -- publication year of the documents, '' when unknown
    n              INTEGER NOT NULL,
    PRIMARY KEY (partnership_id, topic_id, year)
);

CREATE TABLE entity_dates (
    entity_id   INTEGER PRIMARY KEY REFERENCES entities(id),
    kind        TEXT NOT NULL,      -- event | agreement | call
    date        TEXT,               -- start, signature or deadline (ISO 8601 at its precision)
    date_end    TEXT,               -- last day of an event, opening of a call
    opening     TEXT
);
CREATE INDEX entity_dates_kind_date ON entity_dates(kind, date);

-- Links are withdrawn by fact, and found from either end with their type and the other end.
CREATE INDEX links_fact ON links(fact_id);
CREATE INDEX links_src_type_dst ON links(src_id, type, dst_id);
CREATE INDEX links_dst_type_src ON links(dst_id, type, src_id);
-- (the two indexes above cover what links_src and links_dst of 0001 served)
DROP INDEX links_src;
DROP INDEX links_dst;

-- Organisations are found by their ROR id whatever their resolution key.
CREATE INDEX entities_ror ON entities(ror_id);

-- Timelines read events and agreements together in date order (the rowid is the entity id).
CREATE INDEX entity_dates_date ON entity_dates(date);

-- The topics of the documents that report each event, agreement and call (documents per topic,
-- updated by +1/-1), so timelines and calls filter by topic without joining documents.
CREATE TABLE entity_topics (
    entity_id   INTEGER NOT NULL REFERENCES entities(id),
    topic_id    INTEGER NOT NULL REFERENCES entities(id),
    n           INTEGER NOT NULL,
    PRIMARY KEY (topic_id, entity_id)
);
CREATE INDEX entity_topics_entity ON entity_topics(entity_id);

-- An entity's mentions in the order they were stored (first sources, latest roles).
CREATE INDEX mentions_entity_role_fact ON mentions(entity_id, role, fact_id);

-- Per partnership: documents and the span of their dated facts (kept up to date on link/unlink),
-- so listing partnerships reads one row each.
CREATE TABLE partnership_stats (
    partnership_id INTEGER PRIMARY KEY REFERENCES entities(id),
    documents      INTEGER NOT NULL,
    first_date     TEXT,
    last_date      TEXT
);

-- The partners of each event, agreement and call (documents stating it, +1/-1), for filters.
CREATE TABLE entity_partners (
    partner_id  INTEGER NOT NULL REFERENCES entities(id),
    entity_id   INTEGER NOT NULL REFERENCES entities(id),
    n           INTEGER NOT NULL,
    PRIMARY KEY (partner_id, entity_id)
);
CREATE INDEX entity_partners_entity ON entity_partners(entity_id);
