"""Session 17 grammar probes (round h) on people: sentences and short documents written for the
probe, in the ways press releases, minutes and contact blocks of many countries name people.

- A role set off by commas after a name is that person's, not the next name's read before it
  ("A, Deputy Prime Minister, Dr. B, and C"): the next person keeps no role, or their own after
  their name, or the part of the role that follows the first's ("A, Minister of Research, and
  Fiji's Permanent Secretary for Education, Dr B"), and is no longer dropped as a word of A's role.
- A title after "NAME, " may open with a word of time or standing ("former", "acting",
  "outgoing"): it stays in the role.
- Malay and Indonesian styles of one who made the hajj ("Haji", "Hj.") and the academic rank
  "Academician" are honorifics; an Arabic name may hold more than one article "Al".
- "For more information, contact: NAME, Body, e-mail" on one line opens a contact block; "NAME,
  Body, said" names a speaker."""

from __future__ import annotations

import pytest

from .records import Extract, people_by_name, person_names


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "KUALA LUMPUR, 9 June 2025 - Malaysia and Indonesia signed an MoU. Present were Fadillah "
            "Yusof, Deputy Prime Minister, Dr. Ahmad Zaki Hassan, and Johari Abdul Ghani.",
            {"Fadillah Yusof": "Deputy Prime Minister", "Ahmad Zaki Hassan": None},
        ),
        (
            "KUALA LUMPUR, 9 June 2025 - Malaysia and Indonesia signed an MoU. Present were Fadillah "
            "Yusof, Deputy Prime Minister, Dr. Ahmad Zaki Hassan, Director of MARDI, and Johari Abdul Ghani.",
            {"Fadillah Yusof": "Deputy Prime Minister", "Ahmad Zaki Hassan": "Director of MARDI"},
        ),
        (
            "KUALA LUMPUR, 9 June 2025 - Malaysia and Indonesia signed an MoU. Present were Dato' Sri "
            "Fadillah Yusof, Deputy Prime Minister of Malaysia, Tan Sri Dr. Noor Hisham Abdullah, and "
            "Datuk Seri Johari Abdul Ghani, Minister of Plantation and Commodities.",
            {
                "Fadillah Yusof": "Deputy Prime Minister of Malaysia",
                "Noor Hisham Abdullah": None,
                "Johari Abdul Ghani": "Minister of Plantation and Commodities",
            },
        ),
        (
            "ACCRA, 9 June 2025 - Ghana and Nigeria signed an MoU. The meeting was attended by Kwame "
            "Mensah, Chief Director, Prof. Ama Owusu, Rector of the University of Ghana, and Chinedu "
            "Okafor, Vice-Chancellor.",
            {
                "Kwame Mensah": "Chief Director",
                "Ama Owusu": "Rector of the University of Ghana",
                "Chinedu Okafor": "Vice-Chancellor",
            },
        ),
        (
            "WELLINGTON, 8 August 2025 - New Zealand and Fiji signed an arrangement on ocean science. "
            "It was signed by Dr Ayesha Verrall, Minister of Research, and Fiji's Permanent Secretary "
            "for Education, Dr Anjeela Jokhan.",
            {
                "Ayesha Verrall": "Minister of Research",
                "Anjeela Jokhan": "Fiji's Permanent Secretary for Education",
            },
        ),
    ],
)
def test_a_role_between_two_names_is_the_first_ones(
    extract: Extract, text: str, roles: dict[str, str | None]
) -> None:
    people = people_by_name(extract(text, published=None))
    assert {name: people[name]["role"] for name in roles if name in people} == roles


def test_the_next_person_takes_no_country_from_the_first_ones_role(extract: Extract) -> None:
    text = (
        "WELLINGTON, 8 August 2025 - New Zealand and Fiji signed an arrangement on ocean science. It "
        "was signed by Dr Ayesha Verrall, Minister of Research, and Fiji's Permanent Secretary for "
        "Education, Dr Anjeela Jokhan."
    )
    people = people_by_name(extract(text, published=None))
    assert (people["Ayesha Verrall"]["country"], people["Anjeela Jokhan"]["country"]) == ("NZ", "FJ")


@pytest.mark.parametrize(
    ("apposition", "role"),
    [
        (
            "Dr. Kwame Mensah, former Director-General of the CSIR, attended.",
            "former Director-General of the CSIR",
        ),
        ("Kwame Mensah, former Minister of Education, attended.", "former Minister of Education"),
        ("Kwame Mensah, the outgoing Minister of Education, attended.", "outgoing Minister of Education"),
        (
            "Kwame Mensah, acting Director-General of the CSIR, attended.",
            "acting Director-General of the CSIR",
        ),
        ("Kwame Mensah, Minister of Education, attended.", "Minister of Education"),
    ],
)
def test_a_title_may_open_with_a_word_of_time(extract: Extract, apposition: str, role: str) -> None:
    text = "ACCRA, 9 June 2025 - Ghana and Nigeria signed an MoU. " + apposition
    assert people_by_name(extract(text, published=None))["Kwame Mensah"]["role"] == role


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Dato' Sri Haji Fadillah Yusof, Deputy Prime Minister, attended.",
            "Fadillah Yusof",
            "Deputy Prime Minister",
        ),
        ("Haji Ahmad Tarmizi of Malaysia also attended.", "Ahmad Tarmizi", None),
        ("Hj. Rosli Omar, Director of MARDI, attended.", "Rosli Omar", "Director of MARDI"),
        ("Academician Dosym Satpayev said the centre will open in 2026.", "Dosym Satpayev", "Academician"),
        (
            "H.E. Buthaina bint Ali Al Jabr Al Nuaimi, Minister of Education, signed for Qatar.",
            "Buthaina bint Ali Al Jabr Al Nuaimi",
            "Minister of Education",
        ),
    ],
)
def test_styles_and_long_names(extract: Extract, sentence: str, name: str, role: str | None) -> None:
    text = "KUALA LUMPUR, 9 June 2025 - Malaysia and Qatar signed an MoU on research. " + sentence
    people = people_by_name(extract(text, published=None))
    assert name in people, list(people)
    assert people[name]["role"] == role


@pytest.mark.parametrize(
    "ending",
    [
        "\n\nFor more information, contact: Jānis Bērziņš, Latvian Council of Science, jb@lzp.gov.lv.",
        "\n\nFor further details, please contact: Jānis Bērziņš, Latvian Council of Science.",
        " Jānis Bērziņš, Latvian Council of Science, said the call was open.",
        ' "This call matters," Jānis Bērziņš, Latvian Council of Science, said.',
    ],
)
def test_a_name_before_its_body(extract: Extract, ending: str) -> None:
    text = "RIGA, 2 June 2025 - Latvia and Lithuania launched a joint call in materials science." + ending
    people = people_by_name(extract(text, published=None))
    assert people["Jānis Bērziņš"]["country"] == "LV"


def test_bodies_before_a_body_are_no_speaker(extract: Extract) -> None:
    text = (
        "NAIROBI, 2 June 2025 - Kenya and Rwanda launched a joint call. Partners include Safaricom "
        "Foundation, Kenya Space Agency, said the release."
    )
    assert person_names(extract(text, published=None)) == []


def test_a_name_written_family_first_again_is_the_same_person(extract: Extract) -> None:
    text = (
        "BUDAPEST, 3 March 2025 - Hungary and Japan signed an MoU on battery research. The MoU was "
        "signed by Hungarian Minister of Foreign Affairs and Trade Péter Szijjártó. Szijjártó Péter "
        "said the agreement was important."
    )
    record = extract(text, published=None)
    assert person_names(record) == ["Péter Szijjártó"]


def test_a_body_met_is_the_other_sides(extract: Extract) -> None:
    text = (
        "HANOI, 3 March 2025 - Vietnam and Korea agreed to cooperate on semiconductors. Minister "
        "Nguyen Manh Hung met Samsung Electronics and LG Display in Hanoi."
    )
    assert people_by_name(extract(text, published=None))["Nguyen Manh Hung"]["country"] == "VN"


@pytest.mark.parametrize(
    ("sentence", "roles"),
    [
        (
            "State Minister of Fisheries Piyal Nishantha de Silva and Maldivian Minister of Fisheries "
            "Ahmed Shiyam attended.",
            {
                "Piyal Nishantha de Silva": "State Minister of Fisheries",
                "Ahmed Shiyam": "Maldivian Minister of Fisheries",
            },
        ),
        (
            "Participants included Vinnova's Director General Darja Isaksson, Swedish Ambassador to "
            "Brazil Karin Wallensteen and Brazil's Minister Luciana Santos.",
            {
                "Darja Isaksson": "Vinnova's Director General",
                "Karin Wallensteen": "Swedish Ambassador to Brazil",
                "Luciana Santos": "Brazil's Minister",
            },
        ),
        (
            "Remarks were given by KTH President Anna Berg, CNRS President and CEO Paul Martin and "
            "Vinnova's Director General Darja Isaksson.",
            {
                "Anna Berg": "KTH President",
                "Paul Martin": "CNRS President and CEO",
                "Darja Isaksson": "Vinnova's Director General",
            },
        ),
    ],
)
def test_titles_before_names_in_a_list(extract: Extract, sentence: str, roles: dict[str, str]) -> None:
    text = "COLOMBO, 3 March 2025 - Sri Lanka and the Maldives agreed on marine research. " + sentence
    people = people_by_name(extract(text, published=None))
    assert {name: people[name]["role"] for name in roles if name in people} == roles


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The agreement was signed by centre director Mette Lund Pedersen.", "Mette Lund Pedersen"),
        ("The agreement was signed by director Anna Lund.", "Anna Lund"),
        ("DANIDA Fellowship Centre director Mette Lund Pedersen signed it.", "Mette Lund Pedersen"),
    ],
)
def test_a_city_word_later_in_a_name(extract: Extract, sentence: str, name: str) -> None:
    text = "COPENHAGEN, 3 April 2025 - Denmark and Ghana agreed on water research. " + sentence
    assert name in person_names(extract(text, published=None))


def test_a_body_and_a_place_after_a_role_are_no_name(extract: Extract) -> None:
    text = (
        "JAKARTA, 3 April 2025 - Indonesia and the Netherlands agreed on water research. It was "
        "attended by a representative of Nuffic Neso Indonesia."
    )
    assert person_names(extract(text, published=None)) == []


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "MANAMA, 5 May 2025 - Bahrain and Jordan signed an MoU. Jordan's Ambassador, Dr. Ahmad "
            "Al-Mashaqbeh, attended.",
            "Ahmad Al-Mashaqbeh",
            "JO",
        ),
        (
            "TBILISI, 5 May 2025 - Georgia and Armenia signed an MoU on seismology. Georgia's Minister "
            "of Education and Science Giorgi Amilakhvari met Armenia's Minister of Education Zhanna "
            "Andreasyan.",
            "Giorgi Amilakhvari",
            "GE",
        ),
        (
            "AMMAN, 5 May 2025 - Jordan and Iraq signed an MoU. Michael Jordan's coach, Dr. Ahmad "
            "Saleh, attended.",
            "Ahmad Saleh",
            None,
        ),
    ],
)
def test_a_partner_whose_name_is_also_a_persons_owns_a_role(
    extract: Extract, text: str, name: str, country: str | None
) -> None:
    people = people_by_name(extract(text, published=None))
    assert people[name]["country"] == country


@pytest.mark.parametrize(
    ("sentence", "roles"),
    [
        (
            "PROF. AMON MURWIRA, Minister of Higher and Tertiary Education, and HON. FELIX MUTATI, "
            "Zambia's Minister of Technology and Science, signed the agreement.",
            {
                "Amon Murwira": "Minister of Higher and Tertiary Education",
                "Felix Mutati": "Zambia's Minister of Technology and Science",
            },
        ),
        (
            "The agreement was signed by DR. FORTUNE CHASI and MS. JANE BANDA, Director of NISIR.",
            {"Fortune Chasi": None, "Jane Banda": "Director of NISIR"},
        ),
    ],
)
def test_names_and_honorifics_in_capitals(
    extract: Extract, sentence: str, roles: dict[str, str | None]
) -> None:
    text = "HARARE, 5 May 2025 - Zimbabwe and Zambia agreed on a joint research centre. " + sentence
    people = people_by_name(extract(text, published=None))
    assert {name: people[name]["role"] for name in roles if name in people} == roles


def test_capitals_with_no_honorific_are_no_name(extract: Extract) -> None:
    text = (
        "HARARE, 5 May 2025 - Zimbabwe and Zambia agreed on a joint research centre. "
        "THE NATIONAL COUNCIL, chaired by the Minister, met."
    )
    assert person_names(extract(text, published=None)) == []


def test_a_portuguese_particle_inside_a_name_after_a_comma(extract: Extract) -> None:
    text = (
        "BRASÍLIA, 6 May 2025 - Brazil and Angola signed an MoU. The Minister of Higher Education, "
        "Science, Technology and Innovation of Angola, Maria do Rosário Bragança Sambo, met "
        "Brazilian Minister Luciana Santos."
    )
    people = people_by_name(extract(text, published=None))
    assert people["Maria do Rosário Bragança Sambo"]["country"] == "AO"


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "BRIN head Laksana Tri Handoko met Mitsubishi Heavy Industries.",
            "Laksana Tri Handoko",
            "BRIN head",
        ),
        ("The head Office of BRIN received Laksana Tri Handoko.", None, None),
    ],
)
def test_a_bodys_short_form_owns_a_lower_case_role(
    extract: Extract, sentence: str, name: str | None, role: str | None
) -> None:
    text = "JAKARTA, 8 May 2025 - Indonesia and Japan agreed on volcano research. " + sentence
    people = people_by_name(extract(text, published=None))
    if name is None:
        assert all(p["role"] is None or "head" not in p["role"] for p in people.values())
    else:
        assert (people[name]["role"], people[name]["country"]) == (role, "ID")
