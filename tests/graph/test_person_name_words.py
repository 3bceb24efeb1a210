"""A surname said alone finds the full name through an index of the words of person aliases
(`person_name_words`), written with the aliases, removed with them by a trigger and backfilled by
its migration."""

from __future__ import annotations

from bilat.graph.names import SURNAME_QUERY
from bilat.graph.store import Store, load_migrations, split_sql


def edges(store: Store) -> set[tuple[object, ...]]:
    return {tuple(r) for r in store.conn.execute("SELECT entity_id, norm, word FROM person_name_words")}


def test_multi_word_person_aliases_give_all_their_words(store, put):
    put({"people": [{"name": "Ana Maria Silva", "country": "BR"}]}, "a")
    put({"people": [{"name": "TAKAICHI Sanae", "country": "JP"}]}, "b")
    put({"people": [{"name": "Lula", "country": "BR"}]}, "c")  # one word: nothing to index
    assert {(norm, word) for _, norm, word in edges(store)} == {
        ("ana maria silva", "ana"),
        ("ana maria silva", "maria"),
        ("ana maria silva", "silva"),
        ("sanae takaichi", "sanae"),
        ("sanae takaichi", "takaichi"),
    }


def test_organisation_aliases_are_not_indexed(store, put):
    put({"organizations": [{"name": "Japan Science and Technology Agency", "country": "JP"}]}, "a")
    assert edges(store) == set()


def test_a_surname_sorted_between_the_other_words_still_joins_the_person(store, put):
    # the norm of "KIM Min-jun" is "jun kim min": the surname is neither its first nor its last word
    put({"people": [{"name": "KIM Min-jun", "role": "Minister", "country": "KR"}]}, "a")
    put({"people": [{"name": "Kim", "country": "KR"}]}, "b")
    assert store.conn.execute("SELECT count(*) FROM entities WHERE kind = 'person'").fetchone()[0] == 1


def test_removing_an_entity_removes_its_index_rows(store, put):
    put({"people": [{"name": "Shigeru Ishiba", "country": "JP"}]}, "a")
    with store.transaction() as conn:
        conn.execute("DELETE FROM entity_aliases")
    assert edges(store) == set()


def test_the_migration_backfill_agrees_with_the_triggers(store, put):
    put({"people": [{"name": "Shigeru Ishiba", "role": "Prime Minister", "country": "JP"}]}, "a")
    put({"people": [{"name": "Dr. Ana Maria Silva", "country": "BR"}, {"name": "Ulf Kristersson"}]}, "b")
    incremental = edges(store)
    script = next(m.sql for m in load_migrations() if m.name.startswith("0006"))
    with store.transaction() as conn:
        conn.execute("DROP TRIGGER person_name_words_delete")
        conn.execute("DROP TABLE person_name_words")
        for statement in split_sql(script):
            conn.execute(statement)
    assert edges(store) == incremental and incremental


def test_the_surname_look_up_reads_the_word_index_not_every_alias(store):
    plan = " ".join(
        str(row[-1])
        for row in store.conn.execute(f"EXPLAIN QUERY PLAN {SURNAME_QUERY}", ("ishiba", "JP"))
    )
    assert "person_name_words_word" in plan and "entity_aliases" not in plan
