"""A programme whose name is made of generic words alone ("International Bilateral Fund",
"International Partnership Program") names the owner's own scheme when the text gives its owner
right before it: a possessive ("the Space Agency's ...") or "its"/"their" after the owner's name.
Without an owner, or with fewer than three words or no funding head, such a name stays no programme
(texts of our own).
"""

from __future__ import annotations

import pytest

from .records import Extract, programme_names

OWNED = [
    (
        "The Danish side will contribute DKK 8 million through the Innovation Fund Denmark's "
        "International Cooperation Fund for joint work with Vietnamese partners.",
        "International Cooperation Fund",
    ),
    (
        "The Polish Academy of Sciences will back the new centre with PLN 6 million through its "
        "International Partnership Programme, and the partner adds laboratory space.",
        "International Partnership Programme",
    ),
    (
        "Both academies said they would fund the exchanges through their Joint Research Scheme "
        "over the next four years.",
        "Joint Research Scheme",
    ),
    (
        "Chilean teams may apply under the Research Council's Global Strategic Initiative, which "
        "opens in March.",
        "Global Strategic Initiative",
    ),
    (
        "Kenya's ministry pays for the visits from the ministry’s National Research Fund each year.",
        "National Research Fund",
    ),
]


@pytest.mark.parametrize(("text", "name"), OWNED)
def test_an_owned_generic_name_is_a_programme(extract: Extract, text: str, name: str) -> None:
    assert name in programme_names(extract(text))


GENERIC = {"International", "Partnership", "Programme", "Bilateral", "Fund"}
GENERIC |= {"National", "Research", "Strategy"}

NOT_OWNED = [
    # no owner before it
    "The two ministers spoke about a future International Partnership Programme for the region.",
    # two words only
    "The agency will pay for the visits through its Bilateral Fund from next year.",
    # no funding head at the end
    "The council presented its National Research Strategy to the visiting delegation.",
]


@pytest.mark.parametrize("text", NOT_OWNED)
def test_a_generic_name_without_an_owner_is_no_programme(extract: Extract, text: str) -> None:
    names = programme_names(extract(text))
    assert not any(set(n.split()) <= GENERIC for n in names)
