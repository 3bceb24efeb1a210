-- bilat store, version 5: how many current document versions mention each entity, kept up to date
-- on link/unlink (+1/-1), so "most documented" lists (the network, entity look-ups) read one
-- row per entity instead of counting entity_documents.

CREATE TABLE entity_stats (
    entity_id   INTEGER PRIMARY KEY REFERENCES entities(id),
    kind        TEXT NOT NULL,      -- the entity's kind, repeated for ranking within a kind
    documents   INTEGER NOT NULL
);
CREATE INDEX entity_stats_kind_documents ON entity_stats(kind, documents);

INSERT INTO entity_stats (entity_id, kind, documents)
SELECT entity_id, kind, count(*) FROM entity_documents GROUP BY entity_id, kind;
