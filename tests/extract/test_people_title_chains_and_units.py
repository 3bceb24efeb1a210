"""People named with chains of academic titles before and after the name (the Central European
"doc. Ing. NAME, Ph.D." and the German "Univ.-Prof. Dipl.-Ing. Dr. techn. NAME"), introduced by a
speech verb ("said NAME, a tax partner at ..."), written in contact cells next to an e-mail address
made of their own name; and the words after a title that are a unit or portfolio, not a person
("Senior Adviser, Section for ...", "Vice-Minister for Digital Affairs at ..."). Texts of our own."""

from __future__ import annotations

import pytest

from bilat.extract.components.people import lower_words, written_lower
from bilat.extract.doc import Doc

from .records import Extract, person_named, person_names

# (text, the person, words their role holds or None)
TITLE_CHAINS = [
    (
        "The Slovak side was led by doc. Ing. Zuzana Kováčová, PhD., State Secretary of the ministry.",
        "Zuzana Kováčová",
        "State Secretary",
    ),
    (
        "On Tuesday prof. RNDr. Pavel Dvořák, DrSc., Rector of the university, opened the forum.",
        "Pavel Dvořák",
        "Rector",
    ),
    ("Mgr. Tereza Horká, Head of the Grants Unit, answers questions on the call.", "Tereza Horká", "Head"),
    ("The keynote was given by MUDr. Ondřej Beneš, Ph.D., of the Charles University.", "Ondřej Beneš", None),
    (
        "Univ.-Prof. Dipl.-Ing. Dr. techn. Katrin Steiner, MBA, Vice-Rector for Research, spoke.",
        "Katrin Steiner",
        "Vice-Rector for Research",
    ),
    ("The prize went to Dr. rer. nat. Jonas Fischer and his team in Jena.", "Jonas Fischer", None),
    ("Mag. Petra Lindner, Director of the agency, signed for Austria.", "Petra Lindner", "Director"),
    (
        "Among the speakers was prof. Marek Nowicki from the Warsaw University of Technology.",
        "Marek Nowicki",
        None,
    ),
    ("PhDr. Lenka Malá, CSc. chaired the afternoon session in Brno.", "Lenka Malá", None),
]


@pytest.mark.parametrize(("text", "name", "role"), TITLE_CHAINS)
def test_a_name_is_read_through_academic_titles_before_and_after_it(
    extract: Extract, text: str, name: str, role: str | None
) -> None:
    person = person_named(extract(text), name)
    if role:
        assert role in (person["role"] or ""), person


def test_a_later_mention_with_a_title_is_the_same_person(extract: Extract) -> None:
    record = extract(
        "The talks were opened by doc. Ing. Hana Svobodová, Ph.D., Deputy Minister for Research. "
        '"We want our labs to be close," said Deputy Minister Svobodová.'
    )
    assert person_names(record) == ["Hana Svobodová"]


def test_a_sentence_is_not_cut_after_an_academic_title(extract: Extract) -> None:
    record = extract(
        "The memorandum was signed by Ing. Jakub Černý and prof. Ing. Alena Malá, CSc. in Prague."
    )
    assert person_names(record) == ["Alena Malá", "Jakub Černý"]


SPOKEN = [
    (
        '"It is small," said Ricardo Aguilar Peña, a trade lawyer in Quito, who expects more investment.',
        "Ricardo Aguilar Peña",
        "trade lawyer in Quito",
    ),
    (
        '"It opens doors," added Ingrid Solberg, an engineer at a Bergen shipyard.',
        "Ingrid Solberg",
        "engineer",
    ),
    ('"We are ready to apply," says Mei Ling Chua.', "Mei Ling Chua", None),
    (
        '"Data must flow," noted Femi Adebayo, a researcher with the institute, after the panel.',
        "Femi Adebayo",
        "researcher",
    ),
]


@pytest.mark.parametrize(("text", "name", "role"), SPOKEN)
def test_a_name_after_a_speech_verb_is_a_person_with_the_role_that_follows(
    extract: Extract, text: str, name: str, role: str | None
) -> None:
    person = person_named(extract(text), name)
    if role:
        assert role in (person["role"] or ""), person
    else:
        assert person["role"] is None


@pytest.mark.parametrize(
    "text",
    [
        "The minister said Horizon Europe would fund the work.",
        "He said New Zealand and Chile had agreed.",
        '"It works," said the Joint Committee in its report.',
        "The minister said Green Research Fund, the new scheme, would open in May.",
    ],
)
def test_a_speech_verb_before_other_names_finds_no_person(extract: Extract, text: str) -> None:
    assert extract(text)["people"] == []


UNITS_AFTER_TITLES = [
    (
        "Contact: Ragnhild Berg Sæther, Senior Adviser, Section for Polar Research, the research council",
        ["Ragnhild Berg Sæther"],
    ),
    ("Contact: Dr Samuel Okoro, Head, Marine Science Unit, at the agency", ["Samuel Okoro"]),
    ("Contact: Mr Tan Keng Hoe, Manager, Partnerships, at the agency", ["Tan Keng Hoe"]),
    ("Questions go to Mr Lars Vik, Adviser, Division of Energy Research, before May.", ["Lars Vik"]),
    (
        "It was co-chaired by Kenta Ishida, Vice-Minister for Digital Affairs at Japan's Digital Agency.",
        ["Kenta Ishida"],
    ),
    ("It was opened by Anna Kovacs, State Secretary for Higher Education at the ministry.", ["Anna Kovacs"]),
    # a one-word name after the title stays a name where a comma or "and" follows it
    ("Both Prime Ministers, Lindqvist and Okada, welcomed the plan.", ["Lindqvist", "Okada"]),
]


@pytest.mark.parametrize(("text", "names"), UNITS_AFTER_TITLES)
def test_a_unit_or_portfolio_after_a_title_is_no_person(
    extract: Extract, text: str, names: list[str]
) -> None:
    assert person_names(extract(text)) == names


def test_an_email_address_does_not_make_a_name_word_lower_case(extract: Extract) -> None:
    text = (
        "Contacts:\n"
        "Ms Lim Wei Ling, Deputy Director, International Office, lim_wei_ling@agency.example.sg\n"
        "Mr Ong Boon Keat, Manager, Partnerships, ong.boonkeat@agency.example.sg\n"
    )
    assert person_names(extract(text)) == ["Lim Wei Ling", "Ong Boon Keat"]


@pytest.mark.parametrize(
    ("text", "word", "lower"),
    [
        ("write to tan_hui_min@agency.sg today", "tan", False),
        ("write to kari.dahl@council.no today", "kari", False),
        ("write to ong.boon-keat@agency.sg today", "boon-keat", False),
        ("the agency (www.agency.sg) wrote", "agency", True),
        ("the council met; write to info@council.no", "council", True),
        ("a tan line", "tan", True),
        ("the end. Next", "end", True),
    ],
)
def test_words_of_addresses_are_not_lower_case_words_of_the_text(text: str, word: str, lower: bool) -> None:
    assert written_lower(text, word) is lower
    assert (word in lower_words(Doc(text=text, name="t.txt"))) is lower


def test_a_comma_and_an_honorific_end_an_organisation_for_the_names_after_them(extract: Extract) -> None:
    record = extract(
        "Guests included Ms Chen, Director of the Office of International Affairs of the Academy, "
        "Dr. Maren Vogt, Counsellor for Science at the German Embassy in Tokyo, and 40 researchers."
    )
    assert "Maren Vogt" in person_names(record)


WIRE_ROLES = [
    # French, Spanish and Portuguese honorifics, and roles the news-wire style writes in lower case
    (
        "It was signed by M. Olivier Garnier, chief executive of the agency, in Nairobi.",
        "Olivier Garnier",
        "chief executive of the agency",
    ),
    ("Mme Hélène Vasseur, France's ambassador to Kenya, attended.", "Hélène Vasseur", "ambassador to Kenya"),
    (
        "The plan was presented by Sra. Lucía Méndez, director-general of the institute.",
        "Lucía Méndez",
        "director-general",
    ),
    (
        "Profa. Dra. Marina Tavares, Scientific Director, opened the call.",
        "Marina Tavares",
        "Scientific Director",
    ),
    (
        "Dr. Amal Haddad, chairwoman of the board, said the fund would grow.",
        "Amal Haddad",
        "chairwoman of the board",
    ),
    # a professorial honorific is the role when the text gives no other
    ("Prof. Dr. Lukas Brandt (University of Graz) chaired the session.", "Lukas Brandt", "Prof. Dr."),
    ("Professor Aiko Tanaka (Tohoku University) gave the keynote.", "Aiko Tanaka", "Professor"),
]


@pytest.mark.parametrize(("text", "name", "role"), WIRE_ROLES)
def test_honorifics_of_other_languages_and_lower_case_roles(
    extract: Extract, text: str, name: str, role: str
) -> None:
    person = person_named(extract(text), name)
    assert role in (person["role"] or ""), person


@pytest.mark.parametrize(
    ("text", "name", "role", "country"),
    [
        (
            "Economy and Finance Minister Jorge Vela Ortiz and Danish Minister Mette Holm signed the text. "
            "The ceremony took place at Peru's Ministry of Economy and Finance.",
            "Jorge Vela Ortiz",
            "Economy and Finance Minister",
            "PE",
        ),
        (
            "Science and Technology Minister Dang Van Khoa and Japanese Minister Taro Kono met. "
            "Vietnam's Ministry of Science and Technology hosted the talks.",
            "Dang Van Khoa",
            "Science and Technology Minister",
            "VN",
        ),
    ],
)
def test_a_portfolio_before_the_title_names_the_ministry(
    extract: Extract, text: str, name: str, role: str, country: str
) -> None:
    person = person_named(extract(text), name)
    assert person["role"] == role
    assert person["country"] == country


def test_a_name_before_and_is_not_taken_into_the_next_title(extract: Extract) -> None:
    record = extract("President Kim Do-hyun and Prime Minister Rahel Tesfaye signed the declaration.")
    assert person_named(record, "Rahel Tesfaye")["role"] == "Prime Minister"


def test_a_capitalised_role_is_not_cut_at_the_comma_of_its_portfolio(extract: Extract) -> None:
    record = extract("Ahmed Karimi, Minister of Innovation, Science and Industry, opened the fair.")
    assert person_named(record, "Ahmed Karimi")["role"] == "Minister of Innovation, Science and Industry"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Australia's Minister for Resources, Senator the Hon. Clare Whitford, said the fund was ready.",
            "Clare Whitford",
            "Minister for Resources",
        ),
        (
            "New Zealand's Minister of Science, the Hon Judith Collins, opened the centre.",
            "Judith Collins",
            "Minister",
        ),
        (
            "The centre was opened by the Hon. Mark Taylor, Minister for Trade.",
            "Mark Taylor",
            "Minister for Trade",
        ),
    ],
)
def test_the_hon_between_a_role_and_a_name(extract: Extract, text: str, name: str, role: str) -> None:
    assert role in (person_named(extract(text), name)["role"] or "")


def test_the_before_other_words_is_no_honorific(extract: Extract) -> None:
    record = extract("The visit to the Hong Kong Science Park was led by the Honourable Ama Mensah.")
    assert person_names(record) == ["Ama Mensah"]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The minister and her Dutch counterpart Sanne de Vries signed in The Hague.",
            "Sanne de Vries",
            "counterpart",
        ),
        ("He met his Japanese counterpart, Kenji Mori, in Tokyo.", "Kenji Mori", "Japanese counterpart"),
    ],
)
def test_a_counterpart_before_a_name_is_a_role(extract: Extract, text: str, name: str, role: str) -> None:
    assert role in (person_named(extract(text), name)["role"] or "")


def test_a_counterpart_before_an_organisation_is_no_person(extract: Extract) -> None:
    record = extract(
        "The foundation and its Japanese counterpart Japan Science and Technology Agency fund the call."
    )
    assert record["people"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Section M. Requirements apply to all applicants from Annex B.",
        "Part M. Eligible Costs are listed in the guide.",
    ],
)
def test_an_initial_that_is_also_an_honorific_starts_no_name_after_a_capitalised_word(
    extract: Extract, text: str
) -> None:
    assert extract(text)["people"] == []


def test_an_initial_inside_a_name_stays_in_the_name(extract: Extract) -> None:
    record = extract("Karen M. Whitaker, Program Director at the agency, said the call was open.")
    assert person_names(record) == ["Karen M. Whitaker"]
