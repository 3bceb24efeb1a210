"""Known programmes: names, aliases and acronyms with their owner country and funder."""

from __future__ import annotations

from bilat.extract.reference import ProgrammeIndex
from bilat.extract.reference.programmes import load_programmes


def test_programmes_are_found_by_name_alias_and_acronym(progs: ProgrammeIndex) -> None:
    text = "Under Horizon Europe and the Seventh Framework Programme (FP7), and JST's ASPIRE program."
    found = {m.surface: progs.resolve(m, {"EU", "JP"}) for m in progs.find(text)}
    assert {s: e.name for s, e in found.items() if e} == {
        "Horizon Europe": "Horizon Europe",
        "Seventh Framework Programme": "Seventh Framework Programme",
        "FP7": "Seventh Framework Programme",
        "ASPIRE program": "Adopting Sustainable Partnerships for Innovative Research Ecosystem",
    }


def test_programmes_know_their_owner_and_funder(progs: ProgrammeIndex) -> None:
    [aspire] = progs.lookup("ASPIRE")
    assert (aspire.country, aspire.funder, aspire.kind) == ("JP", "JST", "programme")
    [phc] = progs.lookup("Hubert Curien Partnership")
    assert phc.country == "FR" and "PHC" in phc.acronyms


def test_lower_case_phrases_are_not_programme_names(progs: ProgrammeIndex) -> None:
    assert progs.find("a horizon europe style programme for polar connect") == []


def test_every_programme_is_well_formed() -> None:
    index = load_programmes()
    ids = [e.id for e in index.entries]
    assert len(ids) == len(set(ids))
    for entry in index.entries:
        assert entry.country is None or len(entry.country) == 2
        assert all("," not in a or " " in a for a in entry.aliases)
