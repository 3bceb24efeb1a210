"""The gazetteer's cut of a text: the capitalised tokens where the scan looks names up, and their
lower-cased pairs with the next token (the first look-up of a several-word name)."""

from __future__ import annotations

from bilat.extract.reference.gazetteer import _Cut


def test_a_sentence_with_names() -> None:
    cut = _Cut("The National Institute of Informatics and the University of Tokyo")
    capitalised = [cut.toks[i] for i in cut.capitals()]
    assert capitalised == ["The", "National", "Institute", "Informatics", "University", "Tokyo"]
    firsts, pairs = cut.capital_pairs()
    assert "national institute" in pairs and "university of" in pairs
    assert cut.capitals()[-1] not in firsts  # the last token has no next token


def test_marks_and_lower_case_words_are_not_capitals() -> None:
    cut = _Cut("“Smart” cities (eHealth) 21st ÉCOLE")
    assert [cut.toks[i] for i in cut.capitals()] == ["Smart", "21st", "ÉCOLE"]
