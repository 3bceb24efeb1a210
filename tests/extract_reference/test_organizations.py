"""Organisations: matching names and acronyms, resolving ambiguous acronyms with context."""

from __future__ import annotations

from pathlib import Path

import pytest

from bilat.extract.reference import OrgIndex
from bilat.extract.reference import organizations as org_module
from bilat.extract.reference.organizations import load_curated, load_organizations


def resolved(orgs: OrgIndex, text: str, context: set[str] | None = None) -> dict[str, str | None]:
    """Each matched surface and the name of the organisation it resolves to (None: ambiguous)."""
    out = {}
    for match in orgs.find(text):
        entry = orgs.resolve(match, context or set())
        out[match.surface] = entry.name if entry else None
    return out


def test_full_names_and_acronyms_are_found_with_offsets(orgs: OrgIndex) -> None:
    text = "The Japan Science and Technology Agency (JST) and MEXT signed with UKRI."
    matches = orgs.find(text)
    assert [m.surface for m in matches] == ["Japan Science and Technology Agency", "JST", "MEXT", "UKRI"]
    for match in matches:
        assert text[match.start : match.end] == match.surface
    assert [m.by_acronym for m in matches] == [False, True, True, True]


def test_names_match_whatever_the_spacing_and_dashes(orgs: OrgIndex) -> None:
    text = "the Japan Agency for Marine\u2013Earth Science and\nTechnology said"
    [match] = orgs.find(text)
    assert orgs.resolve(match, {"JP"}).name == "Japan Agency for Marine-Earth Science and Technology"


def test_names_in_capitals_match_but_lower_case_phrases_do_not(orgs: OrgIndex) -> None:
    assert [m.surface for m in orgs.find("THE EUROPEAN COMMISSION SAID")] == ["EUROPEAN COMMISSION"]
    assert orgs.find("the european commission said") == []
    assert orgs.find("research and innovation in national science policy") == []


def test_acronyms_are_case_sensitive_and_word_bounded(orgs: OrgIndex) -> None:
    assert orgs.find("the jst office") == []
    assert orgs.find("JSTX and XJST") == []


def test_common_abbreviations_are_not_organisations(orgs: OrgIndex) -> None:
    assert orgs.find("AI, IoT and R&D in the EU and the US") == []


@pytest.mark.parametrize(
    ("acronym", "context", "expected"),
    [
        ("NRF", {"KR", "JP"}, "National Research Foundation of Korea"),
        ("NRF", {"SG"}, "National Research Foundation Singapore"),
        ("NRF", {"ZA", "JP"}, "National Research Foundation of South Africa"),
        ("DST", {"IN", "JP"}, "Department of Science and Technology"),
        ("MOFA", {"JP", "US"}, "Ministry of Foreign Affairs of Japan"),
        ("NSF", {"US", "JP"}, "U.S. National Science Foundation"),
        ("CNRS", {"FR", "JP"}, "French National Centre for Scientific Research"),
        ("ESA", {"EU", "JP"}, "European Space Agency"),
    ],
)
def test_ambiguous_acronyms_resolve_with_the_document_countries(
    orgs: OrgIndex, acronym: str, context: set[str], expected: str
) -> None:
    assert resolved(orgs, f"Officials of {acronym} met.", context)[acronym] == expected


@pytest.mark.parametrize("acronym", ["NRF", "DST", "MOFA", "NSF", "ESA", "CNRS"])
def test_ambiguous_acronyms_without_context_stay_unresolved(orgs: OrgIndex, acronym: str) -> None:
    [match] = orgs.find(f"Officials of {acronym} met.")
    assert len(match.candidates) > 1
    assert orgs.resolve(match, set()) is None


def test_two_partners_with_the_same_acronym_stay_ambiguous(orgs: OrgIndex) -> None:
    assert resolved(orgs, "MOFA said", {"JP", "KR"})["MOFA"] is None


def test_a_full_name_nearby_decides(orgs: OrgIndex) -> None:
    [match] = orgs.find("NRF opened a call")
    entry = orgs.resolve(match, set(), nearby_names=["National Research Foundation of Korea"])
    assert entry is not None and entry.country == "KR"


def test_ambiguous_names_need_an_owner(orgs: OrgIndex) -> None:
    [match] = orgs.find("the Ministry of Foreign Affairs announced")
    assert orgs.resolve(match, {"JP", "KR"}) is None
    entry = orgs.resolve(match, {"JP"})
    assert entry is not None and entry.country == "JP"


def test_curated_entries_are_linked_to_ror(orgs: OrgIndex) -> None:
    [jst] = [e for e in orgs.lookup("Japan Science and Technology Agency") if e.country == "JP"]
    assert jst.curated and jst.ror_id == "00097mb19"
    assert orgs.by_ror("00097mb19") == jst
    assert "JST" in jst.acronyms


def test_ror_organisations_are_found_too(orgs: OrgIndex) -> None:
    [match] = orgs.find("a team from the Thailand Science Research and Innovation agency")
    entry = orgs.resolve(match, {"TH"})
    assert entry is not None and entry.ror_id == "000025p04" and entry.country == "TH"
    assert "funder" in entry.types


def test_lookup_by_name_alias_or_acronym(orgs: OrgIndex) -> None:
    assert {e.country for e in orgs.lookup("jsps")} >= {"JP"}
    assert [e.name for e in orgs.lookup("the european space agency")] == ["European Space Agency"]
    assert orgs.lookup("No Such Organisation Anywhere") == []


def test_international_bodies_have_no_country(orgs: OrgIndex) -> None:
    for name in ("G7", "GPAI", "OECD", "EUMETSAT", "CERN"):
        [match] = orgs.find(f"at the {name} meeting")
        entry = orgs.resolve(match, {"JP", "GB"})
        assert entry is not None and entry.country is None, name


def test_japanese_names_match_without_spaces(orgs: OrgIndex) -> None:
    text = "文部科学省と科学技術振興機構は"
    assert [m.surface for m in orgs.find(text)] == ["文部科学省", "科学技術振興機構"]


def test_curated_data_is_well_formed() -> None:
    entries, stoplist = load_curated()
    ids = [e.id for e in entries]
    assert len(ids) == len(set(ids))
    assert all(isinstance(a, str) for a in stoplist)
    countries = {e.country for e in entries}
    assert {
        "JP",
        "US",
        "GB",
        "DE",
        "FR",
        "IT",
        "CA",
        "AU",
        "IN",
        "KR",
        "CN",
        "SE",
        "NO",
        "FI",
        "DK",
        "NL",
        "CH",
        "IL",
        "SG",
        "NZ",
        "BR",
        "ZA",
        "EU",
        None,
    } <= countries


def test_cached_index_behaves_like_a_fresh_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, small_ror: Path
) -> None:
    monkeypatch.setenv("BILAT_CACHE_DIR", str(tmp_path))
    text = "JST, NRF and the Research Council of Norway met RIKEN and the Example Polar Institute (EPI)."
    fresh = load_organizations(small_ror)
    assert list(tmp_path.glob("organizations-*.marshal"))
    cached = load_organizations(small_ror)
    assert [m.surface for m in fresh.find(text)] == [
        "JST",
        "NRF",
        "Research Council of Norway",
        "RIKEN",
        "Example Polar Institute",
        "EPI",
    ]
    for a, b in zip(fresh.find(text), cached.find(text), strict=True):
        assert (a.start, a.end, a.candidates) == (b.start, b.end, b.candidates)
    assert len(fresh) == len(cached)
    assert cached.by_ror("00097mb19") == fresh.by_ror("00097mb19") and fresh.by_ror("00097mb19").curated


def test_an_unreadable_cache_is_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, small_ror: Path
) -> None:
    monkeypatch.setenv("BILAT_CACHE_DIR", str(tmp_path))
    load_organizations(small_ror)
    for file in tmp_path.glob("organizations-*.marshal"):
        file.write_bytes(b"garbage")
    assert [m.surface for m in load_organizations(small_ror).find("MEXT and EPI")] == ["MEXT", "EPI"]


def test_an_unwritable_cache_is_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, small_ror: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("BILAT_CACHE_DIR", str(blocker / "cache"))
    assert [m.surface for m in load_organizations(small_ror).find("EPI")] == ["EPI"]


def test_accessor_is_cached() -> None:
    assert org_module is not None
    from bilat.extract.reference import organizations

    assert organizations() is organizations()


def test_ordinary_words_and_codes_from_bulk_lists_are_not_organisations(orgs: OrgIndex) -> None:
    text = "Horizon Europe, the Alliance, the European Union, KRW 3 billion and the Nobel Prize"
    assert [m.surface for m in orgs.find(text)] == []


def test_a_short_name_from_another_country_is_not_trusted(orgs: OrgIndex) -> None:
    [match] = orgs.find("the National Research Foundation said")
    assert all(not c.curated for c in match.candidates)
    assert orgs.resolve(match, {"KR", "JP"}) is None
    entry = orgs.resolve(match, set())
    assert entry is not None and not entry.curated


def test_a_ror_record_named_like_a_curated_alias_is_merged(orgs: OrgIndex) -> None:
    [dfg] = orgs.lookup("DFG")
    assert dfg.curated and dfg.name == "German Research Foundation"
    assert orgs.by_ror(dfg.ror_id or "") == dfg
    assert [e.name for e in orgs.lookup("Deutsche Forschungsgemeinschaft")] == ["German Research Foundation"]


def test_curation_does_not_overrule_a_partner_country(orgs: OrgIndex) -> None:
    [match] = orgs.find("the Cabinet Office said")
    countries = {c.country for c in match.candidates}
    if "GB" in countries:  # the UK's Cabinet Office is in ROR: a UK-Japan text stays ambiguous
        assert orgs.resolve(match, {"GB", "JP"}) is None
    entry = orgs.resolve(match, {"JP", "SE"})
    assert entry is not None and entry.country == "JP"


def test_an_international_body_beats_a_foreign_namesake(orgs: OrgIndex) -> None:
    assert resolved(orgs, "ESA launched it", {"US", "JP"})["ESA"] == "European Space Agency"
