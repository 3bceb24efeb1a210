-- bilat store, version 6: every word of every multi-word person alias, indexed, so that a surname
-- said alone ("Ishiba", "Kim") finds "Shigeru Ishiba" or "KIM Min-jun" with an index look-up
-- instead of a LIKE scan over all aliases (which, person norms being their words sorted, also
-- missed a surname sorted into the middle: "jun kim min").
-- Rows are added with their alias by `graph.entities.add_person_aliases`; a trigger removes them
-- with it, whoever deletes the alias.

CREATE TABLE person_name_words (
    entity_id   INTEGER NOT NULL REFERENCES entities(id),
    norm        TEXT NOT NULL,   -- the alias norm the word comes from (entity_aliases.norm)
    word        TEXT NOT NULL,
    PRIMARY KEY (entity_id, norm, word)
);
CREATE INDEX person_name_words_word ON person_name_words(word);

CREATE TRIGGER person_name_words_delete AFTER DELETE ON entity_aliases BEGIN
    DELETE FROM person_name_words WHERE entity_id = OLD.entity_id AND norm = OLD.norm;
END;

INSERT OR IGNORE INTO person_name_words (entity_id, norm, word)
WITH RECURSIVE split(entity_id, norm, word, rest) AS (
    SELECT a.entity_id, a.norm, '', a.norm || ' '
    FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
    WHERE e.kind = 'person' AND instr(a.norm, ' ') > 0
    UNION ALL
    SELECT entity_id, norm, substr(rest, 1, instr(rest, ' ') - 1), substr(rest, instr(rest, ' ') + 1)
    FROM split WHERE rest <> ''
)
SELECT entity_id, norm, word FROM split WHERE word <> '';
