"""Programme probes of session 16, round 6 (helper s): a quoted name after a naming verb ("a project
called "Blue Coasts"", "an initiative named 'Agua Limpia'", "the programme known as "Green
Schools""); a version number ending a name before its programme word ("the Pacific Climate
Futures 2.0 programme"); and no tail of a known programme's name read as a second programme ("the
Leaders in Innovation Fellowships programme" gives no "Innovation Fellowships"); a "... Fund for
<field>" name; an acronym given later ("The programme, known as KMJIP, ...") that spells the
programme named before it is that programme's alias, not a second programme."""

from __future__ import annotations

import pytest

from .records import Extract, programme_names

CASES = [  # (text, a programme name expected, names not expected)
    pytest.param(
        'Jakarta, 14 August 2024 — Indonesia and the Netherlands launched a project called "Blue Coasts" to '
        "restore mangroves in Java.",
        "Blue Coasts",
        set(),
        id="project called quoted",
    ),
    pytest.param(
        "Lima, 3 May 2025. Peru and Spain started an initiative named 'Agua Limpia' in three Andean regions.",
        "Agua Limpia",
        set(),
        id="initiative named single quotes",
    ),
    pytest.param(
        "Accra, 3 May 2025 — Ghana and Canada run the programme known as \u201cGreen Schools\u201d in 40 "
        "districts.",
        "Green Schools",
        set(),
        id="programme known as curly quotes",
    ),
    pytest.param(
        "Suva, 5 June 2025 – Fiji and Australia launched the Pacific Climate Futures 2.0 programme with "
        "six partners.",
        "Pacific Climate Futures 2.0",
        {"Pacific Climate Futures"},
        id="version 2.0 before programme",
    ),
    pytest.param(
        "Dakar, 5 June 2025 — Senegal and France opened the second phase of the Digital Bridge 2.0 "
        "initiative.",
        "Digital Bridge 2.0",
        set(),
        id="version 2.0 before initiative",
    ),
    pytest.param(
        "Accra, 1 February 2025. Ghana and Kenya launched the Ghana-Kenya Research Fund for Climate "
        "Adaptation with 4 million cedis.",
        "Ghana-Kenya Research Fund for Climate Adaptation",
        set(),
        id="fund for a field",
    ),
    pytest.param(
        "Ghana-Togo Innovation Fund for Solar Cooling\n\nLomé, 1 February 2025. Ghana and Togo invite "
        "proposals for joint research on cold chains.",
        "Ghana-Togo Innovation Fund for Solar Cooling",
        set(),
        id="fund for a field as page title",
    ),
    pytest.param(
        "Manila, 9 June 2025 — The Philippines and Vietnam opened the Regional Initiative for Scientific "
        "Excellence to early-career researchers.",
        "Regional Initiative for Scientific Excellence",
        set(),
        id="initiative for a field",
    ),
    pytest.param(
        "Nairobi, 12 March 2025 – Kenya and the United Kingdom opened the Leaders in Innovation Fellowships "
        "programme to engineers.",
        "Leaders in Innovation Fellowships",
        {"Innovation Fellowships"},
        id="no tail of a known name",
    ),
]


@pytest.mark.parametrize(("text", "name", "not_names"), CASES)
def test_programme_probe(extract: Extract, text: str, name: str, not_names: set[str]) -> None:
    names = programme_names(extract(text))
    assert name in names
    assert not (names & not_names)


NOT_PROGRAMMES = [  # (text, names not expected)
    pytest.param(
        "Oslo, 4 May 2025 — Norway and Chile met the Programme Officer for Latin America in Santiago.",
        {"Programme Officer for Latin America"},
        id="post",
    ),
    pytest.param(
        "Oslo, 4 May 2025 — Norway and Brazil fund projects under the BRANOR programme (Brazilian-Norwegian "
        "Partnerships for Advanced Training, Research and Innovation).",
        {"Brazilian-Norwegian Partnerships for Advanced Training"},
        id="cut before a list of fields",
    ),
    pytest.param(
        "Oslo, 4 May 2025 — Norway and India renewed the Programme for Research Cooperation with India.",
        {"Programme for Research Cooperation"},
        id="cut before with",
    ),
]


@pytest.mark.parametrize(("text", "not_names"), NOT_PROGRAMMES)
def test_no_programme(extract: Extract, text: str, not_names: set[str]) -> None:
    assert not (programme_names(extract(text)) & not_names)


SPELLED = [  # (text, the long name, its acronym)
    pytest.param(
        "Kuala Lumpur, 3 March 2025 — Malaysia and Korea launched the Korea–Malaysia Joint Innovation "
        "Programme. The programme, known as KMJIP, will fund 12 projects.",
        "Korea–Malaysia Joint Innovation Programme",
        "KMJIP",
        id="known as, next sentence",
    ),
    pytest.param(
        "Port Louis, 8 May 2025 — Mauritius and India opened the Blue Economy Research Programme; the "
        "programme, called BERP, will support six projects.",
        "Blue Economy Research Programme",
        "BERP",
        id="called, same sentence",
    ),
]


@pytest.mark.parametrize(("text", "name", "acronym"), SPELLED)
def test_later_acronym_is_alias(extract: Extract, text: str, name: str, acronym: str) -> None:
    programs = extract(text)["programs"]
    assert [acronym in p.get("aliases", []) for p in programs if p["name"] == name] == [True]
    assert acronym not in {p["name"] for p in programs}


def test_unrelated_acronym_stays(extract: Extract) -> None:
    """An acronym that does not spell the programme before it is a programme of its own."""
    names = programme_names(
        extract(
            "Nairobi, 3 March 2025 — Kenya and Germany launched the Green Hydrogen Research Programme. "
            "The new project, called KGHYRA, starts in May."
        )
    )
    assert {"Green Hydrogen Research Programme", "KGHYRA"} <= names


def test_version_number_is_no_date_or_count(extract: Extract) -> None:
    """A decimal count before a programme word is no version: "2.5 million programme" names nothing."""
    names = programme_names(
        extract("Canberra, 2 July 2025 – Australia and India set aside 2.5 million for the new programme.")
    )
    assert not any("2.5" in n for n in names)
