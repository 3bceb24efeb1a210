"""Probe round s17n (grammar probes on organisations: names, aliases, registry links, countries).

- a body with same-name branches abroad in the registry (the French IRD's offices in Dakar or
  Abidjan) is the parent body, wherever the text is set;
- a group's one-word brand opening a longer company name ("Samsung C&T", "Tata Steel") names the
  group's other company, not the known one;
- "Namcor, the National Petroleum Corporation of Namibia,": a one-word name right before ", the
  <full name>," is the body's short name (an alias), not lost; the last word of a name before
  ("the Sydney Quantum Academy, the Indian Institute of Science") and opening words are not;
- a plain ministry's name that the registry gave to the other partner (it knows only that one's
  "Ministry of Education") is the dateline's country's when nothing ties it to another state; a
  country later in the sentence is where it acts, not its owner;
- a nation's adjective opening another, listed name ("the French National Research Institute ...
  (IRD) and Cheikh Anta Diop University") is not the next body's country; a national body's name
  that nothing places is the dateline's partner's;
- a name in English in brackets after a body's name in another language ("Instituto Nacional de
  Saúde (National Institute of Health)", "(CONACYT, National Council of ...)") is an alias;
- aliases carry no stray blanks."""

from __future__ import annotations

import pytest

from .records import Extract, org_names, orgs_by_name

BRANCHES = [
    # (text, the body's name found, its country)
    (
        "DAKAR, 3 March 2025 — Senegal and France launched a joint laboratory. The IRD and the Institut "
        "Pasteur de Dakar will host ten doctoral students from Senegal.",
        "IRD",
        "FR",
    ),
    (
        "ABIDJAN, 3 March 2025 — Côte d'Ivoire and France launched a climate programme. The Institut de "
        "Recherche pour le Développement (IRD) will train 20 researchers.",
        "IRD",
        "FR",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), BRANCHES)
def test_a_body_with_branches_abroad_is_the_parent(
    extract: Extract, text: str, name: str, country: str
) -> None:
    record = extract(text)
    found = [o for o in record["organizations"] if name in [o["name"], *(o.get("aliases") or [])]]
    assert found, org_names(record)
    assert found[0]["country"] == country


SIBLINGS = [
    # (text, company, country, the known company that must not be found)
    (
        "SEOUL, 4 February 2025 — Korea and Chile signed a memorandum on lithium. Samsung C&T and Codelco "
        "will study a refinery in Antofagasta.",
        "Samsung C&T",
        "KR",
        "Samsung Electronics",
    ),
    (
        "SEOUL, 4 February 2025 — Korea and Peru signed a memorandum on shipbuilding. Samsung Heavy "
        "Industries "
        "and SIMA Peru will build two research vessels.",
        "Samsung Heavy Industries",
        "KR",
        "Samsung Electronics",
    ),
]


@pytest.mark.parametrize(("text", "company", "country", "other"), SIBLINGS)
def test_a_brand_opening_a_longer_name_is_another_company(
    extract: Extract, text: str, company: str, country: str, other: str
) -> None:
    orgs = orgs_by_name(extract(text))
    assert company in orgs, sorted(orgs)
    assert orgs[company]["country"] == country
    assert other not in orgs


def test_a_bare_brand_is_still_the_known_company(extract: Extract) -> None:
    text = (
        "SEOUL, 4 February 2025 — Korea and Chile signed a memorandum. Samsung and Codelco will study a "
        "refinery in Antofagasta."
    )
    assert "Samsung Electronics" in orgs_by_name(extract(text))


APPOSITIONS = [
    # (text, the full name, its short name)
    (
        "WINDHOEK, 12 May 2025 — Namibia and Germany signed a hydrogen memorandum. Namcor, the National "
        "Petroleum Corporation of Namibia, and Siemens Energy will study a pilot plant.",
        "National Petroleum Corporation of Namibia",
        "Namcor",
    ),
    (
        "REYKJAVIK, 2 April 2025 — Iceland and Kenya signed a memorandum on geothermal training. "
        "Orkustofnun, "
        "the National Energy Authority, will host Kenyan engineers.",
        "National Energy Authority",
        "Orkustofnun",
    ),
    (
        "NOUMÉA, 2 April 2025 — France and Vanuatu agreed to share reef data. Ifremer, the French Research "
        "Institute for Exploitation of the Sea, will lend a research vessel.",
        "French Research Institute for Exploitation of the Sea",
        "Ifremer",
    ),
]


@pytest.mark.parametrize(("text", "name", "short"), APPOSITIONS)
def test_a_short_name_before_its_full_name_is_an_alias(
    extract: Extract, text: str, name: str, short: str
) -> None:
    record = extract(text)
    holders = [o for o in record["organizations"] if short in [o["name"], *(o.get("aliases") or [])]]
    assert len(holders) == 1, record["organizations"]
    assert name in [holders[0]["name"], *(holders[0].get("aliases") or [])]


NOT_APPOSITIONS = [
    # (text, a word that must name no body)
    (
        "REYKJAVIK, 2 April 2025 — Iceland and Kenya signed a memorandum. Meanwhile, the National Energy "
        "Authority, which regulates drilling, will host Kenyan engineers.",
        "Meanwhile",
    ),
    (
        "CANBERRA, 2 April 2025 — Australia and India agreed on quantum research. The partnership "
        "between the "
        "Sydney Quantum Academy, the Indian Institute of Science, and RIKEN was welcomed.",
        "Academy",
    ),
]


@pytest.mark.parametrize(("text", "word"), NOT_APPOSITIONS)
def test_no_alias_from_a_word_that_is_no_name(extract: Extract, text: str, word: str) -> None:
    assert word not in org_names(extract(text))


MINISTRIES = [
    # (text, ministry, country)
    (
        "COLOMBO, 10 June 2025 — Sri Lanka and India signed a memorandum on teacher training. The Ministry "
        "of Education will send 200 teachers to Indian universities.",
        "Ministry of Education",
        "LK",
    ),
    (
        "NEW DELHI, 10 June 2025 — India and Sri Lanka signed a memorandum on teacher training. The Ministry "
        "of Education will train 200 Sri Lankan teachers.",
        "Ministry of Education",
        "IN",
    ),
    (
        "STOCKHOLM, 10 June 2025 — Sweden and India issued a joint statement. The Ministry of External "
        "Affairs will host the next round.",
        "Ministry of External Affairs",
        "IN",
    ),
]


@pytest.mark.parametrize(("text", "ministry", "country"), MINISTRIES)
def test_a_plain_ministry_is_the_datelines_unless_only_one_state_has_it(
    extract: Extract, text: str, ministry: str, country: str
) -> None:
    orgs = orgs_by_name(extract(text))
    assert ministry in orgs, sorted(orgs)
    assert orgs[ministry]["country"] == country


PLACED = [
    # (text, body, country)
    (
        "DAKAR, 3 March 2025 — Senegal and France signed an agreement on research. The French National "
        "Research Institute for Sustainable Development (IRD) and Cheikh Anta Diop University will "
        "cooperate.",
        "Cheikh Anta Diop University",
        "SN",
    ),
    (
        "ABIDJAN, 3 March 2025 — Côte d'Ivoire and France launched a climate programme. The IRD and "
        "Université Félix Houphouët-Boigny will train 20 researchers.",
        "Université Félix Houphouët-Boigny",
        "CI",
    ),
    (
        "LONDON, 3 March 2025 — The United Kingdom and Switzerland signed a memorandum. The UK's Financial "
        "Conduct Authority (FCA) and Prudential Regulation Authority (PRA) will share information.",
        "Prudential Regulation Authority",
        "GB",
    ),
]


@pytest.mark.parametrize(("text", "body", "country"), PLACED)
def test_another_names_adjective_does_not_place_a_body(
    extract: Extract, text: str, body: str, country: str
) -> None:
    orgs = orgs_by_name(extract(text))
    assert body in orgs, sorted(orgs)
    assert orgs[body]["country"] == country


GLOSSES = [
    # (text, the body's name, its English gloss, its country)
    (
        "MAPUTO, 9 October 2025 — Mozambique and Brazil renewed a health partnership. Brazil's Fiocruz will "
        "train Mozambican researchers at the Instituto Nacional de Saúde (National Institute of Health).",
        "Instituto Nacional de Saúde",
        "National Institute of Health",
        "MZ",
    ),
    (
        "ASUNCIÓN, 9 October 2025 — Paraguay and Taiwan signed a memorandum. The Consejo Nacional de "
        "Ciencia y "
        "Tecnología (CONACYT, National Council of Science and Technology) will fund ten grants.",
        "CONACYT",
        "National Council of Science and Technology",
        "PY",
    ),
]


@pytest.mark.parametrize(("text", "name", "gloss", "country"), GLOSSES)
def test_a_bracketed_english_gloss_is_an_alias(
    extract: Extract, text: str, name: str, gloss: str, country: str
) -> None:
    record = extract(text)
    holders = [o for o in record["organizations"] if gloss in [o["name"], *(o.get("aliases") or [])]]
    assert len(holders) == 1, record["organizations"]
    assert name in [holders[0]["name"], *(holders[0].get("aliases") or [])]
    assert holders[0]["country"] == country


def test_aliases_carry_no_stray_blanks(extract: Extract) -> None:
    text = (
        "HELSINKI, 2 May 2025 — Finland and Vietnam signed a memorandum. VTT Technical Research Centre of "
        "Finland and Hanoi University of Science and Technology will develop batteries."
    )
    names = org_names(extract(text))
    assert all(n == n.strip() for n in names), names


BARE_HEADS = [
    # (text, body, the lone head word that must be no alias of it)
    (
        "RIGA, 14 March 2025 — Latvia and Georgia signed a memorandum. The University of Latvia and "
        "Tbilisi State University will open a joint master's programme.",
        "University of Latvia",
        "University",
    ),
    (
        "NAIROBI, 14 March 2025 — Kenya and Japan marked a rice project. The Embassy of Japan in Kenya "
        "hosted the ceremony.",
        "Embassy of Japan in Kenya",
        "Embassy",
    ),
]


@pytest.mark.parametrize(("text", "body", "head"), BARE_HEADS)
def test_a_name_without_its_country_is_no_alias_when_only_a_head_is_left(
    extract: Extract, text: str, body: str, head: str
) -> None:
    orgs = orgs_by_name(extract(text))
    assert body in orgs, sorted(orgs)
    assert head not in (orgs[body].get("aliases") or [])


def test_a_name_in_brackets_after_a_known_acronym_is_its_alias(extract: Extract) -> None:
    text = (
        "Santiago de Chile, 20 May 2025\nChile–New Zealand Joint Working Group on Antarctic Science\n"
        "Present: INACH (Chilean Antarctic Institute): Dr. Gino Casassa. Antarctica New Zealand: Ms. Sarah "
        "Williamson."
    )
    record = extract(text)
    holders = [o for o in record["organizations"] if "INACH" in (o.get("aliases") or [])]
    assert len(holders) == 1, record["organizations"]
    assert "Chilean Antarctic Institute" in [holders[0]["name"], *(holders[0].get("aliases") or [])]
    assert holders[0]["country"] == "CL"
    assert "Chilean Antarctic Institute" not in orgs_by_name(record) or holders[0]["name"] == (
        "Chilean Antarctic Institute"
    )


def test_the_last_word_of_a_longer_name_is_no_appositive_name(extract: Extract) -> None:
    text = (
        "KUALA LUMPUR, 7 July 2025 — Malaysia and Japan signed a memorandum. MIMOS Berhad, Malaysia's "
        "national applied research agency, and Japan's AIST will open a joint laboratory."
    )
    assert "Berhad" not in org_names(extract(text))


def test_an_acronym_with_its_legal_form_in_brackets_is_an_alias(extract: Extract) -> None:
    text = (
        "LAGOS, 4 June 2025 — Nigeria and the United Kingdom signed a memorandum. The Nigerian National "
        "Petroleum Company Limited (NNPC Ltd) will take part."
    )
    record = extract(text)
    holders = [o for o in record["organizations"] if "NNPC Ltd" in [o["name"], *(o.get("aliases") or [])]]
    assert len(holders) == 1 and len(record["organizations"]) == 1, record["organizations"]


def test_a_ministry_known_only_for_a_third_state_is_the_datelines(extract: Extract) -> None:
    text = (
        "PRESS RELEASE\nEmbassy of Japan in Uzbekistan\nTashkent, 12 March 2025\nJapan and Uzbekistan held a "
        "seminar on irrigation. The Ministry of Water Resources and JICA agreed to extend the project."
    )
    orgs = orgs_by_name(extract(text))
    assert orgs["Ministry of Water Resources"]["country"] == "UZ"


NATIONAL_NAMESAKES = [
    # (text, body's name, country)
    (
        "COLOMBO, 3 February 2025 — Sri Lanka and Japan signed a memorandum. The National Science Foundation "
        "(NSF) and JSPS will fund exchanges.",
        "National Science Foundation",
        "LK",
    ),
    (
        "COLOMBO, 3 February 2025 — Sri Lanka and Japan signed a memorandum. The National Science Foundation "
        "and JSPS will fund exchanges.",
        "National Science Foundation",
        "LK",
    ),
    (
        "WASHINGTON, 3 February 2025 — The United States and Japan signed a memorandum. The National Science "
        "Foundation and JSPS will fund exchanges.",
        "U.S. National Science Foundation",
        "US",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), NATIONAL_NAMESAKES)
def test_a_national_name_is_the_known_states_body_only_when_that_state_is_named(
    extract: Extract, text: str, name: str, country: str
) -> None:
    orgs = orgs_by_name(extract(text))
    assert name in orgs, sorted(orgs)
    assert orgs[name]["country"] == country


def test_a_body_with_its_own_acronym_that_nothing_places_is_the_datelines(extract: Extract) -> None:
    text = (
        "BOGOTÁ, 3 February 2025 — Colombia and Korea signed a memorandum. The Servicio Nacional de "
        "Aprendizaje (SENA), Colombia's national training service, and KOICA will open a centre."
    )
    orgs = orgs_by_name(extract(text))
    assert orgs["Servicio Nacional de Aprendizaje"]["country"] == "CO"


STATE_COMPANIES = [
    # (text, company, country)
    (
        "MEXICO CITY, 5 March 2025 — Mexico and Korea signed a memorandum. Pemex and KOGAS will study LNG. "
        "CFE will join later.",
        "Korea Gas Corporation",
        "KR",
    ),
    (
        "MEXICO CITY, 5 March 2025 — Mexico and Korea signed a memorandum. Pemex and KOGAS will study LNG. "
        "CFE will join later.",
        "Comisión Federal de Electricidad",
        "MX",
    ),
    (
        "NUKU'ALOFA, 5 March 2025 — Tonga and New Zealand launched a solar programme. Tonga Power and "
        "Meridian Energy will build two plants.",
        "Tonga Power Limited",
        "TO",
    ),
    (
        "LUANDA, 5 March 2025 — Angola and Brazil signed a memorandum. Sonangol and Petrobras will train "
        "geologists.",
        "Sonangol",
        "AO",
    ),
]


@pytest.mark.parametrize(("text", "company", "country"), STATE_COMPANIES)
def test_a_state_company_is_found_with_its_country(
    extract: Extract, text: str, company: str, country: str
) -> None:
    orgs = orgs_by_name(extract(text))
    assert company in orgs, sorted(orgs)
    assert orgs[company]["country"] == country
