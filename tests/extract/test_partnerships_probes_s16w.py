"""Partnership probes of session 16, round 7 (grammar probes, helper w). Texts of our own.

A page wholly in Spanish, Portuguese or French gives its pair: the countries' names in those
languages (countries.yaml), their words of cooperation (partnership_cues.yaml
`cooperation_words_romance`: "cooperación", "acordo", "coopération", "firmaron"), "y"/"e"/"et"
joining two partners (`romance_joins`), and their words of science (topic_cues.yaml `sti_words`).
"""

from __future__ import annotations

import pytest

from .records import Extract


def pairs(record: dict[str, object]) -> set[tuple[str, ...]]:
    return {tuple(p["pair"]) for p in record["partnerships"]}  # type: ignore[attr-defined,index]


ROMANCE = [
    pytest.param(
        "Buenos Aires, 3 de junio de 2025. La Argentina y China acordaron fortalecer la cooperación en "
        "ciencia, tecnología e innovación, con énfasis en biotecnología y tecnología espacial.",
        {("AR", "CN")},
        id="es Argentina China",
    ),
    pytest.param(
        "Lima, 4 de junio de 2025 — El Perú y Japón firmaron un convenio de colaboración científica "
        "sobre gestión del riesgo de desastres y sismos.",
        {("JP", "PE")},
        id="es Peru Japan",
    ),
    pytest.param(
        "Luanda, 5 de junho de 2025 — Angola e a Índia assinaram um acordo de cooperação em pesquisa "
        "agrícola e saúde pública.",
        {("AO", "IN")},
        id="pt Angola India",
    ),
    pytest.param(
        "Tunis, le 6 juin 2025 — La Tunisie et l'Italie ont signé un accord de partenariat dans la "
        "recherche scientifique sur les énergies renouvelables.",
        {("IT", "TN")},
        id="fr Tunisia Italy",
    ),
    pytest.param(
        "Abidjan, le 7 juin 2025 — La Côte d'Ivoire et le Japon renforcent leur coopération "
        "scientifique en agriculture et en santé.",
        {("CI", "JP")},
        id="fr Ivory Coast Japan",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROMANCE)
def test_romance_pairs(extract: Extract, text: str, expected: set[tuple[str, str]]) -> None:
    assert pairs(extract(text + "\n", published=None)) == expected


def test_english_firms_are_no_cooperation(extract: Extract) -> None:
    text = "HANOI, 3 May 2025 - Vietnam firms and Thailand firms compete in textile markets.\n"
    assert pairs(extract(text, published=None)) == set()
