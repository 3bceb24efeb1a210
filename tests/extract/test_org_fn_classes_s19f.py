"""Organisation classes of session 19, round 2 (helper f): misses and countries. Texts of our own.

1. Groupings of states, trade blocs and treaty bodies ("Mercosur", "BRICS", "IBSA", "FOCAC",
   "CCAMLR", "COMNAP", the AIR Centre) are organisations of no country, wherever they sit and
   whichever partner names them (organizations.yaml, regional and international bodies).
2. A forum that two countries run together, its name opening with the pair ("Indo-US Science and
   Technology Forum"), has no country of its own, like a joint commission (org_heads.yaml
   `binational_heads`).
3. "The Commission" in a text about the EU, which names no other commission, is the European
   Commission (org_heads.yaml `partner_bare_names`; organizations `_partner_bare_bodies`); in a text
   not about the EU, or one that names a joint commission, it stays unread.
"""

from __future__ import annotations

import pytest

from bilat.extract.components.organizations import binational_body

from .records import Extract, org_countries_and_aliases

GROUPINGS = [  # (text, {name: country})
    pytest.param(
        "Argentina and Uruguay, both members of Mercosur, agreed to pool funding for lithium research.",
        {"Mercosur": None},
        id="trade bloc",
    ),
    pytest.param(
        "South Africa used its chairmanship of the IBSA Dialogue Forum to propose a research fund with "
        "India and Brazil.",
        {"IBSA": None},
        id="grouping by its forum",
    ),
    pytest.param(
        "Kenya's space agency signed a plan with China at the Forum on China–Africa Cooperation (FOCAC) "
        "ministerial meeting.",
        {"Forum on China-Africa Cooperation": None},
        id="forum of a continent and a state",
    ),
    pytest.param(
        "The Chilean Antarctic Institute presented krill data to CCAMLR, and New Zealand backed the "
        "proposal.",
        {
            "Commission for the Conservation of Antarctic Marine Living Resources": None,
            "Chilean Antarctic Institute": "CL",
        },
        id="treaty body by acronym",
    ),
    pytest.param(
        "Indonesia and India discussed ocean data under the Indian Ocean Rim Association (IORA).",
        {"Indian Ocean Rim Association": None},
        id="rim association",
    ),
    pytest.param(
        "Egypt joined the BRICS group in January 2024, and Brazil hosted the summit.",
        {"BRICS": None},
        id="bloc with a noun",
    ),
]


@pytest.mark.parametrize(("text", "expected"), GROUPINGS)
def test_groupings_of_states_have_no_country(
    extract: Extract, text: str, expected: dict[str, str | None]
) -> None:
    found = org_countries_and_aliases(extract(text, published="2026-02-12"))
    for name, country in expected.items():
        assert name in found, found
        assert found[name][0] == country, found


@pytest.mark.parametrize(
    ("name", "joint"),
    [
        ("Indo-US Science and Technology Forum", True),
        ("India–UK Science and Innovation Forum", True),
        ("Sino-German Forum on Clean Energy", True),
        ("Asia-Pacific Regional Space Agency Forum", False),
        ("Indo-German Science and Technology Centre", False),
    ],
)
def test_a_forum_of_two_countries_is_binational(name: str, joint: bool) -> None:
    assert binational_body(name) is joint


def test_the_pair_forum_keeps_no_country(extract: Extract) -> None:
    text = (
        "Washington and New Delhi will co-fund quantum centres; the Indo-US Science and Technology "
        "Forum (IUSSTF) will run the call for both governments."
    )
    found = org_countries_and_aliases(extract(text, published="2026-02-12"))
    assert found.get("Indo-US Science and Technology Forum", ("?",))[0] is None, found


BARE_COMMISSION = [  # (text, whether "the Commission" is read as the European Commission)
    pytest.param(
        "Korea and the European Union agreed to open calls. The Commission will co-fund the projects "
        "with Korea's Ministry of Science and ICT.",
        True,
        id="EU text",
    ),
    pytest.param(
        "New Zealand and the EU renewed their science agreement; the Commission said the first joint "
        "call opens in May.",
        True,
        id="EU text, lower-case article",
    ),
    pytest.param("Norway and Chile met. The Commission will meet again in 2027.", False, id="no EU"),
    pytest.param(
        "Canada and the EU met in Ottawa, where the Commission President opened the research day.",
        False,
        id="part of a title",
    ),
    pytest.param(
        "Brazil and the EU met. The Brazil–EU Joint Steering Commission reviewed progress, and the "
        "Commission agreed on new topics.",
        False,
        id="another commission named",
    ),
]


@pytest.mark.parametrize(("text", "european"), BARE_COMMISSION)
def test_the_bare_commission_of_an_eu_text(extract: Extract, text: str, european: bool) -> None:
    found = org_countries_and_aliases(extract(text, published="2026-02-12"))
    if european:
        assert found.get("European Commission", ("?",))[0] == "EU", found
        assert "Commission" in found["European Commission"][1], found
    else:
        assert "European Commission" not in found, found
