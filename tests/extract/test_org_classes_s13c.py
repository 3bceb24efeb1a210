"""Round 13c organisation classes, sentences of our own:

1. a ministry named plainly ("the Ministry of Finance", "the Ministry for Foreign Affairs"), a name
   that many states' ministries bear, is placed from the text (an owner word before it, the seat),
   not given the registry's body of another state; a bulk-registry namesake with an owner written
   right before it ("Cabo Verde's Instituto do Mar") is the owner's;
2. a body's name that closes with a state ("... of the Republic of Korea", "... in Kenya") ends
   there when two or three words of a person's name follow it;
3. a word with a lower-case brand prefix ("e-Estonia", "m-Health") opens the name that follows it.
"""

from __future__ import annotations

import pytest

from bilat.extract import get_extractor

from .records import Extract, org_names


def _orgs(text: str) -> dict[str, str | None]:
    record = get_extractor().extract(text, name="case.txt").to_dict()
    return {o["name"]: o["country"] for o in record["organizations"]}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Bangladesh and Norway opened a fisheries programme in Dhaka. The Norwegian Ministry of"
            " Foreign Affairs will fund half of the budget.",
            "Ministry of Foreign Affairs",
            "NO",
        ),
        (
            "Chile and Japan renewed their science agreement. Chile's Ministry of Foreign Affairs hosted"
            " the signing in Santiago.",
            "Ministry of Foreign Affairs",
            "CL",
        ),
        (
            "Ghana and China signed a satellite loan in Accra. The Ghanaian Ministry of Finance will"
            " repay it over twenty years.",
            "Ministry of Finance",
            "GH",
        ),
    ],
)
def test_plain_ministry_takes_the_owner_the_text_gives(text: str, name: str, country: str) -> None:
    orgs = _orgs(text)
    matches = {n: c for n, c in orgs.items() if n.endswith(name)}
    assert matches, orgs
    assert set(matches.values()) == {country}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Vietnam agreed to cooperate on space science. The Ministry of Innovation, Science"
        " and Technology said the first satellite would be built by 2029.",
        "Zambia and Peru discussed mining research. The Ministry of Innovation, Science and Technology"
        " will publish a call in May.",
    ],
)
def test_curated_ministry_of_a_country_not_in_the_text_is_not_given(text: str) -> None:
    orgs = _orgs(text)
    found = {n: c for n, c in orgs.items() if "Innovation, Science and Technology" in n}
    assert found, orgs
    assert all(c != "IL" for c in found.values())


def test_plain_ministry_of_a_named_country_keeps_the_registry_body() -> None:
    # Negative case: nothing in the text names another owner, the registry's body of a country the
    # document names stands.
    orgs = _orgs(
        "Japan and Kenya held their first science dialogue in Tokyo. The Ministry of Foreign Affairs"
        " hosted the talks."
    )
    found = {c for n, c in orgs.items() if n.startswith("Ministry of Foreign Affairs")}
    assert found == {"JP"}, orgs


@pytest.mark.parametrize(
    ("text", "name", "person"),
    [
        (
            "The delegation was led by the Director General of the Ministry of Science and ICT of the"
            " Republic of Korea Lee Sang-woo.",
            "Ministry of Science and ICT of the Republic of Korea",
            "Lee Sang-woo",
        ),
        (
            "Also present was the Counsellor of the Embassy of Japan in Kenya Taro Sato.",
            "Embassy of Japan in Kenya",
            "Taro Sato",
        ),
        (
            "Talks were held with the Director of the Ministry of Energy of the Republic of Chile Ana"
            " María Rojas.",
            "Ministry of Energy of the Republic of Chile",
            "Rojas",
        ),
        (
            "The First Secretary of the Embassy of Peru in Poland Lucia Quispe opened the forum.",
            "Embassy of Peru in Poland",
            "Quispe",
        ),
    ],
)
def test_name_ends_at_its_state_before_a_person(extract: Extract, text: str, name: str, person: str) -> None:
    names = org_names(extract(text, published=None))
    assert name in names
    assert not any(person in n for n in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Negative cases: a head word or an acronym after the state goes on with the name.
        (
            "Researchers from the University of Tokyo Medical Research Institute joined the project.",
            "University of Tokyo Medical Research Institute",
        ),
        ("The Embassy of Italy in Kenya hosted the event.", "Embassy of Italy in Kenya"),
    ],
)
def test_name_after_state_goes_on_without_a_person(extract: Extract, text: str, name: str) -> None:
    assert name in org_names(extract(text, published=None))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The minister met Kadri Tamm, head of the e-Estonia Briefing Centre, in Tallinn.",
            "e-Estonia Briefing Centre",
        ),
        (
            "Funding comes from the m-Health Innovation Institute of Kenya and its partners.",
            "m-Health Innovation Institute of Kenya",
        ),
        (
            "The e-Governance Academy of Estonia trains officials from Ukraine and Moldova.",
            "e-Governance Academy of Estonia",
        ),
    ],
)
def test_brand_prefix_opens_the_name(extract: Extract, text: str, name: str) -> None:
    names = org_names(extract(text, published=None))
    assert name in names
    assert name.split(" ", 1)[1] not in names


def test_hyphenated_lower_case_word_of_more_letters_is_no_prefix(extract: Extract) -> None:
    # Negative case: "ex-" / "non-" words are no brand prefix of a name.
    names = org_names(
        extract("Several non-Ministry of Health staff and the University of Ghana joined.", published=None)
    )
    assert not any(n.startswith("non-") for n in names)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Portugal and Mozambique agreed on ocean research. Mozambique's Instituto do Mar will host the"
            " first workshop in Maputo.",
            "MZ",
        ),
        (
            "Portugal and Angola signed an ocean data plan. The Angolan Instituto do Mar will share its"
            " buoy records.",
            "AO",
        ),
        # Negative case: no owner written before the name, the registry's body stands.
        ("Portugal and Angola signed an ocean data plan. The Instituto do Mar will share its records.", "PT"),
    ],
)
def test_registry_namesake_with_an_owner_before_it(text: str, country: str) -> None:
    orgs = _orgs(text)
    found = {c for n, c in orgs.items() if n == "Instituto do Mar"}
    assert found == {country}, orgs
