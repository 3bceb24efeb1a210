"""Organisation and people classes of session 20, round 1 (helper b). Texts of our own.

1. A title whose words end with a bracket (the body's short form or the title's portfolio) before
   an honorific and a name keeps its role ("Senior Secretary of the Ministry of X (MoX) Dr NAME",
   "Vice President (Research) Prof NAME") (people `_place_before`, `_bracketed_portfolio`).
2. A lower-case noun of a profession that ends in "-ologist" or "-ographer" is a role noun, so that
   "NAME, a hydrogeologist at X" names a person, whatever the list holds (roles.yaml
   `role_noun_endings`).
3. A person's name before a lower-case room word after an owner's possessive or "the" ("BCSIR's Dr
   A auditorium") names a room, not a person (people `names_place`).
4. A country's adjective (or possessive) before a verb of visiting is the visitors': the visited
   body is not theirs, but the other of the two countries the text is about (organizations
   `_country_before_unlisted`, `_sentence_country`; org_heads.yaml `visit_verbs`).
5. "International <field> Federation / Union / Organization / Association / Alliance / Agency /
   Charter" is a body of the nations together, with no country (org_heads.yaml
   `international_names`); "International Cooperation Agency", "International Relations Office" are
   a state's units.
6. A wire dateline in capitals closed by a single hyphen ("DHAKA, May 12, 2026 (BSS) - ") gives the
   text's home, which places the unplaced bodies defined there (owners `_hyphen_dateline_country`).
7. A long form that opens a hard-wrapped line after "the" at the end of the line before ("... and
   the\\nGeological Survey of X (GSX)") is read as the acronym's definition (acronyms
   `_schwartz_hearst`), not left to a registry namesake.
8. A registry entry matched by an acronym that the text defines with an English long form whose
   own words (head words and states aside) differ from those of each of the entry's English names
   is another body ("Materials Research Institute (IIM)" is not the registry's "Institute of Marine
   Research"); a long form in English beside an entry named only in another language is still
   the entry (organizations `_other_long_form`).
"""

from __future__ import annotations

import pytest

from .records import Extract, org_countries_and_aliases, org_names, people_by_name, roles_by_name

ROLES_BEFORE_BRACKETS = [  # (text, name, words the role must hold)
    pytest.param(
        "DHAKA, May 3 - Senior Secretary of the Ministry of Science and Technology (MoST) Dr Nazma "
        "Sultana presided over the function.",
        "Nazma Sultana",
        "Senior Secretary of the Ministry of Science and Technology",
        id="a short form, then Dr",
    ),
    pytest.param(
        "Permanent Secretary of the Ministry of Energy (MoE) Mr Kofi Mensah opened the session in Accra.",
        "Kofi Mensah",
        "Permanent Secretary of the Ministry of Energy",
        id="a short form, then Mr",
    ),
    pytest.param(
        "The Director General of the National Space Research and Development Agency (NASRDA) Dr. "
        "Amina Yusuf signed for Nigeria.",
        "Amina Yusuf",
        "Director General of the National Space Research and Development Agency",
        id="an agency's acronym, then Dr.",
    ),
    pytest.param(
        "NUS Vice President (Research and Technology) Prof Lim Boon Keat described the lab.",
        "Lim Boon Keat",
        "Vice President (Research and Technology)",
        id="a bracketed portfolio, then Prof",
    ),
    pytest.param(
        "Deputy Director (International Affairs) Ms Ana Pereira welcomed the guests in Lisbon.",
        "Ana Pereira",
        "Deputy Director (International Affairs)",
        id="a bracketed portfolio, then Ms",
    ),
]


@pytest.mark.parametrize(("text", "name", "role"), ROLES_BEFORE_BRACKETS)
def test_a_title_that_ends_with_a_bracket_keeps_its_role(
    extract: Extract, text: str, name: str, role: str
) -> None:
    roles = roles_by_name(extract(text, published="2026-05-12"))
    assert role in (roles.get(name) or ""), roles


def test_a_bracketed_state_is_no_portfolio(extract: Extract) -> None:
    people = people_by_name(
        extract("The Ambassador (Finland) Dr Liisa Korhonen spoke.", published="2026-05-12")
    )
    assert people["Liisa Korhonen"]["country"] == "FI", people


PROFESSIONS = [  # (text, name, role word)
    pytest.param(
        "The laboratory has two co-directors: Nuria Castells Puig, a hydrogeologist at the institute, "
        "and Rodrigo Saldaña Mejía, a researcher at the university.",
        "Nuria Castells Puig",
        "hydrogeologist",
        id="a hydrogeologist",
    ),
    pytest.param(
        "Tomasz Nowak, a palaeontologist from Warsaw, joined the team.",
        "Tomasz Nowak",
        "palaeontologist",
        id="a palaeontologist",
    ),
    pytest.param(
        "The map was drawn by Ingrid Solberg, a cartographer at the Norwegian Mapping Authority.",
        "Ingrid Solberg",
        "cartographer",
        id="a cartographer",
    ),
    pytest.param(
        "Elena Puig, a biotechnologist, will lead the lab.",
        "Elena Puig",
        "biotechnologist",
        id="a biotechnologist",
    ),
]


@pytest.mark.parametrize(("text", "name", "word"), PROFESSIONS)
def test_a_profession_by_its_ending_names_a_person(extract: Extract, text: str, name: str, word: str) -> None:
    roles = roles_by_name(extract(text, published="2026-05-12"))
    assert word in (roles.get(name) or ""), roles


ROOMS = [  # (text, a name that is no person's)
    pytest.param(
        "The MoU was signed at BCSIR's Dr Qudrat-i-Khuda auditorium in Dhaka.",
        "Qudrat-i-Khuda",
        id="an owner's auditorium",
    ),
    pytest.param(
        "The lecture took place in the Prof. Jan Kowalski hall of the university.",
        "Jan Kowalski",
        id="the hall",
    ),
    pytest.param(
        "The forum met in Makerere's Dr Apolo Milton Obote auditorium on Monday.",
        "Apolo Milton Obote",
        id="an owner's auditorium, a name of three words",
    ),
]


@pytest.mark.parametrize(("text", "name"), ROOMS)
def test_a_room_named_after_someone_is_no_person(extract: Extract, text: str, name: str) -> None:
    assert name not in people_by_name(extract(text, published="2026-05-12"))


def test_a_person_before_a_plain_noun_stays(extract: Extract) -> None:
    people = people_by_name(
        extract("The award went to Dr Anna Berg, director of the institute.", published="2026-05-12")
    )
    assert "Anna Berg" in people, people


VISITS = [  # (text, name, country)
    pytest.param(
        "Hungary and Türkiye launched a joint call. The following day the Hungarian delegation visited "
        "the TÜBİTAK Marmara Research Center (MAM) in Gebze.",
        "TÜBİTAK Marmara Research Center",
        "TR",
        id="visited, an adjective",
    ),
    pytest.param(
        "Peru and Canada agreed to cooperate. The Canadian delegation toured the National Water "
        "Authority, officials said.",
        "National Water Authority",
        "PE",
        id="toured, no seat",
    ),
    pytest.param(
        "Peru and Canada agreed to cooperate. Canada's delegation toured the National Water Authority, "
        "officials said.",
        "National Water Authority",
        "PE",
        id="a possessive",
    ),
    pytest.param(
        "Norway and Japan met. The Japanese delegation, with the Ambassador of Japan to Norway, Takeshi "
        "Ono, visited the Arctic Climate Research Centre.",
        "Arctic Climate Research Centre",
        "NO",
        id="a state named as a noun is no visitor",
    ),
    pytest.param(
        "Chile and Sweden met. The Swedish minister visited the Chilean Antarctic Institute.",
        "Chilean Antarctic Institute",
        "CL",
        id="the name's own adjective",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), VISITS)
def test_a_visited_body_is_the_hosts(extract: Extract, text: str, name: str, country: str) -> None:
    orgs = org_countries_and_aliases(extract(text, published="2026-05-12"))
    assert orgs[name][0] == country, orgs


INTERNATIONAL = [  # (text, name, country or None)
    pytest.param(
        "The UAE and Italy signed a space deal in Abu Dhabi. The congress is organised every year by "
        "the International Astronautical Federation (IAF).",
        "International Astronautical Federation",
        None,
        id="a federation",
    ),
    pytest.param(
        "Kenya and Japan met in Nairobi, where the Kenyan team briefed the International Union for "
        "Conservation of Nature (IUCN) on the project.",
        "International Union for Conservation of Nature",
        None,
        id="a union",
    ),
    pytest.param(
        "Brazil's minister addressed the International Cooperation Agency of Brazil in Brasília.",
        "International Cooperation Agency of Brazil",
        "BR",
        id="a state's cooperation agency",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), INTERNATIONAL)
def test_an_international_federation_has_no_country(
    extract: Extract, text: str, name: str, country: str | None
) -> None:
    orgs = org_countries_and_aliases(extract(text, published="2026-05-12"))
    assert orgs[name][0] == country, orgs


DATELINES = [  # (text, name, country)
    pytest.param(
        "DHAKA, May 12, 2026 (BSS) - The Bangladesh Council of Scientific and Industrial Research "
        "(BCSIR) and the Chinese Academy of Sciences (CAS) agreed to set up a joint centre.\n\n"
        "Dr Kamrul said the Institute of Food Science and Technology (IFST) would lead the work.",
        "Institute of Food Science and Technology",
        "BD",
        id="a city, a date and an agency",
    ),
    pytest.param(
        "HA NOI, November 14 (VNA) - Viet Nam and Korea agreed to train chip engineers.\n\n"
        "Minister Park visited the National Innovation Center (NIC) in Hoa Lac.",
        "National Innovation Center",
        "VN",
        id="a city of two words",
    ),
    pytest.param(
        "WARSAW, April 16 (Baltic News Wire) - Poland and Japan signed a hydrogen pact.\n\n"
        "The Institute of Nuclear Chemistry and Technology (INCT) will coordinate.",
        "Institute of Nuclear Chemistry and Technology",
        "PL",
        id="an agency of three words",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), DATELINES)
def test_a_hyphened_wire_dateline_places_the_home_bodies(
    extract: Extract, text: str, name: str, country: str
) -> None:
    orgs = org_countries_and_aliases(extract(text, published="2026-05-12"))
    assert orgs[name][0] == country, orgs


WRAPPED = [  # (text, name, country, registry namesake that must be absent)
    pytest.param(
        "Israel and the Philippines signed a deal.\n\nThe Philippine Institute of Volcanology and "
        "Seismology (PHIVOLCS) and the\nGeological Survey of Israel (GSI) are expected to sign a "
        "letter of\nintent later this year.",
        "Geological Survey of Israel",
        "IL",
        "United States Geological Survey",
        id="a survey",
    ),
    pytest.param(
        "Chile and Norway met.\n\nThe ceremony was attended by staff of the\nNorwegian Polar "
        "Institute (NPI) and the Chilean Antarctic Institute (INACH).",
        "Norwegian Polar Institute",
        "NO",
        None,
        id="an institute",
    ),
    pytest.param(
        "Kenya and Finland signed a deal.\n\nFunding comes from the Finnish foreign ministry and the\n"
        "National Research Fund (NRF) of Kenya, officials said.",
        "National Research Fund",
        "KE",
        None,
        id="a fund placed after its acronym",
    ),
]


@pytest.mark.parametrize(("text", "name", "country", "absent"), WRAPPED)
def test_a_long_form_that_opens_a_wrapped_line_is_read(
    extract: Extract, text: str, name: str, country: str, absent: str | None
) -> None:
    record = extract(text, published="2026-05-12")
    orgs = org_countries_and_aliases(record)
    found = [n for n in orgs if n.startswith(name)]
    assert found and orgs[found[0]][0] == country, orgs
    assert absent is None or absent not in org_names(record)


NAMESAKES = [  # (text, name read, registry namesake that must be absent)
    pytest.param(
        "Mexico and Spain opened a joint lab. Adsorbents were developed by UNAM's Materials Research "
        "Institute (IIM). A researcher at IIM-UNAM will co-direct it.",
        "Materials Research Institute",
        "Instituto de Investigacións Mariñas",
        id="a materials institute, not a marine one",
    ),
    pytest.param(
        "Japan and the Netherlands met in Tokyo. The Netherlands Innovation Network (NIN) is a joint "
        "network of the two ministries. NIN staff will attend.",
        "Netherlands Innovation Network",
        "Netherlands Institute for Neuroscience",
        id="a network, not a neuroscience institute",
    ),
]


@pytest.mark.parametrize(("text", "name", "absent"), NAMESAKES)
def test_a_registry_acronym_that_the_text_defines_otherwise_is_another_body(
    extract: Extract, text: str, name: str, absent: str
) -> None:
    names = org_names(extract(text, published="2026-05-12"))
    assert name in names and absent not in names, names


def test_an_english_long_form_of_a_body_named_in_another_language_stays_the_entry(extract: Extract) -> None:
    text = (
        "Korea and Côte d'Ivoire opened a centre at the station of the National Centre for Agronomic "
        "Research (CNRA). The Director General of CNRA spoke."
    )
    orgs = org_countries_and_aliases(extract(text, published="2026-05-12"))
    found = [n for n, (_, aliases) in orgs.items() if "CNRA" in aliases]
    assert found and orgs[found[0]][0] == "CI", orgs
