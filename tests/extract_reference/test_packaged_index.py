"""The organisation index shipped in the package: current, identical to a fresh build, and ignored
when stale or damaged (the index is then built as before)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bilat.extract.reference import config, index_cache
from bilat.extract.reference.organizations import (
    PACKAGED_INDEX,
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
    assert isinstance(index_cache.load_packaged(target, _packaged_key()), dict)
    assert index_cache.load_packaged(target, "another key") is None


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


def test_the_packaged_index_reads_ror_records_only_when_needed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BILAT_NO_CACHE", "1")
    packaged = load_organizations()
    assert packaged._raw_loader is not None and packaged._by_ror_blob is not None  # nothing read yet
    monkeypatch.setenv("BILAT_NO_PACKAGED_INDEX", "1")
    fresh = load_organizations()
    ror_ids = [fresh.entry(n).ror_id for n in range(0, len(fresh), 4999)]
    assert [packaged.by_ror(r) for r in ror_ids if r] == [fresh.by_ror(r) for r in ror_ids if r]
    assert packaged.entry(len(packaged) - 1) == fresh.entry(len(fresh) - 1)
    assert packaged._raw_loader is None and packaged._by_ror_blob is None


def test_the_packaged_index_keeps_the_curated_entries_and_stop_list(tmp_path: Path) -> None:
    target = tmp_path / PACKAGED_INDEX
    write_packaged_index(target)
    state = index_cache.load_packaged(target, _packaged_key())
    assert isinstance(state, dict)
    curated, stoplist = load_curated()
    assert len(state["curated"]) == len(curated)
    assert [fields[1] for fields in state["curated"]] == [entry.name for entry in curated]
    assert state["stoplist"] == stoplist
