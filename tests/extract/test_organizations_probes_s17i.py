"""Probe round s17i (grammar probes on organisations and their countries).

- a company's registry name qualified by its country ("Mitsubishi Chemical (Japan)", ROR's way
  with companies) is matched by its bare name and named so; a one-word bare name ("SATO") is not
  matched bare (it reads as a family name);
- state-owned and national companies of the Gulf, Asia, Africa, Latin America, Central Asia,
  Oceania and the Nordic and Baltic states (reference data), with their own country, whatever the
  sentence's side;
- a person's name opened by an initial run on after a body's name ("Mongolian Academy of Sciences
  D. Regdel and ..."); a seat in a body ("Member of Parliament") is an office, not a body;
- "A and Chile's B": a place's possessive opens a second body;
- a session number before a standing body ("the 3rd Joint Working Group") is no part of its name,
  and a joint body whose pair is unnamed belongs to neither side;
- units: an owner's acronym with only generic unit words ("ASRT Media Office") and a unit after
  "our"/"its" ("our School of Public Health") are no organisations;
- a plain "Department of X" is placed from the text like a plain "Ministry of X", not taken as the
  registry's one state's department when that state is not named ("Department of Energy" in a
  Japan–Bhutan text is not the US department)."""

from __future__ import annotations

import pytest

from .records import Extract, org_names, orgs_by_name

COMPANIES = [
    # (text, company, country)
    (
        "ABU DHABI, 5 May 2025 — The United Arab Emirates and Japan launched a joint research programme. "
        "Dr. Ali Al Mansoori, Head of Research, ADNOC, and Mr. Kenji Sato, Head of Research, Mitsubishi "
        "Chemical, signed the agreement.",
        "Mitsubishi Chemical",
        "JP",
    ),
    (
        "ABU DHABI, 5 May 2025 — The United Arab Emirates and Japan launched a joint research programme. "
        "Dr. Ali Al Mansoori, Head of Research, ADNOC, and Mr. Kenji Sato of Toyota signed the agreement.",
        "Abu Dhabi National Oil Company",
        "AE",
    ),
    (
        "RIYADH, 4 February 2025 — Saudi Arabia and Korea signed a memorandum on hydrogen. Saudi Aramco "
        "and Korea's KOGAS will study a pilot plant.",
        "Saudi Aramco",
        "SA",
    ),
    (
        "SEOUL, 4 February 2025 — Korea and Qatar signed a memorandum on LNG research. QatarEnergy will "
        "fund two chairs at KAIST.",
        "QatarEnergy",
        "QA",
    ),
    (
        "CANBERRA, 4 July 2025 — Australia and Korea agreed to cooperate on batteries. Dr. Lee Min-ho, "
        "Head of Research, LG Chem, spoke at the launch with BHP.",
        "LG Chem",
        "KR",
    ),
    (
        "MUSCAT, 10 November 2025 — Oman and Korea signed a memorandum on green hydrogen. POSCO Holdings "
        "and Oman's Hydrom will cooperate.",
        "POSCO Holdings",
        "KR",
    ),
    (
        "NAIROBI, 15 January 2025 — Kenya and India signed an agreement on agricultural research. Tata "
        "Consultancy Services will support Kenyan digital tools.",
        "Tata Consultancy Services",
        "IN",
    ),
    (
        "HANOI, 20 August 2025 — Viet Nam and New Zealand launched a fellowship scheme. Viettel Group and "
        "Fonterra will sponsor prizes.",
        "Fonterra",
        "NZ",
    ),
    (
        "TASHKENT, 6 June 2025 — Uzbekistan and Finland signed a memorandum on education. Nokia and "
        "Uzbektelecom will cooperate on 5G training.",
        "Uzbektelecom",
        "UZ",
    ),
    (
        "REYKJAVIK, 2 April 2025 — Iceland and Estonia signed a letter of intent on geothermal energy. "
        "Landsvirkjun and Eesti Energia will carry out a feasibility study.",
        "Eesti Energia",
        "EE",
    ),
    (
        "RIGA, 6 May 2025 — Latvia and Norway agreed to cooperate on offshore wind. Latvenergo and "
        "Statkraft will study two sites.",
        "Latvenergo",
        "LV",
    ),
]


@pytest.mark.parametrize(("text", "company", "country"), COMPANIES)
def test_a_company_is_found_with_its_own_country(
    extract: Extract, text: str, company: str, country: str
) -> None:
    orgs = orgs_by_name(extract(text))
    assert company in orgs, sorted(orgs)
    assert orgs[company]["country"] == country


def test_a_one_word_qualified_company_name_is_not_matched_bare(extract: Extract) -> None:
    text = (
        "TOKYO, 3 March 2025 — Japan and Finland met on urban research. SATO Yuko, Director of the "
        "Department of International Affairs at JST, spoke."
    )
    assert "SATO" not in org_names(extract(text))


RUN_ONS = [
    # (text, the body, a name that must not be a body's)
    (
        "ULAANBAATAR, 9 April 2025 — Mongolia and Kazakhstan held a joint academic forum. President of the "
        "Mongolian Academy of Sciences D. Regdel and Kazakhstan's Minister of Science opened the forum.",
        "Mongolian Academy of Sciences",
        "Regdel",
    ),
    (
        "NAIROBI, 9 April 2025 — Kenya and Japan held a workshop. Director of the Kenya Medical Research "
        "Institute S. Wambui and Japan's envoy opened it.",
        "Kenya Medical Research Institute",
        "Wambui",
    ),
    (
        "LIMA, 8 July 2025 — Peru and Chile agreed to cooperate on seismology. The Instituto Geofísico del "
        "Perú and Chile's Centro Sismológico Nacional will share data.",
        "Instituto Geofísico del Perú",
        "Chile's",
    ),
]


@pytest.mark.parametrize(("text", "body", "other"), RUN_ONS)
def test_a_name_stops_before_a_person_or_another_owner(
    extract: Extract, text: str, body: str, other: str
) -> None:
    names = org_names(extract(text))
    assert body in names, names
    assert not any(other in n for n in names), names


@pytest.mark.parametrize(
    "text",
    [
        "ULAANBAATAR, 9 April 2025 — Mongolia and Kazakhstan held a forum. Member of Parliament B. "
        "Bat-Erdene attended.",
        "COLOMBO, 9 June 2025 — Sri Lanka and India held a forum. Members of Parliament from both "
        "countries attended.",
    ],
)
def test_a_seat_in_parliament_is_no_body(extract: Extract, text: str) -> None:
    assert not any("Parliament" in n for n in org_names(extract(text)))


def test_a_session_number_is_cut_and_a_joint_body_is_neither_sides(extract: Extract) -> None:
    text = (
        "COLOMBO, 9 June 2025 — Sri Lanka and India held the 3rd Joint Working Group on science. India's "
        "Department of Biotechnology co-chaired."
    )
    orgs = orgs_by_name(extract(text))
    assert "Joint Working Group" in orgs, sorted(orgs)
    assert orgs["Joint Working Group"]["country"] is None
    assert not any(n[:1].isdigit() for n in orgs)


UNITS = [
    # (text, kept, unit)
    (
        "CAIRO, 2 October 2025 — Egypt and Korea agreed to cooperate on vaccine research. The Academy of "
        "Scientific Research and Technology (ASRT) will exchange researchers. Contact the ASRT Media "
        "Office.",
        "Academy of Scientific Research and Technology",
        "Media Office",
    ),
    (
        "SEOUL, 2 October 2025 — Korea and Chile agreed to cooperate on astronomy. The National Research "
        "Foundation of Korea (NRF) will fund it; write to the NRF International Affairs Division.",
        "National Research Foundation of Korea",
        "International Affairs Division",
    ),
    (
        "CAIRO, 2 October 2025 — Egypt and Korea agreed to cooperate on vaccine research. Cairo University "
        "will host the team. Professor Amal Hassan of our School of Public Health will coordinate.",
        "Cairo University",
        "School of Public Health",
    ),
    (
        "BANGKOK, 14 February 2025 — Thailand and Japan held a joint seminar. Chulalongkorn University "
        "organised it with its Faculty of Engineering.",
        "Chulalongkorn University",
        "Faculty of Engineering",
    ),
]


@pytest.mark.parametrize(("text", "kept", "unit"), UNITS)
def test_an_owned_unit_is_no_body(extract: Extract, text: str, kept: str, unit: str) -> None:
    names = org_names(extract(text))
    assert kept in names, names
    assert not any(unit in n for n in names), names


def test_a_plain_department_is_not_an_unnamed_states(extract: Extract) -> None:
    text = (
        "TOKYO, 5 March 2025 — Japan and Bhutan signed a memorandum on hydropower. The Department of "
        "Energy will share data with Japan's Ministry of Economy, Trade and Industry."
    )
    orgs = orgs_by_name(extract(text))
    assert all(o["country"] != "US" for o in orgs.values()), orgs


def test_a_plain_department_of_a_named_state_stays_its(extract: Extract) -> None:
    text = (
        "WASHINGTON, 5 March 2025 — The United States and Japan signed a memorandum on fusion. The "
        "Department of Energy will share data with Japan's Ministry of Economy, Trade and Industry."
    )
    orgs = orgs_by_name(extract(text))
    doe = [o for n, o in orgs.items() if "Department of Energy" in n]
    assert doe and doe[0]["country"] == "US", orgs


@pytest.mark.parametrize(
    ("text", "kept", "unit"),
    [
        (
            "DOHA, 14 May 2025 — Qatar and Singapore signed a memorandum on food security. Prof. Tan Wei "
            "Ling, Dean, College of Engineering, NTU, signed for Nanyang Technological University (NTU).",
            "Nanyang Technological University",
            "College of Engineering",
        ),
        (
            "TASHKENT, 10 July 2025 — Uzbekistan and Korea signed a memorandum on textiles. Prof. Kim "
            "Min-jun, Dean, College of Engineering, Seoul National University, signed it.",
            "Seoul National University",
            "College of Engineering",
        ),
        (
            "ACCRA, 10 July 2025 — Ghana and Denmark signed a memorandum on water. Dr. Ama Owusu, Head, "
            "Department of Civil Engineering, University of Ghana, signed it.",
            "University of Ghana",
            "Department of Civil Engineering",
        ),
    ],
)
def test_a_unit_under_a_title_and_a_comma_is_no_body(
    extract: Extract, text: str, kept: str, unit: str
) -> None:
    names = org_names(extract(text))
    assert kept in names, names
    assert unit not in names, names


def test_a_duplicate_free_company_is_resolved(extract: Extract) -> None:
    text = (
        "ALMATY, 7 May 2025 — Kazakhstan and Germany signed a memorandum on critical minerals. Germany "
        "and Kazatomprom will assess deposits; Codelco of Chile will advise."
    )
    orgs = orgs_by_name(extract(text))
    assert orgs.get("Kazatomprom", {}).get("country") == "KZ", orgs
