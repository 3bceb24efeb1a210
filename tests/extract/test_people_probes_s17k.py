"""Session 17 grammar probes (round k) on people's countries and names of other naming traditions:
short documents written for the probe, in the styles of press releases, minutes and captions from
South-East Asia, Africa, South Asia, the Gulf, Oceania and the Nordic and Baltic countries.

- A list of three people or more with no word of meeting, hosting, signing or a caption, that names
  no state but in bodies' names, lists one side: its people take the country its bodies give some
  of them, not the other partner's ("Present were A, B, Director-General of MPOB, and C"). A list
  that names a state, or a sentence of two sides, keeps the other side.
- A person of one name (Thai, Indonesian) set off by a comma and their role: "Supachai, Deputy
  Secretary-General of GISTDA, said", "Sudaryono, Deputy Minister of Agriculture, and ...".
- Polynesian names: a leading ʻokina ("ʻAisake Valu Eke") and a glottal stop inside a word
  ("La'auli").
- Bruneian styles: titles of three words ("Dato Seri Setia"), "Awang" after another honorific, and
  "bin Haji" kept in the patronym.
- A body's acronym between a title and an honorific is part of the role ("Chairman HEC Dr. X").
- A title in the plural before a colon names each person listed ("Co-chairs: A (Finland) and B
  (Estonia)"), each taking the state in brackets after the name.
- A state named at the end of a role outranks the guessed country of a body in it.
- A line that goes on as a sentence ("Hon. A, Minister of X, said ...") is no contact entry; a
  later "Her Kenyan counterpart, B" makes A the other partner's.
- A generational suffix ("Jr.") ends a name like post-nominal letters: the role after it is the
  name's, and the role of the next person read before their name stops at it.
- An initial of two Latin letters for one Cyrillic or Mongolian letter opens a name ("Sh. Mirzaev",
  "Ts. Enkhbold")."""

from __future__ import annotations

import pytest

from .records import Extract, people_by_name, person_names

_BANGKOK = "BANGKOK, 10 February 2025 - Thailand and Indonesia agreed to cooperate on satellite data."


def _countries(extract: Extract, text: str) -> dict[str, str | None]:
    return {name: person["country"] for name, person in people_by_name(extract(text, published=None)).items()}


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        (
            "KUALA LUMPUR, 12 March 2025 - Malaysia and Indonesia signed an MoU on palm oil research.\n"
            "Present were Datuk Seri Johari Abdul Ghani, Minister of Plantation and Commodities, Dr. Ahmad "
            "Parveez Ghulam Kadir, Director-General of MPOB, and Zainal Abidin Hassan, Secretary-General of "
            "the ministry.",
            {"Johari Abdul Ghani": "MY", "Ahmad Parveez Ghulam Kadir": "MY", "Zainal Abidin Hassan": "MY"},
        ),
        (
            "ACCRA, Ghana, 4 April 2025 - Ghana and Nigeria have agreed to deepen cooperation in cocoa "
            "research.\nThe ceremony was attended by Prof. Kwabena Adu-Gyamfi, Director of CRIG, Dr. Esi "
            "Ansah, Chief Research Scientist, and Mr. Kofi Boateng, Chief Director of the Ministry of Food "
            "and Agriculture.",
            {"Kwabena Adu-Gyamfi": "GH", "Esi Ansah": "GH", "Kofi Boateng": "GH"},
        ),
        (  # (a state named in the list: its other people are the other side)
            "COLOMBO, 9 January 2025 - Sri Lanka and Bangladesh agreed to cooperate on fisheries research.\n"
            "Attended by: Prof. Hiniduma Sunil Senevi, Minister of Education; Dr. Kamal Perera, Secretary; "
            "and Mr. Nazrul Islam, Secretary, Ministry of Fisheries and Livestock, Bangladesh.",
            {"Hiniduma Sunil Senevi": "LK", "Kamal Perera": "LK", "Nazrul Islam": "BD"},
        ),
        (  # (a caption shows both sides)
            "RIYADH, 6 November 2025 - Saudi Arabia and India signed a programme in renewable energy.\n"
            "From left: Dr. Munir Eldesouki, President of KACST; H.E. Suhel Ajaz Khan; and Dr. Ajay Sood, "
            "Principal Scientific Adviser.",
            {"Munir Eldesouki": "SA", "Ajay Sood": "IN"},
        ),
        (  # (two people: a meeting of two sides, as before)
            "NAIROBI, 3 May 2025 - Kenya and Tanzania signed an MoU on crop research. The MoU was signed by "
            "Dr. Amina Wafula, Director General of KALRO, and Hussein Bashe, Minister of Agriculture.",
            {"Amina Wafula": "KE", "Hussein Bashe": "TZ"},
        ),
    ],
)
def test_a_list_of_one_side(extract: Extract, text: str, countries: dict[str, str]) -> None:
    found = _countries(extract, text)
    assert {name: found.get(name) for name in countries} == countries


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            '"This agreement opens a new chapter," said Supachai, Deputy Secretary-General of GISTDA.',
            "Supachai",
            "Deputy Secretary-General of GISTDA",
        ),
        (
            "Sudaryono, Deputy Minister of Agriculture, and Dr. Rachel Hughes, Director of ACIAR, signed it.",
            "Sudaryono",
            "Deputy Minister of Agriculture",
        ),
        ("Anutin, Deputy Prime Minister, opened the meeting.", "Anutin", "Deputy Prime Minister"),
    ],
)
def test_a_name_of_one_word(extract: Extract, sentence: str, name: str, role: str) -> None:
    text = f"{_BANGKOK}\n{sentence}"
    assert people_by_name(extract(text, published=None))[name]["role"] == role


@pytest.mark.parametrize(
    "sentence",
    [
        "Overall, Director-General of GISTDA Pakorn Apaphant welcomed the plan.",
        "Congratulations, Minister, on the agreement.",
        "Meanwhile, Deputy Prime Minister Anutin opened the meeting.",
        "Bangkok, Deputy Governor of the province, hosted it.",
        "Sincerely, Director of International Affairs",
    ],
)
def test_no_name_of_one_word_from_other_words(extract: Extract, sentence: str) -> None:
    text = f"{_BANGKOK}\n{sentence}"
    names = person_names(extract(text, published=None))
    assert not {"Overall", "Congratulations", "Meanwhile", "Bangkok", "Sincerely"} & set(names)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "NUKU'ALOFA, 14 July 2025 - Tonga and New Zealand signed a fisheries arrangement. It was "
            "signed by ʻAisake Valu Eke, Minister of Finance of Tonga, and Winston Peters.",
            "ʻAisake Valu Eke",
            "Minister of Finance of Tonga",
        ),
        (
            "APIA, 2 August 2025 - Samoa and Australia agreed on climate cooperation. Minister La'auli "
            "Leuatea Schmidt welcomed the Australian High Commissioner.",
            "La'auli Leuatea Schmidt",
            "Minister",
        ),
        (
            "BANDAR SERI BEGAWAN, 9 September 2025 - Brunei Darussalam and Singapore signed an MoU. It was "
            "signed by Yang Berhormat Dato Seri Setia Awang Haji Mohammad Isham bin Haji Jaafar, Minister "
            "of Health, and Ong Ye Kung.",
            "Mohammad Isham bin Haji Jaafar",
            "Minister of Health",
        ),
        (
            "ISLAMABAD, 11 October 2025 - Pakistan and Turkey agreed to expand scholarships. Chairman HEC "
            "Dr. Mukhtar Ahmed met the Turkish Ambassador.",
            "Mukhtar Ahmed",
            "Chairman HEC",
        ),
    ],
)
def test_names_of_other_traditions(extract: Extract, text: str, name: str, role: str) -> None:
    people = people_by_name(extract(text, published=None))
    assert people[name]["role"] == role


def test_awang_is_a_name_outside_a_chain(extract: Extract) -> None:
    text = (
        "KUALA LUMPUR, 9 June 2025 - Malaysia and Brunei signed an MoU. Awang Adek Hussin, Deputy Minister "
        "of Finance, attended."
    )
    assert "Awang Adek Hussin" in person_names(extract(text, published=None))


@pytest.mark.parametrize(
    "sentence",
    [
        "Co-chairs: Sari Multala (Finland) and Kristina Kallas (Estonia).",
        "The council is co-chaired by Sari Multala (Finland) and Kristina Kallas (Estonia).",
    ],
)
def test_co_chairs_with_states_in_brackets(extract: Extract, sentence: str) -> None:
    text = "HELSINKI, 20 May 2025 - The Finland-Estonia Research Council met for the third time.\n"
    text += sentence
    people = people_by_name(extract(text, published=None))
    assert {n: (p["country"], p["role"].lower()) for n, p in people.items()} == {
        "Sari Multala": ("FI", "co-chair"),
        "Kristina Kallas": ("EE", "co-chair"),
    }


def test_a_sentence_line_is_no_contact_entry(extract: Extract) -> None:
    text = (
        "KAMPALA, 2 June 2025 - Uganda and Kenya launched a joint programme on crop science.\n"
        "Hon. Dr. Monica Musenero, Minister of Science, Technology and Innovation, said the programme will "
        "train 200 scientists.\nHer Kenyan counterpart, Prof. Julius Ogamba, welcomed the move."
    )
    assert people_by_name(extract(text, published=None))["Monica Musenero"]["country"] != "KE"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Also attending were Sh. Mirzaev, Head of Department, and Dr. Ekta Kapoor.", "Sh. Mirzaev"),
        ("The Mongolian side was led by Ts. Enkhbold, State Secretary.", "Ts. Enkhbold"),
        ("Kh. Battulga, Director of the Institute of Physics, presented the results.", "Kh. Battulga"),
    ],
)
def test_an_initial_of_two_latin_letters(extract: Extract, sentence: str, name: str) -> None:
    text = "ULAANBAATAR, 7 May 2025 - Mongolia and Uzbekistan held talks on science.\n" + sentence
    assert name in person_names(extract(text, published=None))


@pytest.mark.parametrize(
    ("sentence", "roles"),
    [
        (
            "Renato U. Solidum Jr., Secretary of Science and Technology, spoke.",
            {"Renato U. Solidum": "Secretary of Science and Technology"},
        ),
        (
            "DOST Secretary Renato U. Solidum Jr. and Vietnamese Minister Huynh Thanh Dat led the signing.",
            {"Renato U. Solidum": "DOST Secretary", "Huynh Thanh Dat": "Vietnamese Minister"},
        ),
    ],
)
def test_a_generational_suffix_ends_the_name(extract: Extract, sentence: str, roles: dict[str, str]) -> None:
    text = "MANILA, 21 February 2025 - The Philippines and Vietnam signed a rice research agreement.\n"
    people = people_by_name(extract(text + sentence, published=None))
    assert {name: people[name]["role"] for name in roles if name in people} == roles


def test_her_counterpart_tells_the_other_side(extract: Extract) -> None:
    text = (
        "KAMPALA, 2 June 2025 - Uganda and Kenya launched a joint programme on crop science.\n"
        "Hon. Dr. Monica Musenero, Minister of Science, Technology and Innovation, said the programme will "
        "train 200 scientists.\nHer Kenyan counterpart, Prof. Julius Ogamba, welcomed the move."
    )
    found = _countries(extract, text)
    assert (found["Monica Musenero"], found["Julius Ogamba"]) == ("UG", "KE")
