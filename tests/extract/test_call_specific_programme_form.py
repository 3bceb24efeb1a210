"""A call of a known programme carries the more specific form of its name that the text itself
gives: the partners' prefix before the whole name ("JSPS-FWO Bilateral Joint Research Projects")
or a strand after a colon ("Catalyst: Seeding" of the Catalyst Fund). A determiner before the name
("the ...") or a form the text never writes changes nothing. Texts of our own.
"""

from __future__ import annotations

import pytest

from .records import Extract

SPECIFIC = [
    (
        "Call for proposals: JSPS-FWO Bilateral Joint Research Projects\n\n"
        "JSPS and FWO have opened the 2027 call of their Bilateral Joint Research Projects. Japanese "
        "teams may receive up to JPY 2,000,000 a year. Applications close on 8 October 2026.\n",
        "JSPS-FWO Bilateral Joint Research Projects",
    ),
    (
        "Belgian and Japanese researchers can apply to the JSPS-FNRS Bilateral Joint Research Projects "
        "this autumn.\n\nThe Bilateral Joint Research Projects call closes on 14 September 2026.\n",
        "JSPS-FNRS Bilateral Joint Research Projects",
    ),
    (
        "New Zealand teams working with partners in Chile can apply now. This call is run through "
        "Catalyst: Seeding, jointly with ANID. Proposals are due by 3 June 2026.\n",
        "Catalyst: Seeding",
    ),
    (
        "The Catalyst Fund supports international science partnerships. Its strand Catalyst: Leaders "
        "brings senior researchers to New Zealand; applications to Catalyst: Leaders close on "
        "20 August 2026.\n",
        "Catalyst: Leaders",
    ),
]


def _programmes(record: dict) -> list:
    return [call.get("program") for call in record["calls"]]


@pytest.mark.parametrize(("text", "programme"), SPECIFIC)
def test_a_call_carries_the_texts_specific_form(extract: Extract, text: str, programme: str) -> None:
    assert programme in _programmes(extract(text))


PLAIN = [
    (
        "JSPS has opened the 2027 call of its Bilateral Joint Research Projects with Norway. "
        "Applications close on 8 October 2026.\n",
        "Bilateral Joint Research Projects",
    ),
    (
        "New Zealand teams can apply to the Catalyst Fund for joint work with Peru. "
        "Proposals are due by 3 June 2026.\n",
        "Catalyst Fund",
    ),
]


@pytest.mark.parametrize(("text", "programme"), PLAIN)
def test_a_call_keeps_the_name_when_the_text_gives_no_specific_form(
    extract: Extract, text: str, programme: str
) -> None:
    programmes = _programmes(extract(text))
    assert programme in programmes
    assert not any(p and p != programme and p.endswith(programme) for p in programmes)
