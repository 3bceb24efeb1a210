"""Round 15b people classes: Spanish titles of either gender ("la ministra …", "Directora del …",
"el embajador …") read as roles, without the Spanish articles and verbs before them."""

from __future__ import annotations

import pytest

from bilat.extract import get_extractor

HEAD = "Perú y Chile firman un acuerdo agrícola.\n\n"


def _roles(text: str) -> dict[str, str | None]:
    record = get_extractor().extract(text, name="case.txt").to_dict()
    return {p["name"]: p.get("role") for p in record["people"]}


@pytest.mark.parametrize(
    ("text", "person", "role_word"),
    [
        (
            HEAD + "La ministra Lucía Beatriz Romero Paz encabezó la delegación.\n",
            "Lucía Beatriz Romero Paz",
            "ministra",
        ),
        (
            "Clausuró el acto la Dra. Valeria Ortega Núñez, Directora del Instituto de Física de Rosario.",
            "Valeria Ortega Núñez",
            "Directora",
        ),
        (
            HEAD + "La ceremonia fue presidida por el embajador Tomás Aguirre Vidal.\n",
            "Tomás Aguirre Vidal",
            "embajador",
        ),
    ],
)
def test_spanish_titles(text: str, person: str, role_word: str) -> None:
    roles = _roles(text)
    assert person in roles
    assert (roles[person] or "").startswith(role_word)  # (no article or verb before the title)
