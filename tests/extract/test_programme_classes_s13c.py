"""A joint call that no programme owns, and that the text gives a name of its own, is listed as a
programme too, and the call goes by that name. Texts of our own."""

from __future__ import annotations

import pytest

from .records import Extract, programme_names

# (text, the call's own name, listed as a programme?)
NAMED_CALLS = [
    (
        "Warsaw, 4 May 2026 - The two agencies will open the first Austrian-Chilean joint call on "
        "lithium recovery, AT-CL Lithium, next spring. Proposals are accepted until 30 June 2027 at "
        "16:00 local time. Each side funds its own researchers.",
        "AT-CL Lithium",
    ),
    (
        "Santiago, 2 May 2026 - ANID and the Research Council of Norway announce the opening of "
        "the NO-CL Fjords joint call for research projects. Applications are due by 15 September 2026. "
        "Up to three projects will be funded.",
        "NO-CL Fjords",
    ),
    (
        'Ottawa, 3 March 2026\n\nCANADA-KENYA JOINT CALL 2026 "AGRI-SOIL"\n\nThe two research councils '
        "invite proposals on soil health. The deadline for proposals is 12 October 2026.",
        "AGRI-SOIL",
    ),
    (
        "Lisbon, 1 April 2026 - There is still time to apply to the Portuguese-Moroccan Desert Solar "
        "Research Call, launched in March by the two ministries. Applications close on 30 June 2026.",
        "Portuguese-Moroccan Desert Solar Research Call",
    ),
    (
        "Seoul, 9 January 2026 - The agencies issued the Korean–Hungarian Joint Call on Battery "
        "Recycling. The deadline for proposals is 20 March 2026.",
        "Korean–Hungarian Joint Call on Battery Recycling",
    ),
]


@pytest.mark.parametrize(("text", "name"), NAMED_CALLS)
def test_a_named_joint_call_is_a_programme_and_names_its_call(extract: Extract, text: str, name: str) -> None:
    record = extract(text, published="2026-01-01")
    assert name in programme_names(record)
    assert [c.get("program") for c in record["calls"]] == [name]


def test_a_call_under_a_listed_programme_adds_no_programme(extract: Extract) -> None:
    text = (
        "Canberra, 2 February 2026 - The call is part of the Pacific Reef Research Programme. The "
        "Australian-Fijian Joint Call on Coral Health opens today; applications are due by "
        "30 April 2026."
    )
    record = extract(text, published="2026-02-02")
    names = programme_names(record)
    assert "Australian-Fijian Joint Call on Coral Health" not in names
    assert "Pacific Reef Research Programme" in names


def test_a_programme_that_already_goes_by_the_name_is_not_listed_twice(extract: Extract) -> None:
    text = (
        "Oslo, 5 May 2026 - The NO-IN Ocean Programme funds joint research. The NO-IN Ocean joint call "
        "is open until 1 September 2026."
    )
    record = extract(text, published="2026-05-05")
    assert not any(n == "NO-IN Ocean" for n in programme_names(record))


def test_no_call_name_from_a_plain_joint_call(extract: Extract) -> None:
    text = (
        "Vienna, 5 May 2026 - The two ministries agreed to open a joint call next year. Proposals "
        "will be due by 1 September 2026."
    )
    record = extract(text, published="2026-05-05")
    assert programme_names(record) == set()


# (text, the satellite's name, its phrase as an alias)
SATELLITES = [
    (
        "Abuja, 3 June 2026 - The loan covers the ground segment of the planned LakeSat-2 Earth "
        "observation satellite.",
        "LakeSat-2",
        "LakeSat-2 Earth observation satellite",
    ),
    (
        "Lima, 3 June 2026 - The agency will share data from its ORB-05 radar imaging satellite.",
        "ORB-05",
        "ORB-05 radar imaging satellite",
    ),
    (
        "Cairo, 3 June 2026 - The company built the AfriCom-2R communications satellite for the operator.",
        "AfriCom-2R",
        "AfriCom-2R communications satellite",
    ),
    (
        "Quito, 3 June 2026 - The Condor-1 CubeSat was deployed from the station.",
        "Condor-1",
        "Condor-1 CubeSat",
    ),
]


@pytest.mark.parametrize(("text", "name", "alias"), SATELLITES)
def test_a_numbered_satellite_with_words_of_its_use_is_a_programme(
    extract: Extract, text: str, name: str, alias: str
) -> None:
    record = extract(text, published="2026-06-03")
    found = {p["name"]: p.get("aliases", []) for p in record["programs"]}
    assert name in found
    assert alias in found[name]


def test_a_numbered_name_linked_to_a_satellite_by_and_is_none(extract: Extract) -> None:
    text = "Rome, 3 June 2026 - The COVID-19 pandemic and satellite launches were discussed."
    assert extract(text, published="2026-06-03")["programs"] == []


# (text, the joint call's name listed as a programme though a programme names its deadline)
LISTED_CALLS = [
    (
        'National Research Agency\n\nPublished: 2 March 2026\n\nITALY-TUNISIA JOINT CALL 2026 "SOL-MED"\n\n'
        "The call runs under the Mediterranean Solar Programme. Applications close on 14 May 2026.",
        "SOL-MED",
    ),
    (
        "Peru–Finland Joint Call on Forest Data: questions and answers\n\nThe Nordic Forest Programme "
        "funds the call. Proposals must be submitted by 30 September 2026.",
        "Peru–Finland Joint Call on Forest Data",
    ),
    (
        "# Brazil-Norway Joint Call 2026\n\nThe Ocean Research Programme funds this round. The deadline "
        "is 1 October 2026.",
        "Brazil-Norway Joint Call 2026",
    ),
]


@pytest.mark.parametrize(("text", "name"), LISTED_CALLS)
def test_a_titled_or_quoted_joint_call_is_listed_as_a_programme(
    extract: Extract, text: str, name: str
) -> None:
    record = extract(text, published="2026-03-02")
    assert name in programme_names(record)


def test_a_joint_call_title_without_calls_lists_nothing(extract: Extract) -> None:
    text = "Peru–Finland Joint Call on Forest Data: results\n\nTwelve projects were selected in May."
    assert "Peru–Finland Joint Call on Forest Data" not in programme_names(
        extract(text, published="2026-06-01")
    )


# (text, a programme's name, the alias with its year)
YEARS = [
    (
        "Delhi, 3 May 2026 - The ministers launched the India-Peru Innovation Partnership 2030 to "
        "link the two research systems.",
        "India-Peru Innovation Partnership 2030",
    ),
    (
        "Oslo, 3 May 2026 - The agencies renewed the Arctic Ice Programme 2027 with new money.",
        "Arctic Ice Programme 2027",
    ),
]


@pytest.mark.parametrize(("text", "alias"), YEARS)
def test_a_year_after_a_programme_name_gives_an_alias(extract: Extract, text: str, alias: str) -> None:
    assert alias in programme_names(extract(text, published="2026-05-03"))


def test_a_span_of_years_or_a_decimal_gives_no_year_alias(extract: Extract) -> None:
    text = (
        "Oslo, 3 May 2026 - The Arctic Ice Programme 2025-2027 was renewed for the Barents Sea. The "
        "Nordic Sea Programme 2026.5 report came out."
    )
    names = programme_names(extract(text, published="2026-05-03"))
    assert "Arctic Ice Programme" in names
    assert not any(n.endswith(" 2025") or n.endswith(" 2026") for n in names)
