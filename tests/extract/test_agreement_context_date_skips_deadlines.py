"""An instrument signed "on the margins" without a date of its own takes the last date told before
it, but never a deadline ("must be submitted by 30 January")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

CASES = [
    ("Chile and Finland opened a research station on 3 March 2027. Proposals must be submitted by "
     "30 June 2027. On the margins of the ceremony, the two agencies signed a memorandum of understanding.",
     "2027-03-03"),
    ("Chile and Finland held talks on 3 March 2027. Applications are open until 15 May 2027. "
     "The delegations also signed a letter of intent on polar research.",
     "2027-03-03"),
    ("Chile and Finland held talks on 3 March 2027. A new grant round opened on 4 March 2027. "
     "The delegations also signed a letter of intent on polar research.",
     "2027-03-04"),
]


@pytest.mark.parametrize(("text", "date"), CASES)
def test_a_deadline_does_not_date_a_signing(
    extract: Callable[..., dict[str, Any]], text: str, date: str
) -> None:
    agreements = extract(text, published="2027-03-05")["agreements"]
    assert [a.get("date") for a in agreements] == [date]
