"""Each component on small texts of our own, as examples of what it finds."""

from __future__ import annotations

from typing import Any

import pytest

from bilat.extract import Extractor
from bilat.extract.components.acronyms import is_acronym, schwartz_hearst
from bilat.extract.components.people import normalise_name
from bilat.extract.components.sentences import split_sentences
from bilat.extract.doc import Doc, SpanIndex
from bilat.extract.matching import PhraseMatcher

from .records import Extract


def test_sentences_do_not_end_at_abbreviations() -> None:
    text = "On 3 May, Dr. Lee met the U.S. delegation. They signed an MoU.\nNext line"
    sentences = [text[s:e] for s, e in split_sentences(text)]
    assert sentences == ["On 3 May, Dr. Lee met the U.S. delegation.", "They signed an MoU.", "Next line"]


def test_schwartz_hearst_finds_the_shortest_long_form() -> None:
    assert schwartz_hearst("NRF", "the National Research Foundation") == "National Research Foundation"
    assert schwartz_hearst("XYZ", "the National Research Foundation") is None
    assert is_acronym("MEXT") and is_acronym("G-QuAT") and not is_acronym("Japan")


def test_phrase_matcher_prefers_the_longest_match_on_word_boundaries() -> None:
    matcher = PhraseMatcher([("quantum", "q"), ("quantum computing", "qc")], [("AI", "ai")])
    hits = matcher.find("Quantum computing, AI and quantumness")
    assert [(h.key, h.start) for h in hits] == [("qc", 0), ("ai", 19)]


def test_span_index_answers_containment() -> None:
    index = SpanIndex([(10, 20), (30, 60)])
    assert index.covers(12, 18) and index.covers(30, 60)
    assert not index.covers(15, 25) and not index.covers(0, 5)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["TAKAICHI", "Sanae"], "Sanae Takaichi"),
        (["Christian", "STERTZ"], "Christian Stertz"),
        (["Robert-Jan", "Smits"], "Robert-Jan Smits"),
    ],
)
def test_names_are_given_family_in_ordinary_case(words: list[str], expected: str) -> None:
    assert normalise_name(words)[0] == expected


def test_acronym_definitions_name_organisations(extract: Extract) -> None:
    record = extract(
        "Ministers of Chile and Spain met at the Agencia Nacional de Investigación y Desarrollo "
        "(ANID) and the Spanish National Research Council (CSIC) to discuss cooperation."
    )
    names = {o["name"]: o for o in record["organizations"]}
    assert "CSIC" in names["Spanish National Research Council"]["aliases"]
    assert names["Spanish National Research Council"]["country"] == "ES"


def test_people_with_titles_roles_and_surname_mentions(extract: Extract) -> None:
    text = (
        "Brazil and Portugal signed a memorandum of understanding on ocean research "
        "in Lisbon on 2 June 2024. "
        "It was signed by Prime Minister Ana Costa and by Dr. SILVA Joao, Minister of Science of Brazil. "
        "Minister Silva said the agreement opens a new chapter."
    )
    people = {p["name"]: p for p in extract(text)["people"]}
    assert people["Ana Costa"]["role"] == "Prime Minister"
    assert people["Joao Silva"]["role"].startswith("Minister of Science")
    assert people["Joao Silva"]["country"] == "BR"
    assert len(people) == 2  # "Minister Silva" is the same person


def test_agreements_events_and_partnerships(extract: Extract) -> None:
    text = (
        "Ottawa, 10 March 2025 - Canada and Finland signed a Memorandum of Understanding on quantum "
        "technology on 10 March 2025 in Ottawa. The 3rd Canada-Finland Joint Committee meeting was held "
        "in Helsinki on 12-13 November 2024."
    )
    record = extract(text, published="2025-03-10")
    assert [p["pair"] for p in record["partnerships"]] == [["CA", "FI"]]
    agreement = record["agreements"][0]
    assert (agreement["type"], agreement["parties"], agreement["date"]) == (
        "memorandum",
        ["CA", "FI"],
        "2025-03-10",
    )
    meeting = next(e for e in record["events"] if e["type"] == "meeting")
    assert (meeting["date"], meeting.get("end"), meeting["location"]) == (
        "2024-11-12",
        "2024-11-13",
        "Helsinki",
    )
    assert "quantum" in [t["id"] for t in record["topics"]]


def test_a_document_not_about_cooperation_has_no_partners(extract: Extract) -> None:
    text = (
        "Tourists from Spain spent more in Italy last year, the statistics office said on Monday. "
        "Hotels in Rome and Madrid were full in August."
    )
    record = extract(text, published="2025-01-10")
    assert record["partnerships"] == [] and record["topics"] == []


def test_call_deadline_with_time_zone(extract: Extract) -> None:
    text = (
        "Joint call for proposals: Korea-Netherlands Semiconductor Programme\n"
        "Funding: up to EUR 300,000 per project.\n"
        "Application deadline: 15 September 2025, 17:00 CET.\n"
    )
    call = extract(text, published="2025-06-01")["calls"][0]
    assert call["deadline"] == "2025-09-15T17:00+01:00"


def test_the_optional_ner_step_is_skipped_without_spacy(tmp_path: Any) -> None:
    config = tmp_path / "pipeline.yaml"
    config.write_text(
        "components:\n"
        "  - {name: sentences, module: bilat.extract.components.sentences}\n"
        "  - {name: spacy_ner, module: bilat.extract.components.spacy_ner,\n"
        "     options: {model: no_such_model}}\n",
        encoding="utf-8",
    )
    extractor = Extractor.__new__(Extractor)
    from bilat.extract.pipeline import Pipeline

    extractor.pipeline = Pipeline.from_config(config)
    assert extractor.pipeline.names == ["sentences", "spacy_ner"]
    assert extractor.extract("Hello world.", name="x.txt").to_dict()["people"] == []


def test_a_bad_pipeline_config_is_a_clear_error(tmp_path: Any) -> None:
    from bilat.errors import ConfigError
    from bilat.extract.pipeline import Pipeline

    config = tmp_path / "bad.yaml"
    config.write_text("components:\n  - {name: nope}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown pipeline component 'nope'"):
        Pipeline.from_config(config)


def test_a_range_of_days_gives_the_event_start_and_end(extract: Extract) -> None:
    text = (
        "The 12th meeting of the Spain-Mexico Joint Committee on Science and Technology took place in "
        "Madrid on 8 and 9 October 2025. Both sides agreed to cooperate on quantum research."
    )
    meeting = next(e for e in extract(text, published="2025-10-10")["events"] if e["type"] == "meeting")
    assert (meeting["date"], meeting.get("end"), meeting["location"]) == (
        "2025-10-08",
        "2025-10-09",
        "Madrid",
    )


def test_partner_countries_are_the_codes_of_the_chosen_pairs() -> None:
    doc = Doc(text="Japan and Sweden signed; the UK joined.", name="note.txt")
    assert doc.partner_countries() == set()  # before the context step chooses the pairs
    doc.data["partners"] = [("JP", "SE"), ("GB", "JP")]
    assert doc.partner_countries() == {"GB", "JP", "SE"}


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("---\ntitle: Joint call\ndate: 2026-03-01\n---\n\nKenya and Finland open a call.\n", 4),
        ("Kenya and Finland open a call.\n\n---\n\nMore below.\n", 0),  # a rule later on, no front matter
        ("---\ntitle: never closed\n", 0),
    ],
)
def test_the_first_body_sentence_follows_the_front_matter(text: str, first: int) -> None:
    doc = Doc(text=text, name="page.md")
    doc.set_sentences(split_sentences(text))
    assert doc.first_body_sentence() == first
    if first:
        start, end = doc.sentences[first]
        assert text[start:end] == "Kenya and Finland open a call."
