"""Programme classes of session 22, round 4 (helper a, field programmes). Sentences of our own.

1. A name, the lower-case word that calls it a programme, then its short form in brackets or set off
   by a comma ("the Scientific & Technological Cooperation programme (WTZ)", "the South Africa–Norway
   Research Cooperation programme, SANCOOP."): the short form is the programme's alias, no second
   programme (programmes._KIND_THEN_SHORT). A short form in brackets in another language need not
   spell the name; one that names a body of the text ("... programme (JSPS)") is its funder.
"""

from __future__ import annotations

import pytest

from .records import Extract

JOINED = [  # (text, the programme's name, its short form)
    pytest.param(
        "Vienna, 3 March 2026 - OeAD has opened, on behalf of the ministry, the new call of the "
        "Scientific & Technological Cooperation programme (WTZ) with Korea. WTZ grants cover travel "
        "for two years.\n",
        "Scientific & Technological Cooperation",
        "WTZ",
        id="bracket-foreign-short",
    ),
    pytest.param(
        "Pretoria, 5 May 2026 - The call is the third round under the Kenya–Norway Research "
        "Cooperation programme, KENCOOP. KENCOOP projects may last three years.\n",
        "Kenya–Norway Research Cooperation",
        "KENCOOP",
        id="comma-spelled-short",
    ),
    pytest.param(
        "Madrid, 9 June 2026 - Researchers from Chile and Spain may apply under the Iberian Andean "
        "Mobility initiative (MOVIA). MOVIA funds stays of up to three months.\n",
        "Iberian Andean Mobility",
        "MOVIA",
        id="initiative-bracket",
    ),
]


@pytest.mark.parametrize(("text", "name", "short"), JOINED)
def test_short_form_after_kind_word(extract: Extract, text: str, name: str, short: str) -> None:
    record = extract(text, None)
    groups = [
        {p["name"], *(p.get("aliases") or [])}
        for p in record["programs"]
        if short in {p["name"], *(p.get("aliases") or [])}
    ]
    assert len(groups) == 1, record["programs"]
    assert any(name in form for form in groups[0]), record["programs"]


def test_funder_in_brackets_is_no_alias(extract: Extract) -> None:
    record = extract(
        "Tokyo, 2 April 2026 - The Japan Society for the Promotion of Science (JSPS) opened the new "
        "round of the Bilateral Joint Research programme (JSPS) with Finland.\n",
        None,
    )
    for programme in record["programs"]:
        assert "JSPS" not in (programme.get("aliases") or []), record["programs"]
