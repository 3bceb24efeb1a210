"""The graph follows the store: new documents add to it, superseded versions withdraw their facts."""

from __future__ import annotations

from bilat.graph.resolve import link_version, unlink_version
from bilat.graph.store import Store
from bilat.query.api import QueryAPI

FIRST = {
    "partnerships": [["JP", "SE"]],
    "topics": ["quantum", "ai"],
    "organizations": [{"name": "Swedish Research Council", "aliases": ["VR"], "country": "SE"}],
    "events": [{"type": "meeting", "date": "2024-12-03", "location": "Tokyo", "name": "Joint Committee"}],
}
SECOND = {
    "partnerships": [["JP", "SE"]],
    "topics": ["quantum"],
    "organizations": [{"name": "Vinnova", "country": "SE"}],
}


def snapshot(store: Store) -> dict[str, object]:
    api = QueryAPI(store)
    conn = store.conn
    return {
        "partners": [p.to_dict() for p in api.partners().items],
        "topics": api.topics().to_dict(),
        "entities": conn.execute("SELECT kind, key, name FROM entities ORDER BY kind, key").fetchall(),
        "aliases": conn.execute("SELECT alias FROM entity_aliases ORDER BY alias").fetchall(),
        "links": conn.execute("SELECT type, count(*) FROM links GROUP BY type ORDER BY type").fetchall(),
    }


def test_a_new_version_replaces_the_facts_of_the_old_one(store, put):
    put(FIRST, "news/1", text="first text")
    put(SECOND, "news/1", text="second text")

    api = QueryAPI(store)
    (partnership,) = api.partners().items
    assert partnership.documents == 1
    assert [t.topic for t in partnership.top_topics] == ["quantum"]
    names = [r[0] for r in store.conn.execute("SELECT name FROM entities WHERE kind = 'organization'")]
    assert names == ["Vinnova"]
    assert api.timeline().total == 0


def test_superseding_gives_the_same_graph_as_ingesting_the_new_version_alone(store, put, tmp_path):
    put(FIRST, "news/1", text="first text")
    put(SECOND, "news/2", text="other text")
    put(SECOND, "news/1", text="second text")
    with Store.open(tmp_path / "fresh.db") as fresh:
        from bilat.graph.records import store_record

        for source, text in (("news/2", "other text"), ("news/1", "second text")):
            store_record(fresh, {"schema": "bilat-record/1", **SECOND}, source=source, text=text)
        assert snapshot(fresh) == snapshot(store)


def test_linking_twice_changes_nothing(store, put):
    version = put(FIRST, "news/1")
    before = snapshot(store)
    with store.transaction() as conn:
        link_version(conn, version)
    assert snapshot(store) == before


def test_unlinking_the_only_version_leaves_an_empty_graph(store, put):
    version = put(FIRST, "news/1")
    with store.transaction() as conn:
        unlink_version(conn, version)
    for table in (
        "entities",
        "entity_aliases",
        "mentions",
        "links",
        "entity_documents",
        "partnership_topics",
        "entity_dates",
        "entity_topics",
        "partnership_stats",
        "entity_partners",
    ):
        assert store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table


def test_an_entity_keeps_living_while_another_document_names_it(store, put):
    put(FIRST, "news/1", text="one")
    put({**FIRST, "topics": []}, "news/2", text="two")
    put(SECOND, "news/1", text="three")

    profile = QueryAPI(store).entity("VR")
    assert profile.documents.total == 1
    (meeting,) = QueryAPI(store).timeline().items
    assert [s.document for s in meeting.sources] == ["2"]
