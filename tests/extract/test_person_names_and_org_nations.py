"""People and organisations, by class of wording (sentences of our own):
- a hard line break that puts a bracketed acronym at a line start does not cut the sentence, so a
  role before it still reaches the name after it ("the head of X⏎(ACR), NAME, and ...");
- a city's name may be a person's last family name ("Ricardo Tavares Lima", "Ana Souza Paris");
- a country adjective written after the head word, as Romance-language names put it ("Bureau
  Français de Taipei", "Instituto Italiano de Cultura de Lima") qualifies a weak head and gives the
  body its nation's country rather than its seat's."""

from __future__ import annotations

import pytest

from .records import Extract, orgs_by_name, people_by_name, person_names

# A role before an acronym bracket that a hard line break put at the next line start.
_BRACKET_WRAPPED = [
    (
        "The accord was signed in Nairobi by the director of Kenya's National Research Fund\n"
        "(NRF), Amina Wekesa Otieno, and Germany's State Secretary, Karl Brandt, on Monday.",
        "Amina Wekesa Otieno",
        "director",
    ),
    (
        "It was signed by the president of Chile's National Agency for Research and Development\n"
        "(ANID), Camila Rojas, and the Japanese ambassador on 3 May.",
        "Camila Rojas",
        "president",
    ),
    (
        "The letter came from the head of Vietnam's National Foundation for Science\n"
        "(NAFOSTED), Tran Van Minh, who thanked the partners.",
        "Tran Van Minh",
        "head",
    ),
]

# A unit's word before Chief or Head: one title.
_UNIT_WORD_BEFORE_CHIEF_OR_HEAD = [
    ("Contact: Wang Shu-fen, Section Chief, Ministry of Education.", "Shu-fen Wang", "Section Chief"),
    ("Division Chief Maria Santos of the ministry opened the session.", "Maria Santos", "Division Chief"),
    ("Park Min-seo, Unit Head at the foundation, chaired the panel.", "Min-seo Park", "Unit Head"),
]


@pytest.mark.parametrize(("text", "name", "role_word"), _BRACKET_WRAPPED + _UNIT_WORD_BEFORE_CHIEF_OR_HEAD)
def test_role_word_reaches_the_name(extract: Extract, text: str, name: str, role_word: str) -> None:
    people = people_by_name(extract(text))
    assert name in people, sorted(people)
    assert role_word in (people[name]["role"] or "")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The deal was signed by league president Ricardo Tavares Lima and the Japanese chair.",
            "Ricardo Tavares Lima",
        ),
        (
            "Ana Carolina Souza Paris, the club's director, said the exchange would start in May.",
            "Ana Carolina Souza Paris",
        ),
        ("Dr. Joana Mendes Porto of the University of Minho gave the keynote.", "Joana Mendes Porto"),
    ],
)
def test_a_city_as_the_last_family_name(extract: Extract, text: str, name: str) -> None:
    assert name in person_names(extract(text))


def test_a_city_after_a_comma_is_no_family_name(extract: Extract) -> None:
    names = person_names(extract("The speakers were Jan Novak, Prague, and Maria Souza, Lima, on Monday."))
    assert "Jan Novak Prague" not in names and "Maria Souza Lima" not in names


# A country adjective after the head word, as Romance-language names put it: the nation's country.
_NATION_ADJECTIVE_AFTER_HEAD = [
    (
        "The fellowship is run by the Bureau Français de Taipei in Taipei.",
        "Bureau Français de Taipei",
        "FR",
    ),
    ("The Institut Français du Japon in Tokyo hosted the lecture.", "Institut Français du Japon", "FR"),
    (
        "The Instituto Italiano de Cultura de Lima will host the exhibition.",
        "Instituto Italiano de Cultura de Lima",
        "IT",
    ),
    (
        "The Confederação Brasileira de Desportos in Rio signed the memorandum.",
        "Confederação Brasileira de Desportos",
        "BR",
    ),
]

# A descriptive noun ("utility", "broadcaster") before a one-word name.
_DESCRIPTIVE_NOUN_BEFORE_NAME = [
    (
        "The workshop was held with the Israeli\nwater utility Mekorot, which runs the plants.",
        "Mekorot",
        "IL",
    ),
    ("Teams at the Israeli institute Technion and two Japanese firms took part.", "Technion", "IL"),
    ("The Korean state broadcaster KBS covered the signing.", "KBS", "KR"),
    ("Chile's national airline Aerovista will carry the samples free of charge.", "Aerovista", "CL"),
]

# A country that ends the list item before ("... in Argentina and the NRA in Chile").
_COUNTRY_ENDS_LIST_ITEM_BEFORE = [
    (
        "Funds are managed by CONICET in Argentina and the National Research Agency (NRA) in Chile.",
        "National Research Agency",
        "CL",
    ),
    (
        "The partners are a lab in Japan or the Science Foundation of Ireland.",
        "Science Foundation of Ireland",
        "IE",
    ),
    (
        "The grant comes from Korea's National Research Council for Science and Technology.",
        "National Research Council for Science and Technology",
        "KR",
    ),
]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    _NATION_ADJECTIVE_AFTER_HEAD + _DESCRIPTIVE_NOUN_BEFORE_NAME + _COUNTRY_ENDS_LIST_ITEM_BEFORE,
)
def test_organisation_country(extract: Extract, text: str, name: str, country: str) -> None:
    orgs = orgs_by_name(extract(text))
    assert name in orgs, sorted(orgs)
    assert orgs[name]["country"] == country


@pytest.mark.parametrize(
    "text",
    [
        "The Tokyo Office opened on Monday.",
        "The French Office in Tokyo will answer questions.",
    ],
)
def test_a_weak_head_with_only_places_is_no_name(extract: Extract, text: str) -> None:
    orgs = orgs_by_name(extract(text))
    assert "Tokyo Office" not in orgs and "French Office" not in orgs


def test_a_function_word_after_the_noun_is_no_name(extract: Extract) -> None:
    orgs = orgs_by_name(extract("The agency In the end declined, and the institute The board met."))
    assert "In" not in orgs and "The" not in orgs


@pytest.mark.parametrize(
    "text",
    [
        "Professor Asha Menon, Director of NIT Calicut, signed for India.",
        "Dr. Pieter de Vries, a lecturer at IHE Delft, led the course.",
    ],
)
def test_a_city_after_an_acronym_is_no_family_name(extract: Extract, text: str) -> None:
    names = person_names(extract(text))
    assert not any(n.endswith(("Calicut", "Delft")) or n.startswith(("Calicut", "Delft")) for n in names), (
        names
    )


@pytest.mark.parametrize(
    "text",
    [
        "The call is run by the Department of Science and Innovation (DSI) of South Africa and the "
        "Department of Science and Technology (DST) of India, with DST paying for the Indian teams.",
        "- South Africa: Department of Science and Innovation (DSI);\n"
        "- India: Secretary, Department of Science and Technology (DST);\n\nDST will fund travel.",
    ],
)
def test_a_body_named_by_its_own_name_not_a_former_alias(extract: Extract, text: str) -> None:
    orgs = orgs_by_name(extract(text))
    assert "Department of Science and Technology" in orgs, sorted(orgs)
    assert orgs["Department of Science and Technology"]["country"] == "IN"
    assert orgs["Department of Science and Innovation"]["country"] == "ZA"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The new centre will be co-directed by Hana Kobayashi, a physicist at Tohoku University, "
            "and a colleague from Lyon.",
            "Hana Kobayashi",
            "physicist at Tohoku University",
        ),
        ("The platform is directed by Lucas Moreau.", "Lucas Moreau", "director"),
        ("The network, headed by Sipho Dlamini, met in Pretoria.", "Sipho Dlamini", "head"),
    ],
)
def test_a_role_verb_and_by_before_a_name(extract: Extract, text: str, name: str, role: str) -> None:
    people = people_by_name(extract(text))
    assert name in people, sorted(people)
    assert people[name]["role"] == role
