"""An acronym the text defines by a lower-case phrase names a thing ("small modular reactors
(SMR)"), so an organisation known by the same letters is not meant."""

from __future__ import annotations

import pytest

from bilat.extract import Extractor

from .records import Extract


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Work covers small modular reactors (SMR) and their fuel cycle.", {"SMR"}),
        ("Teams test solid oxide fuel cells (SOFC) and proton exchange membranes (PEM).", {"SOFC", "PEM"}),
        ("The call funds carbon capture and storage (CCS) pilots.", {"CCS"}),
        ("A network of high-performance computing (HPC) centres.", {"HPC"}),
        ("The National Research Foundation of Korea (NRF) funds the call.", set()),  # a body
        ("Reactors (SMR) are small.", set()),  # no phrase that spells it
        ("The partners (KIAT and TA CR) met.", set()),
    ],
)
def test_lower_case_definitions_are_found(extractor: Extractor, text: str, expected: set[str]) -> None:
    from bilat.extract.components.acronyms import common_noun_acronyms

    doc = extractor.pipeline.run(text, name="x.txt", published=None)
    assert common_noun_acronyms(doc) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Research will concentrate on small modular reactors (SMR) and fuel. SMR designs differ.",
        "Priorities include small modular reactor (SMR) safety. Both sides see SMR as key.",
    ],
)
def test_no_organisation_is_read_into_a_defined_thing(extract: Extract, sentence: str) -> None:
    record = extract("Czech and Korean ministries agreed on research priorities. " + sentence)
    assert not any("SMR" in [org["name"], *org.get("aliases", [])] for org in record["organizations"])
