"""Probe round s17t (grammar probes on organisations).

- a body's name of one head word after a brand word with a small one-letter prefix ("the
  e-Governance Academy", "the m-Health Institute") is a name: the prefixed word qualifies the head
  as any other word would."""

from __future__ import annotations

import pytest

from .records import Extract, orgs_by_name

PREFIXED = [
    # (text, the body's name, its country)
    (
        "TALLINN, 5 May 2025 — Estonia and Moldova signed a digital memorandum. The e-Governance Academy "
        "will advise the Moldovan government on registries.",
        "e-Governance Academy",
        "EE",
    ),
    (
        "NAIROBI, 2 June 2025 — Kenya and Finland opened a health programme. The m-Health Institute will "
        "train nurses from Finland in Kisumu.",
        "m-Health Institute",
        "KE",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), PREFIXED)
def test_a_prefixed_brand_word_qualifies_a_lone_head(
    extract: Extract, text: str, name: str, country: str
) -> None:
    orgs = orgs_by_name(extract(text))
    assert name in orgs, sorted(orgs)
    assert orgs[name]["country"] == country
