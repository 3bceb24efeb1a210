"""Session 17 round 1 (a) classes on organisations.

- a list of firms where one holds the partners' form "& Co." ("NEC Corporation, Mitsui & Co., Kubota
  Corporation"): the firm's name bounds the names read before and after it, no name runs across
  the comma into it;
- a list of companies after a plural noun: an item ends at the sentence's period ("... and
  Fujifilm.⏎On the other side"), and an acronym with a lower-case noun in running text ("companies:
  IIA grants of 30%") is no item; "partners: A, B" opens such a list too;
- bare names listed beside bodies named with a head word after a word that brings in members
  ("from ASML, NXP Semiconductors, the Netherlands Organisation ... (TNO) and Brainport
  Development on the Dutch side"): each bare name is a body, of the side named after the list;
- a unit named by its parent's acronym or one-word name ("CSIR-National Chemical Laboratory",
  "Fraunhofer Institute for Solar Energy Systems"): the parent's country, among several curated
  ones the one the text is about;
- a body named for the project or programme it runs ("RIKEN Center for Advanced Intelligence
  Project"): a head word with "for" or "of the" after it names a body, not a programme;
- a company noun at the end of a hard-wrapped line ("the Israeli precision-agriculture start-up⏎Shikma
  Agritech signed"): the name on the next line is the company's;
- a major company named by its brand alone ("France's Alstom", "TotalEnergies signed", "from ASML"): the
  reference (organizations.yaml) knows it and its country."""

from __future__ import annotations

import pytest

from .records import Extract, org_countries_and_aliases, org_names


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        (
            "TOKYO, 3 March 2025 - Japan and Chile agreed to trade more copper. The delegation included "
            "Marubeni Corporation, Sojitz & Co., Itochu Corporation and Canon.",
            {"Marubeni Corporation", "Sojitz & Co.", "Itochu Corporation"},
        ),
        (
            "OSAKA, 9 May 2025 - Japan and Kenya opened a trade fair. Stands were run by Toray "
            "Industries, Nagase & Co., Kao Corporation and several start-ups.",
            {"Nagase & Co.", "Kao Corporation"},
        ),
    ],
)
def test_a_partners_firm_bounds_the_names_around_it(extract: Extract, text: str, bodies: set[str]) -> None:
    names = org_names(extract(text, published=None))
    assert bodies <= names, names
    assert not any("," in n or n.startswith("Co.") for n in names), names


@pytest.mark.parametrize(
    ("text", "bodies", "not_bodies"),
    [
        (
            "SEOUL, 2 April 2025 - Korea and Japan held a fair. It drew 40 Japanese firms, among them "
            "Sony, Omron and Panasonic.\nOn the Korean side, the ministry sent officials.",
            {"Sony", "Omron", "Panasonic"},
            {"Panasonic. On", "Panasonic.\nOn"},
        ),
        (
            "SEOUL, 2 April 2025 - Korea and Israel opened a joint call.\nFunding:\n"
            "  - Korean companies: KIAT loans of up to KRW 200 million per project;\n"
            "  - Israeli companies: IIA support of up to 50% of the budget.",
            set(),
            {"KIAT loans", "IIA support"},
        ),
        (
            "SEOUL, 2 April 2025 - Korea and Vietnam opened a chip centre. Three firms joined as "
            "industry partners: Hyundai Rotem, Doosan and Hanwha.",
            {"Hyundai Rotem", "Doosan", "Hanwha"},
            set(),
        ),
    ],
)
def test_listed_companies_end_at_the_sentence(
    extract: Extract, text: str, bodies: set[str], not_bodies: set[str]
) -> None:
    names = org_names(extract(text, published=None))
    assert bodies <= names, names
    assert not names & not_bodies, names


@pytest.mark.parametrize(
    ("text", "bodies", "country", "not_bodies"),
    [
        (
            "BERLIN, 4 June 2025 - Germany and Chile agreed to work on hydrogen. Speakers came from "
            "Nordwerk Energie, Kranholt, the Helmholtz Association and Thyssenkrupp Nucera on the German "
            "side.",
            {"Nordwerk Energie", "Kranholt", "Thyssenkrupp Nucera"},
            "DE",
            set(),
        ),
        (
            "HELSINKI, 5 May 2025 - Finland and Japan agreed to study forests. The consortium, "
            "including Wärtsilä, Valmet, the Finnish Meteorological Institute and Kemira, will test new "
            "fibres.",
            {"Wärtsilä", "Valmet", "Kemira"},
            None,
            set(),
        ),
        (
            "MANILA, 5 May 2025 - Delegates came from Japan, Korea, Vietnam and the Asian Development "
            "Bank to discuss flood risk.",
            {"Asian Development Bank"},
            None,
            {"Japan", "Korea", "Vietnam"},
        ),
    ],
)
def test_bare_names_listed_beside_bodies(
    extract: Extract, text: str, bodies: set[str], country: str | None, not_bodies: set[str]
) -> None:
    record = extract(text, published=None)
    names = org_names(record)
    assert bodies <= names, names
    assert not names & not_bodies, names
    if country:
        found = org_countries_and_aliases(record)
        assert all(found[b][0] == country for b in bodies), found


@pytest.mark.parametrize(
    ("text", "body", "country"),
    [
        (
            "NEW DELHI, 4 March 2025 - India and Australia announced new grants. One project pairs "
            "Monash University with the CSIR-Central Leather Research Institute (CSIR-CLRI).",
            "CSIR-Central Leather Research Institute",
            "IN",
        ),
        (
            "WELLINGTON, 4 March 2025 - New Zealand and Germany agreed to study hydrogen. The "
            "University of Otago will work with the Fraunhofer Institute for Wind Energy Systems IWES "
            "on offshore turbines.",
            "Fraunhofer Institute for Wind Energy Systems IWES",
            "DE",
        ),
    ],
)
def test_a_unit_takes_its_parents_country(extract: Extract, text: str, body: str, country: str) -> None:
    found = org_countries_and_aliases(extract(text, published=None))
    assert body in found, found
    assert found[body][0] == country, found


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "TOKYO, 4 March 2025 - Japan and France announced AI grants. One team is led from the "
            "RIKEN Center for Advanced Intelligence Project (AIP) in Tokyo.",
            "RIKEN Center for Advanced Intelligence Project",
        ),
        (
            "SUVA, 4 March 2025 - Fiji and Australia agreed to protect reefs. The Secretariat of the "
            "Pacific Regional Environment Programme will host the meeting.",
            "Secretariat of the Pacific Regional Environment Programme",
        ),
        (
            "TOKYO, 4 March 2025 - Japan and Germany agreed to share ocean data. The JAMSTEC Institute "
            "for the Argo Floats Project will lead the work.",
            "JAMSTEC Institute for the Argo Floats Project",
        ),
    ],
)
def test_a_body_named_for_its_project(extract: Extract, text: str, body: str) -> None:
    assert body in org_names(extract(text, published=None))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "SANTIAGO, 4 May 2025 - Chile and Korea agreed on lithium. The Chilean mining company\n"
            "Litiomar will build the plant.",
            "Litiomar",
        ),
        (
            "OSLO, 5 May 2025 - Norway and Japan agreed to build ships. The Norwegian shipyard\n"
            "Vestvik Verft will build two vessels.",
            "Vestvik Verft",
        ),
        (
            "TEL AVIV, 2 December 2025 - Japan and Israel held a forum. The Israeli water-tech start-up\n"
            "Aquanir Systems signed a memorandum of understanding.",
            "Aquanir Systems",
        ),
    ],
)
def test_a_company_noun_wrapped_before_its_name(extract: Extract, text: str, body: str) -> None:
    assert body in org_names(extract(text, published=None))


@pytest.mark.parametrize(
    ("text", "body", "country"),
    [
        (
            "RABAT, 3 May 2025 - Morocco and France signed ten deals. The new trains will be built by "
            "Alstom at its plant near Fez.",
            "Alstom",
            "FR",
        ),
        (
            "OSLO, 3 May 2025 - Norway and Brazil agreed to cooperate on offshore wind. Equinor and "
            "Petrobras will share data from their test sites.",
            "Equinor",
            "NO",
        ),
        (
            "HANOI, 3 May 2025 - Vietnam and the Netherlands agreed to train chip engineers. Engineers "
            "of ASML will teach the first course.",
            "ASML",
            "NL",
        ),
    ],
)
def test_a_major_company_is_known_by_its_name(extract: Extract, text: str, body: str, country: str) -> None:
    found = org_countries_and_aliases(extract(text, published=None))
    named = {n: c for n, (c, aliases) in found.items() for n in [n, *aliases]}
    assert named.get(body) == country, found
