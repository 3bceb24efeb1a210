"""`bilat ror-build`: the compact organisation file from ROR data in every supported format."""

from __future__ import annotations

import gzip
import json
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bilat.cli import app
from bilat.errors import InputError
from bilat.extract.reference import ror
from bilat.extract.reference.organizations import OrgIndex, load_curated, load_organizations

V2_RECORD = {
    "id": "https://ror.org/05example",
    "status": "active",
    "names": [
        {"value": "Example Institute of Polar Science", "types": ["ror_display", "label"], "lang": "en"},
        {"value": "EIPS", "types": ["acronym"], "lang": None},
        {"value": "Polar Example Institute", "types": ["alias"], "lang": "en"},
        {"value": "例示極地研究所", "types": ["label"], "lang": "ja"},
        {"value": "مثال", "types": ["label"], "lang": "ar"},
    ],
    "locations": [{"geonames_details": {"country_code": "NO", "name": "Tromsø"}}],
    "types": ["facility"],
    "relationships": [{"type": "parent", "id": "https://ror.org/05parent"}],
}
V1_RECORD = {
    "id": "https://ror.org/06example",
    "name": "Example Research Council",
    "status": "active",
    "acronyms": ["ERCX"],
    "aliases": [],
    "labels": [{"label": "Conseil de recherche exemple", "iso639": "fr"}],
    "country": {"country_code": "FR", "country_name": "France"},
    "addresses": [{"city": "Lyon"}],
    "types": ["Funder"],
    "relationships": [],
}
INACTIVE = {**V2_RECORD, "id": "https://ror.org/07gone", "status": "withdrawn"}


def test_compact_keeps_what_matching_needs() -> None:
    record = ror.compact(V2_RECORD)
    assert record == {
        "ror": "05example",
        "name": "Example Institute of Polar Science",
        "country": "NO",
        "acronyms": ["EIPS"],
        "aliases": ["Polar Example Institute", "例示極地研究所"],
        "types": ["facility"],
        "parents": ["05parent"],
        "city": "Tromsø",
    }
    assert ror.compact(INACTIVE) is None


def test_v1_records_are_read_too() -> None:
    record = ror.compact(V1_RECORD)
    assert record is not None
    assert (record["name"], record["country"], record["types"], record["city"]) == (
        "Example Research Council",
        "FR",
        ["funder"],
        "Lyon",
    )
    assert record["aliases"] == ["Conseil de recherche exemple"]


@pytest.mark.parametrize("form", ["json", "zip", "jsonl", "jsonl.gz"])
def test_build_reads_every_source_format(tmp_path: Path, form: str) -> None:
    records = [V2_RECORD, INACTIVE, V1_RECORD]
    source = tmp_path / f"dump.{form}"
    if form == "json":
        source.write_text(json.dumps(records), encoding="utf-8")
    elif form == "zip":
        with zipfile.ZipFile(source, "w") as archive:
            archive.writestr("v1.50-2024-ror-data_schema_v2.json", json.dumps(records))
    elif form == "jsonl":
        source.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    else:
        with gzip.open(source, "wt", encoding="utf-8") as handle:
            handle.write("\n".join(json.dumps(r) for r in records))
    out = tmp_path / "ror.jsonl.gz"
    count, _cities = ror.build(source, out)
    assert count == 2
    assert [r["ror"] for r in ror.read_compact(out)] == ["05example", "06example"]


def test_built_file_feeds_the_index(tmp_path: Path) -> None:
    source = tmp_path / "dump.json"
    source.write_text(json.dumps([V2_RECORD]), encoding="utf-8")
    out = tmp_path / "ror.jsonl.gz"
    ror.build(source, out)
    curated, stoplist = load_curated()
    index = OrgIndex.build(curated, ror.read_compact_lines(out), stoplist)
    text = "scientists of the Example Institute of Polar Science (EIPS) in Tromsø"
    assert [m.surface for m in index.find(text)] == ["Example Institute of Polar Science", "EIPS"]
    entry = index.resolve(index.find(text)[1], {"NO"})
    assert entry is not None and entry.ror_id == "05example" and entry.parents == ("05parent",)


def test_shared_ror_file_builds_the_shipped_index(
    shared_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sample = tmp_path / "sample.jsonl"
    with (shared_dir / "data" / "ror" / "organizations.jsonl").open(encoding="utf-8") as handle:
        sample.write_text(
            "".join(line for _, line in zip(range(2000), handle, strict=False)), encoding="utf-8"
        )
    out = tmp_path / "ror.jsonl.gz"
    count, cities = ror.build(sample, out)
    assert count == 2000 and cities
    monkeypatch.setenv("BILAT_NO_CACHE", "1")
    index = load_organizations(out)
    first = json.loads(sample.read_text(encoding="utf-8").splitlines()[0])
    assert index.by_ror(first["ror"]) is not None


def test_a_failed_build_leaves_the_old_file(tmp_path: Path) -> None:
    out = tmp_path / "ror.jsonl.gz"
    out.write_bytes(b"previous")
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.jsonl"):
        ror.build(bad, out)
    assert out.read_bytes() == b"previous"
    assert set(tmp_path.iterdir()) == {out, bad}


def test_command_reports_in_one_line(tmp_path: Path) -> None:
    source = tmp_path / "dump.json"
    source.write_text(json.dumps([V2_RECORD, V1_RECORD]), encoding="utf-8")
    out = tmp_path / "out" / "ror.jsonl.gz"
    result = CliRunner().invoke(app, ["ror-build", str(source), "--out", str(out), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["organizations"] == 2 and Path(report["cities_out"]).is_file()


def test_command_rejects_missing_and_broken_files(tmp_path: Path) -> None:
    from bilat.cli import main

    for bad in (tmp_path / "missing.zip", tmp_path / "broken.json"):
        if bad.suffix == ".json":
            bad.write_text("[{", encoding="utf-8")
        with pytest.raises(SystemExit) as exit_info:
            main(["ror-build", str(bad), "--out", str(tmp_path / "x.jsonl.gz")])
        assert exit_info.value.code == 1
    assert not (tmp_path / "x.jsonl.gz").exists()


def test_large_json_arrays_are_read_item_by_item() -> None:
    import io

    items = [{"n": i, "text": "x" * (i % 50)} for i in range(500)]
    handle = io.StringIO(json.dumps(items, indent=1)[1:])
    assert list(ror._iter_array(handle, chunk_size=64)) == items
    with pytest.raises(ValueError):
        list(ror._iter_array(io.StringIO('{"n": 1}, {"n": 2}'), chunk_size=8))
