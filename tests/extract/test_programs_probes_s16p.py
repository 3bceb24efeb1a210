"""Programme probes of session 16, round 5 (helper p): a call page titled by its joint call's name,
the title a sentence with its full stop ("# Ghana-Togo Joint Call for Solar Cooling."), lists the
call as a programme without the stop."""

from __future__ import annotations

import pytest

from .records import Extract, programme_names

CASES = [
    pytest.param(
        "# Chile-Korea Joint Call for Green Hydrogen.\n\nSantiago, 3 March 2026 — Chile and Korea invite "
        "joint proposals. Deadline: 15 June 2026.",
        "Chile-Korea Joint Call for Green Hydrogen",
        id="markdown title",
    ),
    pytest.param(
        "Ghana-Togo Joint Call for Solar Cooling.\n\nAccra, 3 March 2026 — Ghana and Togo invite joint "
        "proposals. Applications close on 30 April 2026.",
        "Ghana-Togo Joint Call for Solar Cooling",
        id="plain title",
    ),
]


@pytest.mark.parametrize(("text", "name"), CASES)
def test_title_call_programme(extract: Extract, text: str, name: str) -> None:
    names = programme_names(extract(text, published=None))
    assert name in names
    assert name + "." not in names
