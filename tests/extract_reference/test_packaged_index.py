"""The organisation index shipped in the package: current, identical to a fresh build, and ignored
when stale or damaged (the index is then built as before)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bilat.extract.reference import config, index_cache
from bilat.extract.reference.organizations import (
    PACKAGED_INDEX,
    ROR_BLOCK,
    OrgIndex,
    _index_sources,
    load_curated,
    load_organizations,
    write_packaged_index,
)

TEXT = (
    "The Japan Society for the Promotion of Science (JSPS) and the Deutsche Forschungsgemeinschaft "
    "met the National Research Foundation of Korea, Kyoto University and the Max Planck Society."
)


def _packaged_key() -> str:
    sources = _index_sources(config.data_path("organizations.yaml"), config.data_path("ror.jsonl.gz"))
    return index_cache.content_key("org", sources)


def test_the_packaged_index_matches_the_data_files_and_code() -> None:
    state = index_cache.load_packaged(config.data_path(PACKAGED_INDEX), _packaged_key())
    assert state is not None, "the packaged organisation index is stale: run `bilat ror-index`"


def test_the_packaged_index_behaves_like_a_fresh_build(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BILAT_NO_CACHE", "1")
    packaged = load_organizations()
    monkeypatch.setenv("BILAT_NO_PACKAGED_INDEX", "1")
    fresh = load_organizations()
    assert len(packaged) == len(fresh)
    assert [(m.start, m.end, m.candidates) for m in packaged.find(TEXT)] == [
        (m.start, m.end, m.candidates) for m in fresh.find(TEXT)
    ]
    for number in range(0, len(fresh), 997):  # a sample across curated and ROR entries
        assert packaged.entry(number) == fresh.entry(number)


def test_a_written_index_is_read_back_only_under_its_own_key(tmp_path: Path) -> None:
    target = tmp_path / PACKAGED_INDEX
    count = write_packaged_index(target)
    assert count > 40_000
    state = index_cache.load_packaged(target, _packaged_key())
    assert isinstance(state, dict) and "ror_blocks" not in state  # the records come apart, on demand
    assert len(index_cache.load_packaged_tail(target, _packaged_key())) * ROR_BLOCK >= state["raw_count"]
    assert index_cache.load_packaged(target, "another key") is None
    assert index_cache.load_packaged_tail(target, "another key") is None


def test_a_packaged_file_keeps_its_tail_apart(tmp_path: Path) -> None:
    target = tmp_path / "small.index"
    index_cache.save_packaged(target, "k", {"tables": [1, 2]}, [b"records"])
    assert index_cache.load_packaged(target, "k") == {"tables": [1, 2]}
    assert index_cache.load_packaged_tail(target, "k") == [b"records"]
    index_cache.save_packaged(target, "k", {"tables": [1, 2]})
    assert index_cache.load_packaged_tail(target, "k") is None
    target.write_bytes(target.read_bytes()[:-3])  # cut short
    assert index_cache.load_packaged(target, "k") is None


@pytest.mark.parametrize("content", [b"", b"not an index", b"x\x9c\x00\x01"])
def test_a_damaged_index_file_is_ignored(tmp_path: Path, content: bytes) -> None:
    target = tmp_path / PACKAGED_INDEX
    target.write_bytes(content)
    assert index_cache.load_packaged(target, _packaged_key()) is None
    assert index_cache.load_packaged(tmp_path / "missing.index", _packaged_key()) is None


def test_content_keys_follow_file_contents(tmp_path: Path) -> None:
    source = tmp_path / "data.yaml"
    source.write_text("a: 1\n", encoding="utf-8")
    first = index_cache.content_key("org", [source])
    source.write_text("a: 2\n", encoding="utf-8")
    assert index_cache.content_key("org", [source]) != first


def _loaded_records(index: OrgIndex) -> int:
    return sum(line is not None for line in index._raw[index._curated :])


def test_the_packaged_index_reads_ror_records_only_when_needed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BILAT_NO_CACHE", "1")
    packaged = load_organizations()
    assert _loaded_records(packaged) == 0 and packaged._by_ror_blob is not None  # nothing read yet
    assert packaged.entry(len(packaged) - 1).ror_id  # the last record: only its block is read
    assert 0 < _loaded_records(packaged) <= ROR_BLOCK
    monkeypatch.setenv("BILAT_NO_PACKAGED_INDEX", "1")
    fresh = load_organizations()
    ror_ids = [fresh.entry(n).ror_id for n in range(0, len(fresh), 4999)]
    assert [packaged.by_ror(r) for r in ror_ids if r] == [fresh.by_ror(r) for r in ror_ids if r]
    assert packaged._by_ror_blob is None
    assert [packaged.entry(n) for n in range(len(fresh))] == [fresh.entry(n) for n in range(len(fresh))]


def test_a_saved_index_keeps_every_ror_record() -> None:
    packaged = load_organizations()
    restored = OrgIndex.from_state(load_curated()[0], packaged.state(), load_curated()[1])
    assert _loaded_records(restored) == 0
    assert restored._ror_lines() == packaged._ror_lines()


def test_the_packaged_index_keeps_the_curated_entries_and_stop_list(tmp_path: Path) -> None:
    target = tmp_path / PACKAGED_INDEX
    write_packaged_index(target)
    state = index_cache.load_packaged(target, _packaged_key())
    assert isinstance(state, dict)
    curated, stoplist = load_curated()
    assert len(state["curated"]) == len(curated)
    assert [fields[1] for fields in state["curated"]] == [entry.name for entry in curated]
    assert state["stoplist"] == stoplist
