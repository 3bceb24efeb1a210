"""Session 16 grammar probes (round m) on people: sentences written for the probe, in the ways
press releases and minutes name people of many naming traditions.

- A Dutch or German name with particles and no title ("Robbert van der Meer, director at NWO"):
  the cheap gate before the scan looked only for two capitalised words in a row and skipped the
  sentence; a particle between capitalised words now lets the scan run.
- A Vietnamese middle name that is also an English stop word ("Bui The Duy", "Le The Anh") ended
  the name after the family name; after a Vietnamese family name it goes on with the next word.
- "signed by NAME" (and "signed by A and B") with no role: a signatory is a person.
- An owner of two or more words before a lower-case role ("NAME, Portugal Space's head of
  partnerships") lost the role or kept only the owner.
- People's countries: a country that a verb of hosting or meeting after the person brings in
  ("NAME received a delegation from the Chinese Academy of Sciences") or that a title of another
  person follows ("and the French ambassador") is another side's, not the person's."""

from __future__ import annotations

import pytest

from .records import Extract, people_by_name


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "THE HAGUE, 3 May 2024 - The Netherlands and Chile signed a research agreement. "
            "Femke de Vries-Jansen, programme officer at NWO, attended.",
            "Femke de Vries-Jansen",
            "programme officer at NWO",
        ),
        (
            "BONN, 3 May 2024 - Germany and Brazil signed a research agreement. The text was "
            "presented by Lukas von Hohenberg, director at DFG.",
            "Lukas von Hohenberg",
            "director at DFG",
        ),
        (
            "HANOI, 5 May 2024 - Viet Nam and Chile signed an MoU on science. The MoU was signed by "
            "Deputy Minister Le The Khanh.",
            "Le The Khanh",
            "Deputy Minister",
        ),
        (
            "HANOI, 5 May 2024 - Viet Nam and Kenya signed an MoU on science. Pham The Vinh, Vice "
            "Rector of VNU, opened the workshop.",
            "Pham The Vinh",
            "Vice Rector of VNU",
        ),
        (
            "LISBON, 2 May 2025 - Portugal and Angola signed a space agreement. Rita Gomes Serrano, "
            "Portugal Space's head of partnerships, said it was a milestone.",
            "Rita Gomes Serrano",
            "Portugal Space's head of partnerships",
        ),
        (
            "NAIROBI, 3 March 2025 - Kenya and Korea signed an MoU. \"A new chapter,\" said Njeri "
            "Wambui Mwangi, Strathmore University's vice-chancellor.",
            "Njeri Wambui Mwangi",
            "Strathmore University's vice-chancellor",
        ),
    ],
)
def test_names_and_roles(extract: Extract, text: str, person: str, role: str) -> None:
    people = people_by_name(extract(text, published=None))
    assert person in people
    assert people[person]["role"] == role


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "QUITO, 3 May 2024 - Ecuador and Spain signed a research agreement. The agreement was "
            "signed by Pablo Andrés Zambrano Ortiz.",
            ["Pablo Andrés Zambrano Ortiz"],
        ),
        (
            "ACCRA, 3 May 2024 - Ghana and Brazil signed an MoU on research. It was countersigned by "
            "Kofi Boateng Asante and Luiza Prates Moreira.",
            ["Kofi Boateng Asante", "Luiza Prates Moreira"],
        ),
    ],
)
def test_signatories_with_no_role(extract: Extract, text: str, names: list[str]) -> None:
    people = people_by_name(extract(text, published=None))
    for name in names:
        assert name in people


@pytest.mark.parametrize(
    ("text", "signed_by"),
    [
        (
            "NAIROBI, 3 March 2025 - Kenya and Korea signed an MoU. The MoU was signed by Kenyatta "
            "University and Seoul National University.",
            "x",
        ),
        (
            "NAIROBI, 3 March 2025 - Kenya and Korea signed an MoU. The MoU was signed by Kenya and "
            "Korea in Nairobi.",
            "x",
        ),
    ],
)
def test_bodies_and_states_that_sign_are_no_people(extract: Extract, text: str, signed_by: str) -> None:
    assert not extract(text, published=None).get("people")


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        (
            "KUALA LUMPUR, 8 August 2024 - Malaysia and China will cooperate in research. Datuk Arif "
            "Hamzah, Minister of Science, Technology and Innovation, received a delegation from the "
            "Chinese Academy of Sciences.",
            "Arif Hamzah",
            "MY",
        ),
        (
            "BOGOTÁ, 3 June 2025 - Colombia and France signed a research agreement. The agreement was "
            "signed by Yolanda Restrepo Arango, Minister of Science, and the French ambassador.",
            "Yolanda Restrepo Arango",
            "CO",
        ),
    ],
)
def test_another_sides_country_is_not_the_persons(
    extract: Extract, text: str, person: str, country: str
) -> None:
    people = people_by_name(extract(text, published=None))
    assert person in people
    assert people[person]["country"] == country
