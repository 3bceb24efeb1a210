"""Agreement classes of session 14, round 1 (seen in at least two in-view documents). Texts of our own.

1. An instrument word broken over a hard-wrapped line ("signed an implementing⏎arrangement") is
   still an instrument.
2. An instrument whose sentence names none of its parties takes those the text gives it, not the
   document's first pair of partners: the parties of the instrument told just before in a text
   about several pairs ("... signed a joint declaration. The declaration was signed by the
   Principal Secretary and the State Secretary."; "In 2019 Chile's and Japan's ministries signed a
   memorandum ... In 2023 the two governments issued a Joint Statement"), or the one pair of its
   type that a sentence names as signers ("The University of X and the University of Y, Spain,
   signed yesterday a framework collaboration agreement").
"""

from __future__ import annotations

import pytest

from bilat.extract.components.agreements import Found, signers_parties

from .records import Extract

WRAPPED = (
    "OSLO, April 16 (Nordic Wire) - Norway and Japan on Thursday signed an implementing\n"
    "arrangement to pool research on offshore wind and hydrogen storage, as Oslo looks to\n"
    "Japanese know-how for the floating turbines it plans to build along its western coast.\n"
    "The document was signed in Oslo by the two science ministers on the second day of the\n"
    "fourth meeting of the Norwegian-Japanese Joint Committee on Science and Technology.\n"
)


def test_an_instrument_word_broken_over_a_wrapped_line_is_found(extract: Extract) -> None:
    agreements = extract(WRAPPED, published="2026-04-16")["agreements"]
    found = [a for a in agreements if a["type"] == "implementing_arrangement"]
    assert found and found[0]["parties"] == ["JP", "NO"], agreements
    assert found[0]["date"] == "2026-04-16", found


DIGEST = (
    "# Ocean Science Digest, May 2025\n\n"
    "## 1. Chile and Peru\n\n"
    "On 9 April, Chile's Ministry of Science and Peru's National Council for Science signed a joint "
    "declaration on coastal upwelling research in Lima. The declaration was signed by the two "
    "deputy ministers.\n\n"
    "## 2. Chile and Japan\n\n"
    "In 2019 Chile's Ministry of Science and Japan's MEXT signed a memorandum of cooperation on "
    "seismology. The most visible step came in March 2024, when the two governments issued a Joint "
    "Statement on disaster risk research.\n\n"
    "## 3. Chile and Spain\n\n"
    "Chile and Spain will hold an ocean forum in Valparaíso in October.\n"
)


def test_an_instrument_without_parties_of_its_own_takes_the_pair_told_just_before(extract: Extract) -> None:
    agreements = extract(DIGEST, published="2025-05-20")["agreements"]
    by_type = {(a["type"], tuple(a["parties"])) for a in agreements}
    assert ("declaration", ("CL", "PE")) in by_type, agreements
    assert ("joint_statement", ("CL", "JP")) in by_type, agreements
    declarations = [a for a in agreements if a["type"] == "declaration"]
    assert len(declarations) == 1, declarations


GUESSES = [
    pytest.param([(("ES", "MX"), None), (("ES", "EU"), ())], [["ES", "MX"], ["ES", "MX"]], id="names none"),
    pytest.param(
        [(("ES", "MX"), None), (("ES", "EU"), ("ES",))], [["ES", "MX"], ["ES", "MX"]], id="names one of it"
    ),
    pytest.param(
        [(("ES", "MX"), None), (("ES", "EU"), ("EU",))], [["ES", "MX"], ["ES", "EU"]], id="names another"
    ),
    pytest.param(
        [(("ES", "MX"), None), (("CO", "ES"), None), (("ES", "EU"), ())],
        [["ES", "MX"], ["CO", "ES"], ["ES", "EU"]],
        id="two pairs of signers: no choice",
    ),
]


@pytest.mark.parametrize(("items", "parties"), GUESSES)
def test_a_guessed_pair_gives_way_to_the_one_pair_its_type_is_signed_by(
    items: list[tuple[tuple[str, ...], tuple[str, ...] | None]], parties: list[list[str]]
) -> None:
    found = [Found("agreement", list(pair), None, None, guessed=guess) for pair, guess in items]
    assert [f.parties for f in signers_parties(found)] == parties


SIGNERS = (
    "UNIVERSIDAD DE GUADALAJARA\nPRESS RELEASE\n\nGuadalajara, 5 November 2025\n\n"
    "- Framework agreement covers marine biology and coastal engineering\n\n"
    "The Universidad de Guadalajara (UdeG) and the Universidad de Cádiz (UCA), Spain, signed yesterday a "
    "framework collaboration agreement to carry out joint research.\n\n"
    "WHAT THE AGREEMENT COVERS\n\n"
    "The agreement, valid for five years, provides for joint projects and exchanges with European partners.\n"
)


def test_one_instrument_of_the_signers_pair(extract: Extract) -> None:
    agreements = extract(SIGNERS, published="2025-11-05")["agreements"]
    pairs = [tuple(a["parties"]) for a in agreements if a["type"] == "agreement"]
    assert pairs == [("ES", "MX")], agreements
