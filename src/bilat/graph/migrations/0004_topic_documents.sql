-- bilat store, version 4: documents per topic that concern a partnership, each document counted
-- once however many partnerships it has. scope_id 0 means "any partnership"; otherwise it is the
-- partner entity of one of the document's partnerships. Kept up to date on link/unlink (+1/-1),
-- so topic totals and the topic x partner heatmap never count a document twice.

CREATE TABLE topic_documents (
    scope_id    INTEGER NOT NULL,   -- 0 (any partnership) or a partner entity id
    topic_id    INTEGER NOT NULL REFERENCES entities(id),
    n           INTEGER NOT NULL,
    PRIMARY KEY (scope_id, topic_id)
);

INSERT INTO topic_documents (scope_id, topic_id, n)
SELECT 0, t.entity_id, count(*) FROM entity_documents t
WHERE t.kind = 'topic' AND EXISTS (
    SELECT 1 FROM entity_documents p WHERE p.version_id = t.version_id AND p.kind = 'partnership')
GROUP BY t.entity_id;

INSERT INTO topic_documents (scope_id, topic_id, n)
SELECT pr.id, t.entity_id, count(DISTINCT t.version_id)
FROM entity_documents t
JOIN entity_documents p ON p.version_id = t.version_id AND p.kind = 'partnership'
JOIN entities pe ON pe.id = p.entity_id
JOIN entities pr ON pr.kind = 'partner' AND (pe.key LIKE pr.key || '-%' OR pe.key LIKE '%-' || pr.key)
WHERE t.kind = 'topic'
GROUP BY pr.id, t.entity_id;
