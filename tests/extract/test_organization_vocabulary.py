"""Organisation vocabulary (org_heads.yaml): the head words of bodies in other languages as English
texts keep them, company forms, the joining words of foreign names, the lower-case nouns that call the
next name a body, and lone capitalised heads that stay no organisation. Sentences of our own, with
invented names (so that no registry entry finds them)."""

from __future__ import annotations

import pytest

from .records import Extract, org_names

# (text, organisation name expected)
NEW_FORMS = [
    ("Japan and Sweden fund a project of Zorvik Institutet on cell biology.", "Zorvik Institutet"),
    ("Japan and Norway fund a project of Malvik Universitet on sea ice.", "Malvik Universitet"),
    ("Poland and Japan fund a project of Politechnika Zorvanska on batteries.", "Politechnika Zorvanska"),
    ("Germany and Chile: Forschungszentrum Zorvik signed a deal on lithium.", "Forschungszentrum Zorvik"),
    ("Germany and Chile: Fachhochschule Malvik signed a deal on solar power.", "Fachhochschule Malvik"),
    ("Germany and Japan: the Akademie der Zorvik agreed to cooperate.", "Akademie der Zorvik"),
    ("Brazil and France said Coordenação de Zorvik will fund it.", "Coordenação de Zorvik"),
    ("Brazil and Japan: the Financiadora de Malvik will fund the teams.", "Financiadora de Malvik"),
    ("Brazil and Korea: Instituto Zorvik do Norte joined the call.", "Instituto Zorvik do Norte"),
    ("Indonesia and Japan: Lembaga Zorvik Nasional signed the memorandum.", "Lembaga Zorvik Nasional"),
    ("Indonesia and Japan: Kementerian Zorvik signed the memorandum.", "Kementerian Zorvik"),
    ("Malaysia and Korea: Majlis Zorvik and Jabatan Malvik signed.", "Jabatan Malvik"),
    ("France and Japan: the Commissariat Zorvik will cooperate on fusion.", "Commissariat Zorvik"),
    ("France and Japan: Laboratoire Malvik will cooperate on fusion.", "Laboratoire Malvik"),
    ("Italy and Norway: the Fondazione Zorvik signed a deal.", "Fondazione Zorvik"),
    ("Italy and Norway: Scuola Malvik signed a deal.", "Scuola Malvik"),
    ("Spain and Japan: the Fundacion Zorvik will fund the work.", "Fundacion Zorvik"),
    ("Spain and Japan: the Zorvik Trust will fund the work.", "Zorvik Trust"),
    ("Turkey and Japan: Zorvik Üniversitesi will host the workshop.", "Zorvik Üniversitesi"),
    ("Norway and Japan: Zorvik Telecom ASA signed a deal.", "Zorvik Telecom ASA"),
    ("Finland and Japan: Zorvik Oyj signed a deal.", "Zorvik Oyj"),
    ("Brazil and Japan: Zorvik Minerals LLC signed a deal.", "Zorvik Minerals LLC"),
    ("Malaysia and Japan: Zorvik Teknologi Sdn Bhd signed a deal.", "Zorvik Teknologi Sdn Bhd"),
    ("Chile and Japan: Malvik Pharmaceuticals signed a deal.", "Malvik Pharmaceuticals"),
    ("Chile and Japan: Zorvik Holdings signed a deal.", "Zorvik Holdings"),
    ("Sweden and Japan: the think tank Zorvik will study the accord.", "Zorvik"),
    ("Sweden and Japan: the regulator Malvik will study the accord.", "Malvik"),
    ("Korea and Kenya: the tech giant Malvik joined the project.", "Malvik"),
    # a Spanish "y" inside one name, and between two names
    (
        "Colombia and Korea opened the Laboratorio Conjunto de Zorvik y Malvik.",
        "Laboratorio Conjunto de Zorvik y Malvik",
    ),
    (
        "Colombia and Korea met the Universidad Zorvik de Colombia y de la Universidad del Malvik.",
        "Universidad Zorvik de Colombia",
    ),
]


@pytest.mark.parametrize(("text", "name"), NEW_FORMS)
def test_a_body_named_by_a_new_head_or_form(extract: Extract, text: str, name: str) -> None:
    assert name in org_names(extract(text))


# (text, name that must not be found): a lone head word, and words left out of the lists
NOT_BODIES = [
    ("Academia and industry in Japan and Korea will cooperate.", "Academia"),
    ("The Trust in Japan and Korea will grow.", "Trust"),
    ("The Centro de Zorvik square in Lima hosted Japan and Peru.", "Centro de Zorvik"),
    (
        "Colombia and Korea met the Universidad Zorvik de Colombia y de la Universidad del Malvik.",
        "Universidad Zorvik de Colombia y de la Universidad del Malvik",
    ),
    ("Japan and Korea: the council Chair said the project will go on.", "Chair"),
]


@pytest.mark.parametrize(("text", "name"), NOT_BODIES)
def test_no_body_from_a_lone_head_or_a_word_left_out(extract: Extract, text: str, name: str) -> None:
    assert name not in org_names(extract(text))
