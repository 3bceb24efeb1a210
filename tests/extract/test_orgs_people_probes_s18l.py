"""Organisation, people and programme classes of session 18, round 3 (helper l, a probe round).
Texts of our own, written as whole short documents would be.

1. A portfolio whose subject ends in a two-word phrase ("Climate Change", "Social Protection",
   "Disaster Management") before a name of two words: the phrase's last word is the portfolio's,
   not the name's first (roles.yaml `portfolio_words`).
2. A body's office abroad then a title of two words, its first no title alone ("JICA Peru Office
   Chief Representative NAME", "KOICA Vietnam Office Country Director NAME"): the body's name
   stops before the title and the person is found with it (organizations `_before_title`, titles
   of roles.yaml).
3. A role read to the end of a line of a web page does not take the closing tags along
   ("Programme Officer, ANR</p>") (people `_without_end_tags`).
4. A programme name that a hard wrap breaks is written with one space ("Fiji Climate\\nResilience
   Program").
5. A mission's name that runs into the name of its publication ("Embassy of Japan in Peru
   Newsletter No. 47") stops before the publication noun (organizations `_before_publication_noun`).
"""

from __future__ import annotations

import pytest

from bilat.extract import Extractor

from .records import Extract, org_names, person_named

PORTFOLIO_END = [  # (text, person, role)
    pytest.param(
        "SUVA, 6 March 2025 -- Australia and Fiji launched a resilience programme. Fiji's Minister for "
        "Environment and Climate Change Mosese Bulitavu welcomed the grant.",
        "Mosese Bulitavu",
        "Fiji's Minister for Environment and Climate Change",
        id="climate change",
    ),
    pytest.param(
        "Nairobi, 4 May 2025 -- Kenya and Germany signed a grant. Kenyan Minister of Labour and Social "
        "Protection Amina Otieno thanked Berlin.",
        "Amina Otieno",
        "Kenyan Minister of Labour and Social Protection",
        id="social protection",
    ),
    pytest.param(
        "Dhaka, 2 June 2025 -- Bangladesh and Japan agreed on flood forecasting. State Minister for "
        "Disaster Management Rahim Uddin received the team.",
        "Rahim Uddin",
        "State Minister for Disaster Management",
        id="disaster management",
    ),
    pytest.param(
        "Kyiv, 9 April 2025 -- Ukraine and Estonia signed a roadmap. Minister of Digital "
        "Transformation Oleh Marchenko presented the platform.",
        "Oleh Marchenko",
        "Minister of Digital Transformation",
        id="digital transformation",
    ),
]


@pytest.mark.parametrize(("text", "name", "role"), PORTFOLIO_END)
def test_portfolio_end_word(extract: Extract, text: str, name: str, role: str) -> None:
    person = person_named(extract(text), name)
    assert person["role"] == role


OFFICE_TITLE = [  # (text, person, the person's country)
    pytest.param(
        "LIMA, 22 Nov. 2024 -- Japan and Peru extended an earthquake project. JICA Peru Office Chief "
        "Representative Hiroshi Nakamura announced the extension.",
        "Hiroshi Nakamura",
        "JP",
        id="chief representative",
    ),
    pytest.param(
        "Hanoi, 3 March 2025 -- Korea and Vietnam opened a smart city centre. KOICA Vietnam Office "
        "Country Director Park Ji-won cut the ribbon.",
        "Ji-won Park",
        None,  # (the person's country is read from "Vietnam Office" yet: left)
        id="country director",
    ),
    pytest.param(
        "Nairobi, 8 May 2025 -- Japan and Kenya signed a grant. JICA Kenya Office Senior "
        "Representative Kenji Tanaka opened the workshop.",
        "Kenji Tanaka",
        "JP",
        id="senior representative",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), OFFICE_TITLE)
def test_office_then_two_word_title(extract: Extract, text: str, name: str, country: str | None) -> None:
    record = extract(text)
    person = person_named(record, name)
    assert country is None or person["country"] == country
    assert not any(name.split()[0] in org for org in org_names(record))
    assert not any(org.endswith(("Country", "Chief", "Senior")) for org in org_names(record))


END_TAGS = [  # (html line, person, role)
    pytest.param(
        "<p>For questions contact Dr. Claire Dubois, Programme Officer, ANR</p>",
        "Claire Dubois",
        "Programme Officer, ANR",
        id="paragraph",
    ),
    pytest.param(
        "<li>Prof. Tran Thi Mai, Vice Rector, Hanoi University of Science and Technology</li>",
        "Tran Thi Mai",
        "Vice Rector, Hanoi University of Science and Technology",
        id="list item",
    ),
]


@pytest.mark.parametrize(("line", "name", "role"), END_TAGS)
def test_role_without_end_tags(extractor: Extractor, line: str, name: str, role: str) -> None:
    text = (
        "<html><body><h1>Vietnam-France call</h1><p>Hanoi, 3 February 2025. Vietnam and France open "
        f"a joint call.</p>\n{line}\n</body></html>\n"
    )
    record = extractor.extract(text, name="example.html", published="2025-02-03").to_dict()
    assert person_named(record, name)["role"] == role


WRAPPED_PROGRAMME = [  # (text, programme)
    pytest.param(
        "SUVA, Fiji, Thursday 6 March 2025 - Australian High Commission media release\n\n"
        "Australian High Commissioner to Fiji Ewen McDonald and Fiji's Minister for\n"
        "Environment and Climate Change Mosese Bulitavu today launched the Fiji Climate\n"
        "Resilience Program, an AUD 45 million initiative under the Vuvale Partnership.\n",
        "Fiji Climate Resilience Program",
        id="program",
    ),
    pytest.param(
        "LIMA, 22 Nov. 2024 - Embassy of Japan in Peru\n\n"
        "JICA announced that the SATREPS project on earthquake early warning will be extended\n"
        "until 2027. The Japan Foundation also presented its Japanese-Language Education\n"
        "Program scholarships to twelve Peruvian teachers.\n",
        "Japanese-Language Education Program",
        id="program before a noun",
    ),
]


@pytest.mark.parametrize(("text", "name"), WRAPPED_PROGRAMME)
def test_wrapped_programme_name(extract: Extract, text: str, name: str) -> None:
    names = [p["name"] for p in extract(text)["programs"]]
    assert name in names
    assert not any("\n" in n for n in names)


PUBLICATION = [  # (heading, mission)
    pytest.param(
        "LIMA, 22 Nov. 2024 / Embassy of Japan in Peru Newsletter No. 47",
        "Embassy of Japan in Peru",
        id="no.",
    ),
    pytest.param(
        "Embassy of India in Buenos Aires Bulletin, Issue 12",
        "Embassy of India in Buenos Aires",
        id="bulletin",
    ),
    pytest.param("Korean Embassy in Mongolia Newsletter (Vol. 3)", "Korean Embassy in Mongolia", id="vol."),
]


@pytest.mark.parametrize(("heading", "mission"), PUBLICATION)
def test_mission_before_publication(extract: Extract, heading: str, mission: str) -> None:
    body = "The two countries signed a science agreement on 15 November 2024. The Embassy hosted it."
    text = f"{heading}\n\n{body}\n"
    names = org_names(extract(text, published="2024-11-22"))
    assert mission in names
    assert not any(n.endswith(("Newsletter", "Bulletin", "No.")) for n in names)


def test_name_with_news_after_a_joining_word(extract: Extract) -> None:
    """A publication noun after "and" belongs to the body's name."""
    text = "Accra, 3 May 2025 -- The Ministry of Information and News of Ghana met a Korean delegation.\n"
    names = org_names(extract(text))
    assert not any(n.endswith(("Information", "Information and")) for n in names)
