"""Class round s18c (mined from the twenty-fourth set, with the twentieth and twenty-second) on
organisations.

- A country in the possessive that ends a hard-wrapped line owns the name that opens the next one
  ("between Indonesia's\\n    Ministry of ..."), as it does on one line.
- A unit named after a placed organisation in the possessive ("The Department of Commerce's Office
  of Space Commerce") is that organisation's, of its country, over a guess from the sentence.
- A name never opens with "of": "officials of the Ministry ... and of the U.S. Embassy in Lisbon"
  names the Embassy.
- A seasonal school ("Summer School on ...", "Winter School") is an event, not an organisation; the
  label "International Research Laboratory" (CNRS's IRL) is a kind of laboratory, not its name.
- "Force(s)" heads a body with its country in its name ("Australian Border Force", not "the Air
  Force" or "a Task Force"); an acronym in brackets in any letters
  ("(ÍSOR)") goes on a list of bodies ("from X (ÍSOR), the Y Office (YO), Z University ...")."""

from __future__ import annotations

import pytest

from .records import Extract, org_names, orgs_by_name

OWNED = [
    # (text, organisation, its country)
    (
        "JAKARTA, 3 March 2025 - Indonesia and Australia signed.\n\n"
        "The Leaders welcomed the renewal of the Memorandum of Understanding between Indonesia's\n"
        "    Ministry of Higher Education, Science and Technology and\n"
        "    Australia's Department of Education, signed today.",
        "Ministry of Higher Education, Science and Technology",
        "ID",
    ),
    (
        "TASHKENT, 3 March 2025 - Uzbekistan and Korea signed.\n\n"
        "The memorandum was signed by Korea's\n"
        "Ministry of Science and ICT and the Uzbek side, and by Uzbekistan's\n"
        "Ministry of Digital Technologies.",
        "Ministry of Digital Technologies",
        "UZ",
    ),
    (
        "WASHINGTON, 3 March 2025 - The United States and India launched the TRUST initiative. The "
        "Department of Commerce's Office of Space Commerce and the Indian National Space Promotion and "
        "Authorization Center (IN-SPACe) held the first meeting of their working group.",
        "Office of Space Commerce",
        "US",
    ),
    (
        "SEOUL, 3 March 2025 - Korea and Chile agreed to expand astronomy work. The National Research "
        "Foundation of Korea's Office of Global Cooperation and Chile's National Agency for Research "
        "and Development (ANID) will open a call.",
        "Office of Global Cooperation",
        "KR",
    ),
    (
        "CANBERRA, 3 March 2025 - Australia and Fiji agreed on ocean research. The Commonwealth "
        "Scientific and Industrial Research Organisation's Centre for Marine Robotics will work with "
        "the University of the South Pacific.",
        "Centre for Marine Robotics",
        "AU",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), OWNED)
def test_owner_before_the_name(extract: Extract, text: str, name: str, country: str) -> None:
    orgs = orgs_by_name(extract(text))
    assert name in orgs, sorted(orgs)
    assert orgs[name]["country"] == country


LISTED_WITH_OF = [
    # (text, the body named after "and of the")
    (
        "LISBON, 3 March 2025 - Portugal and the United States renewed the programme. The ceremony was "
        "attended by officials of the Ministry of Education, Science and Innovation and of the U.S. "
        "Embassy in Lisbon.",
        "U.S. Embassy in Lisbon",
    ),
    (
        "NAIROBI, 3 March 2025 - Kenya and Japan met. The talks drew representatives of the Kenya "
        "Medical Research Institute and of the Japan International Cooperation Agency.",
        "Japan International Cooperation Agency",
    ),
    (
        "ACCRA, 3 March 2025 - Ghana and Brazil met. Delegates of the Council for Scientific and "
        "Industrial Research and of the Embassy of Brazil in Accra attended.",
        "Embassy of Brazil in Accra",
    ),
]


@pytest.mark.parametrize(("text", "name"), LISTED_WITH_OF)
def test_no_name_opens_with_of(extract: Extract, text: str, name: str) -> None:
    names = org_names(extract(text))
    assert name in names, sorted(names)
    assert not any(n.startswith("of ") for n in names), sorted(names)


NOT_BODIES = [
    # (text, a name that is no organisation)
    (
        "VALENCIA, 3 March 2025 - Spain and Mexico signed. The Polytechnic University of Valencia will "
        "host the third Summer School on Green Hydrogen in July with the National Autonomous University "
        "of Mexico.",
        "Summer School on Green Hydrogen",
    ),
    (
        "GRAZ, 3 March 2025 - Austria and Japan agreed on a course. The Graz University of Technology "
        "will run a Winter School on Quantum Sensing with Osaka University in February.",
        "Winter School on Quantum Sensing",
    ),
    (
        "LISBON, 3 March 2025 - Portugal and the United States renewed the programme. The Fifth UT Austin "
        "Portugal Summer School on Space Weather took place in Braga, organised with the University of "
        "Minho.",
        "UT Austin Portugal Summer School on Space Weather",
    ),
    (
        "SANTIAGO, 3 March 2025 - Chile and Australia met. The Air Force will fly the team to the "
        "Antarctic station in March.",
        "Air Force",
    ),
    (
        "BRUSSELS, 3 March 2025 - The EU and Japan agreed to set up a Task Force on research security, "
        "chaired by the European Commission.",
        "Task Force",
    ),
    (
        "PARIS, 3 March 2025 - France and Singapore renewed their lab. QUANTA was set up in 2019 as an "
        "International Research Laboratory of CNRS and the National University of Singapore.",
        "International Research Laboratory",
    ),
    (
        "HANOI, 3 March 2025 - Viet Nam and France signed. MATHLAB, the International Research Laboratory "
        "run by CNRS and the Viet Nam Academy of Science and Technology, opens in May.",
        "International Research Laboratory",
    ),
    (
        "TOKYO, 3 March 2025 - France and Japan agreed to create two new International Research "
        "Laboratories with the University of Tokyo.",
        "International Research Laboratories",
    ),
]


@pytest.mark.parametrize(("text", "name"), NOT_BODIES)
def test_not_a_body(extract: Extract, text: str, name: str) -> None:
    names = org_names(extract(text))
    assert not any(name in n for n in names), sorted(names)


BODIES = [
    # (text, organisation, its country)
    (
        "CANBERRA, 3 March 2025 - Australia and Indonesia agreed to joint patrols by the Australian "
        "Border Force and Indonesian customs, with support from the Australian Defence Force.",
        "Australian Border Force",
        "AU",
    ),
    (
        "MANILA, 3 March 2025 - Japan and the Philippines agreed to deepen joint training between the "
        "Japan Self-Defense Forces and the Armed Forces of the Philippines.",
        "Armed Forces of the Philippines",
        "PH",
    ),
    (
        "REYKJAVIK, 3 March 2025 - Iceland and Japan met. Researchers from Iceland GeoSurvey (ÍSOR), the "
        "Icelandic Meteorological Office (IMO), Tohoku University and Hokkaido University spoke.",
        "Iceland GeoSurvey",
        "IS",
    ),
    (
        "REYKJAVIK, 3 March 2025 - Iceland and Japan met. Scientists from Veðurstofa Íslands (VÍ), the "
        "University of Iceland and Kyoto University presented results.",
        "Veðurstofa Íslands",
        "IS",
    ),
    (
        "OSLO, 3 March 2025 - Norway and Japan met. Staff from Nordlandsforskning (NÅ), Nord University "
        "and Hokkaido University joined.",
        "Nordlandsforskning",
        "NO",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), BODIES)
def test_bodies_found(extract: Extract, text: str, name: str, country: str) -> None:
    orgs = orgs_by_name(extract(text))
    assert name in orgs, sorted(orgs)
    assert orgs[name]["country"] == country
