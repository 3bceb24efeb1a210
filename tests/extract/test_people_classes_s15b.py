"""Round 15b people classes: Spanish titles of either gender ("la ministra …", "Directora del …",
"el embajador …") read as roles, without the Spanish articles and verbs before them."""

from __future__ import annotations

import pytest

from .records import Extract, roles_by_name

HEAD = "Perú y Chile firman un acuerdo agrícola.\n\n"


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
def test_spanish_titles(extract: Extract, text: str, person: str, role_word: str) -> None:
    roles = roles_by_name(extract(text, published=None))
    assert person in roles
    assert (roles[person] or "").startswith(role_word)  # (no article or verb before the title)
