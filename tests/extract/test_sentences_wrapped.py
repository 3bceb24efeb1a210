"""Sentences cut by a hard wrap before a bracket or a date are handed on whole by the splitter."""

from __future__ import annotations

import re

import pytest

from bilat.extract.components.sentences import split_sentences, wrap_width

# Prose hand-wrapped at about 110 columns, as some plain-text releases are: five full lines around
# the line under test, so that the wrap width is plain.
BEFORE = [
    "The science ministries of the two countries met this week to "
    "review their joint programme of research and",
    "agreed to widen it to water, energy and public health, with "
    "new calls planned for each of the coming years.",
]
AFTER = [
    "Both sides said the arrangement would be reviewed every two "
    "years by a joint committee of senior officials",
    "from the ministries and agencies concerned, which will also "
    "decide on the calls for proposals to be opened.",
    "The committee is to report to the ministers at their next "
    "meeting, to be held in the first half of the year.",
]


def sentences(cut: str, following: str) -> list[str]:
    text = "\n".join([*BEFORE, "", cut, following, "", *AFTER]) + "\n"
    assert wrap_width([m.span() for m in re.finditer(r"[^\n]+", text)]) is not None
    return [" ".join(text[s:e].split()) for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    ("cut", "following"),
    [
        # a line cut just before an acronym in brackets
        (
            "The memorandum was signed by the president of the Estonian Research and Development Council",
            "(ETAG), Mari Tamm, and the head of the partner agency on the sidelines of the joint committee.",
        ),
        (
            "Funding comes from the Foundation for Science and Technology and the National Research Agency",
            "(ANID) of Chile, which will each put in an equal share of the money over the three years.",
        ),
        # a line cut just before a date
        (
            "The two sides recalled the framework agreement on scientific "
            "cooperation signed by both governments in",
            "2010, whose renewal is planned for next year, and the exchange of letters that followed it.",
        ),
        (
            "The implementing arrangement for the joint laboratory on "
            "battery materials is to be signed in Lyon on",
            "22 October 2026 by the two ministers, who will also open the laboratory's second building.",
        ),
        # the same, inside a list item whose lines are indented under its bullet
        (
            "  memorandum of understanding on science and technology "
            "cooperation signed by the three parties in",
            "  2010, whose renewal is planned for the coming year.",
        ),
    ],
)
def test_a_line_cut_before_a_bracket_or_a_date_is_joined(cut: str, following: str) -> None:
    assert f"{cut.strip()} {following.strip()}" in sentences(cut, following)


@pytest.mark.parametrize(
    ("cut", "following"),
    [
        # the line ends a sentence
        (
            "The memorandum was signed by the president of the Estonian Research and Development Council.",
            "(The full text of the memorandum is to be published on "
            "the council's website in both languages.)",
        ),
        (
            "The two sides recalled the framework agreement on scientific "
            "cooperation that both governments signed.",
            "2010 was the year in which the first joint call for proposals was opened under the agreement.",
        ),
        # the next line is a list item
        (
            "The implementing arrangement for the joint laboratory on "
            "battery materials sets out these dates:",
            "1. 22 October 2026: signing of the arrangement by the two ministers in Lyon at the laboratory.",
        ),
        (
            "The two sides will hold the following meetings of the joint committee over the coming two years",
            "- 2026 (spring): first meeting of the committee, in "
            "Tallinn, with the ministers and senior officials",
        ),
        # a heading: a short line, not cut by the wrap
        ("Key dates", "22 October 2026, signing of the arrangement in Lyon"),
        ("Research and Development Council", "(ETAG) Annual report on international cooperation"),
    ],
)
def test_a_line_that_was_not_cut_stays_apart(cut: str, following: str) -> None:
    assert cut.strip() in sentences(cut, following)


@pytest.mark.parametrize(
    ("cut", "following"),
    [
        (
            "The accord was signed by the director of the National Research Fund",
            "(NRF), Ana Lima, on Monday.",
        ),
        ("The memorandum on water research was signed in Lima on", "9 March 2026 by both ministers."),
        ("They adopted the plan at a ceremony dated", "4 May 2025 in Accra."),
        ("The memorandum was renewed in Seoul in", "May 2021 by the two agencies."),
        ("The accord dates from", "Sept. 14, 2019, when it was signed."),
    ],
)
def test_the_same_cuts_are_joined_in_text_that_is_not_wrapped(cut: str, following: str) -> None:
    text = f"Notes\n\n{cut}\n{following}\n"
    found = [" ".join(text[s:e].split()) for s, e in split_sentences(text)]
    assert f"{cut} {following}" in found


@pytest.mark.parametrize(
    ("cut", "following"),
    [
        ("Members of the National Research Fund", "(NRF) Annual report 2025"),  # a title after a heading
        ("Agreements of the year", "2025: three memoranda signed"),  # a heading, then a number
        ("The memorandum was signed in Lima.", "9 March 2026 was the day of the signing."),
    ],
)
def test_the_same_openings_after_a_line_that_ends_stay_apart(cut: str, following: str) -> None:
    text = f"Notes\n\n{cut}\n{following}\n"
    assert cut in [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    ("cut", "following"),
    [
        # a role title at the end of a wrapped line, its bearer's name opening the next one
        ("The new laboratory in Aarhus will be opened next spring by Ambassador", "Keiko Mori, who will"),
        ("  after the panel, with its closing words given by the Deputy Minister", "  Tomás Ibarra of Peru."),
        (
            "a reception followed in the garden of the residence, hosted by the Consul-General",
            "Ruth Abebe and staff.",
        ),
    ],
)
def test_a_title_that_ends_a_wrapped_line_stays_with_the_name_after_it(cut: str, following: str) -> None:
    assert f"{cut.strip()} {following.strip()}" in " | ".join(sentences(cut, following))


@pytest.mark.parametrize(
    ("cut", "following"),
    [
        ("Keiko Mori", "Ambassador"),  # a signature block: the name, then the title alone
        ("Ambassador", "Keiko Mori"),  # the title alone on its line, as a heading
        ("Issued by the Office of the Minister", "Issued 15 October 2025"),  # no name follows
    ],
)
def test_a_title_line_in_a_block_stays_apart(cut: str, following: str) -> None:
    assert cut.strip() in sentences(cut, following)
