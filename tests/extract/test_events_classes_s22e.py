"""Session 22 round 4 classes of events: short documents written for the round (not mined from any
set), one table per class fixed."""

from __future__ import annotations

import pytest

from bilat.extract.reference import countries

from .records import probe_events


# A district told "in"/"at" before its city ("at the office in Bicutan, Taguig City"): the small
# town after the comma is the place of the event, in the same sentence or in the next one that
# places the lead's event; not the dateline's city, and not no place at all.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ANKARA -- Türkiye's TÜBİTAK and Hungary's NKFIH on Tuesday signed a memorandum of "
            "understanding on hydrogen research.\n\nThe two presidents signed the documents at the "
            "research centre in Darıca, Gebze.\n",
            ("signing", "2026-03-10", None, "Gebze"),
        ),
        (
            "Türkiye and Hungary deepen ties. On 10 March 2026, the two agencies signed a memorandum of "
            "understanding at the campus in Darıca, Gebze.\n",
            ("signing", "2026-03-10", None, "Gebze"),
        ),
        (
            "Nairobi, 11 March 2026 - Kenya and China on Monday opened a joint laboratory.\n\nThe partners "
            "signed a memorandum of understanding on Monday at the university's campus in Kalimoni, Juja.\n",
            ("signing", "2026-03-09", None, "Juja"),
        ),
        (
            "Philippines: the DOST and JICA signed a record of discussions on 9 March 2026 at the DOST "
            "office in Bicutan, Taguig City.\n",
            ("signing", "2026-03-09", None, "Taguig"),
        ),
        (
            "Israel and Germany signed a memorandum of understanding on 9 March 2026 at the institute in "
            "Kiryat Weizmann, Rehovot.\n",
            ("signing", "2026-03-09", None, "Rehovot"),
        ),
    ],
)
def test_district_then_town(text: str, expected: tuple[str, str, None, str]) -> None:
    assert expected in probe_events(text)


@pytest.mark.parametrize(
    ("text", "town", "tagged"),
    [
        ("Kenya: the laboratory in Kalimoni, Juja.", "Juja", True),
        ("Türkiye: they met at the campus in Darıca, Gebze.", "Gebze", True),
        # no locative before the district: a list of names, no place told
        ("Türkiye: Darıca, Gebze.", "Gebze", False),
        ("Türkiye: Mehmet Gebze spoke.", "Gebze", False),
    ],
)
def test_district_then_town_layer(text: str, town: str, tagged: bool) -> None:
    index = countries()
    assert index is not None
    found = [text[start:end] for start, end, _, kind in index.spans(text) if kind == "city"]
    assert (town in found) is tagged
