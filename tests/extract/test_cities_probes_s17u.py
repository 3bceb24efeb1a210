"""City layer of session 17, round 6 (helper u, probes). Texts of our own.

A city of the table whose main spelling carries accents ("Şalālah") and whose plain ASCII spelling
("Salalah") is a row of its own was never a gated city: the gate kept only the row whose name was
the first spelling of its key, so the ASCII spelling, the one English texts write, matched nothing
(`Countries._add_gated`). Now every spelling of a city of the same country is gated; the place
guards (a locative before it, its country named in the text, a dateline) stay as they were.
"""

from __future__ import annotations

import pytest

from bilat.extract.reference.countries import load_countries


@pytest.mark.parametrize(
    ("text", "city", "code"),
    [
        pytest.param(
            "Oman and Korea will hold the next round of talks in Salalah on 4 June.", "Salalah", "OM",
            id="ascii spelling after in, country named",
        ),
        pytest.param(
            "The desalination workshop was held at Salalah, Oman, last week.", "Salalah", "OM",
            id="ascii spelling before its country",
        ),
        pytest.param(
            "A delegation from Oman travelled to Şalālah for the port survey.", "Şalālah", "OM",
            id="accented spelling still found",
        ),
        pytest.param(
            "Egypt and Greece opened a marine station in Al Manzalah in spring.", "Al Manzalah", "EG",
            id="ascii city of several words",
        ),
    ],
)
def test_gated_spellings_are_cities(text: str, city: str, code: str) -> None:
    found = [(text[s:e], c) for s, e, c, kind in load_countries().spans(text) if kind == "city"]
    assert (city, code) in found, found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Salalah is a name some families in the novel carry.", id="no place context"),
        pytest.param("The minister met Salalah officials about the budget.", id="no country, no locative"),
    ],
)
def test_gated_spellings_need_a_place(text: str) -> None:
    found = [text[s:e] for s, e, _, kind in load_countries().spans(text) if kind == "city"]
    assert "Salalah" not in found, found
