"""Reference data is read and built once per process, not once per document or per name.

A component that calls a loader that is not cached (the country table's `load_countries` instead of
`reference.countries()`) rebuilds tables of thousands of entries for every mention it looks at:
the output stays right, only the speed falls (session 8 found one that made extraction three times
slower). This test counts the builds and the data files parsed while documents are read a second
time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bilat.extract import Extractor, resources
from bilat.extract.reference import config
from bilat.extract.reference.countries import Countries

WARM_UP = (
    "Tokyo, 3 May 2024 - Japan and Sweden signed a memorandum on quantum research. Prime Minister "
    "Ulla Berg met the Japanese Minister of Education, Hiro Tanaka, at the University of Tokyo."
)

LATER_DOCUMENTS = [
    # a relational role ("her Swedish counterpart") looks up country words
    "Stockholm, 12 June 2025 - The Japanese Prime Minister Aiko Mori met her Swedish counterpart, "
    "Lena Ek, in Stockholm. The two leaders agreed to open a joint call on batteries.",
    # small cities gated by a locative, an acronym, money and a deadline
    "The Korea Institute of Science and Technology (KIST) and the Fraunhofer Society will hold a "
    "workshop in Saarbrücken on 4 March 2026. Proposals of up to EUR 300,000 are due on 1 April "
    "2026 at 17:00 CET.",
    # a letterhead, a region's body and a trilateral lead-in
    "Arab Republic of Egypt\nMinistry of Higher Education\n\nThe three ministers of Egypt, Kenya "
    "and Ghana met the East African Community in Nairobi on Tuesday.",
]


@pytest.fixture
def build_counter(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Counts of country tables built and YAML data files parsed from now on."""
    counts = {"country tables": 0, "yaml files": 0}
    original_init = Countries.__init__

    def counting_init(self: Countries, *args: Any, **kwargs: Any) -> None:
        counts["country tables"] += 1
        original_init(self, *args, **kwargs)

    def counting_loader(original: Callable[..., Any]) -> Callable[..., Any]:
        def load(*args: Any, **kwargs: Any) -> Any:
            counts["yaml files"] += 1
            return original(*args, **kwargs)

        return load

    monkeypatch.setattr(Countries, "__init__", counting_init)
    monkeypatch.setattr(config, "safe_load", counting_loader(config.safe_load))
    monkeypatch.setattr(resources, "safe_load", counting_loader(resources.safe_load))
    return counts


def test_documents_read_again_build_no_reference_table(
    extractor: Extractor, build_counter: dict[str, int]
) -> None:
    """Every loader a document needs has run once it has been read (a loader may wait for its
    first use); reading the same documents again builds and parses nothing."""
    texts = [WARM_UP, *LATER_DOCUMENTS]
    for number, text in enumerate(texts):
        extractor.extract(text, name=f"first-{number}.txt")
    build_counter.update({"country tables": 0, "yaml files": 0})
    for number, text in enumerate(texts):
        extractor.extract(text, name=f"again-{number}.txt")
    assert build_counter == {"country tables": 0, "yaml files": 0}
