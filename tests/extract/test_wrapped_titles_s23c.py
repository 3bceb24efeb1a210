"""Names and titles across the break of a hard-wrapped line, and native long forms in emphasis or
quotation marks inside an acronym's brackets."""

from __future__ import annotations

import pytest

from bilat.extract import Extractor
from bilat.extract.doc import Doc
from bilat.extract.matching import PhraseMatcher

from .records import Extract


def _definitions(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    doc = Doc(text=text, name="example.txt")
    for step in extractor.pipeline.steps:
        step.run(doc)
        if step.name == "acronyms":
            break
    return [(m.attrs["long"], m.attrs["short"]) for m in doc.layer("acronym_def")]


MARKED_NATIVE = [
    (
        "The joint call (*Programme Franco-Belge de Recherche Marine*, PFBRM) opens in May.",
        "Programme Franco-Belge de Recherche Marine",
        "PFBRM",
    ),
    (
        "Grants come from the scheme (“Programa Chileno de Ciencia Aplicada”, PCCA) this year.",
        "Programa Chileno de Ciencia Aplicada",
        "PCCA",
    ),
    (
        "Its partner is the agency (_Agenzia Toscana per la Ricerca_, ATR) in Florence.",
        "Agenzia Toscana per la Ricerca",
        "ATR",
    ),
]


@pytest.mark.parametrize(("text", "long", "short"), MARKED_NATIVE)
def test_a_native_long_form_in_marks_is_read(extractor: Extractor, text: str, long: str, short: str) -> None:
    found = _definitions(extractor, text)
    assert (long, short) in found, found
    start = text.index(long)
    assert text[start : start + len(long)] == long


def test_a_phrase_matches_across_a_wrapped_line_with_true_offsets() -> None:
    matcher = PhraseMatcher(folded=[("chief representative", "CR")], across_lines=True)
    text = "met the Chief  \n  Representative and the\nchief\nrepresentative"
    hits = matcher.find(text)
    assert [text[h.start : h.end] for h in hits] == ["Chief  \n  Representative", "chief\nrepresentative"]


def test_a_blank_line_or_a_plain_matcher_does_not_join() -> None:
    text = "the Chief\n\nRepresentative and the Chief\nRepresentative"
    wrapped = PhraseMatcher(folded=[("chief representative", "CR")], across_lines=True)
    assert [h.start for h in wrapped.find(text)] == [text.rindex("Chief")]
    assert PhraseMatcher(folded=[("chief representative", "CR")]).find(text) == []


WRAPPED = [
    (
        "NAIROBI, 4 March 2025 - Kenya and the Republic of Korea agreed today to\n"
        "expand joint research on drought-resistant crops and water management.\n"
        "The memorandum was signed in Nairobi by the Korea Trade Agency's Chief\n"
        "Representative Park Min-jun and by Kenya's Principal Secretary for\n"
        "Science, Research and Innovation, Dr. Grace Wanjiru Mwangi. The two\n"
        "sides will fund ten joint projects over the next three years.\n",
        "Min-jun Park",
        "Chief Representative",
    ),
    (
        "OTTAWA, 2 June 2025 - Canada and Brazil will open a joint call for\n"
        "research on Arctic and Amazon ecosystems, the partners said on Monday.\n"
        "The call was announced in Ottawa by the Brazilian Deputy Head of\n"
        "Mission Paulo Henrique Duarte and by officials of the Canadian funding\n"
        "council, who said that twelve projects would receive support in 2026.\n",
        "Paulo Henrique Duarte",
        "Deputy Head of Mission",
    ),
]


@pytest.mark.parametrize(("text", "name", "title"), WRAPPED)
def test_a_title_cut_by_a_line_break_is_read(extract: Extract, text: str, name: str, title: str) -> None:
    people = {p["name"]: p for p in extract(text)["people"]}
    assert name in people, people
    role = people[name]["role"]
    roles = role if isinstance(role, list) else [role]
    assert any(title in (r or "") for r in roles), people[name]


JOINED_BY_EN_OR_PARA = [
    (
        "Colabora el Centro Nacional de Estudios en Volcanes y Sismos Andinos (CNEVSA) de Ecuador.",
        "Centro Nacional de Estudios en Volcanes y Sismos Andinos",
        "CNEVSA",
    ),
    (
        "Le projet associe le Laboratoire de Recherche en Océanographie Tropicale (LAROT) de Dakar.",
        "Laboratoire de Recherche en Océanographie Tropicale",
        "LAROT",
    ),
    (
        "Apoya la iniciativa el Instituto de Estudios para el Desarrollo Rural (IEDR) de Bolivia.",
        "Instituto de Estudios para el Desarrollo Rural",
        "IEDR",
    ),
]


@pytest.mark.parametrize(("text", "long", "short"), JOINED_BY_EN_OR_PARA)
def test_a_long_form_joined_by_en_or_para_el_is_whole(
    extractor: Extractor, text: str, long: str, short: str
) -> None:
    assert (long, short) in _definitions(extractor, text)


SEAT_BEFORE_BODY = [
    (
        "Asistirá la representación en Quito del Instituto Francés de Estudios Andinos (IFEA), que "
        "apoya la cooperación entre Ecuador y Francia.",
        "Instituto Francés de Estudios Andinos",
    ),
    (
        "La oficina en Dakar del Instituto Nacional de Salud de Senegal firmó el acuerdo con España.",
        "Instituto Nacional de Salud de Senegal",
    ),
]


@pytest.mark.parametrize(("text", "name"), SEAT_BEFORE_BODY)
def test_a_seat_before_of_and_a_body_is_no_part_of_its_name(extract: Extract, text: str, name: str) -> None:
    names = [org["name"] for org in extract(text)["organizations"]]
    assert name in names, names
    assert not any(n.endswith(name) and n != name for n in names), names
