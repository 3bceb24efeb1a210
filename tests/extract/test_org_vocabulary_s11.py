"""Organisation vocabulary (organizations.yaml): well-known bodies whose usual name is one coined word
or a brand-like name. The registry index leaves such one-word names out (most one-word names with at
most one capital are ordinary words or surnames), so the curated list carries them. Sentences of our
own; negatives for words deliberately left out because they are ordinary words, names or places."""

from __future__ import annotations

import pytest

from .records import Extract, org_names

# (text, organisation name expected, its country)
NEW_BODIES = [
    ("Deltares and Vietnamese partners will model flooding in the Mekong delta.", "Deltares", "NL"),
    ("Nuffic opened a new office in Jakarta to promote Dutch higher education.", "Nuffic", "NL"),
    (
        "Physicists at Nikhef will share detector data with Japan.",
        "National Institute for Subatomic Physics",
        "NL",
    ),
    ("QuTech and a Japanese team linked two quantum processors.", "QuTech", "NL"),
    ("Innoviris will co-fund the Brussels side of the joint call.", "Innoviris", "BE"),
    ("Enabel signed a health project with the Rwandan government.", "Enabel", "BE"),
    ("Swissnex in Japan hosted a start-up evening in Tokyo.", "Swissnex", "CH"),
    ("The swissnex network links Swiss universities with Boston.", "Swissnex", "CH"),
    (
        "Researchers from Empa tested the new battery with Korean partners.",
        "Swiss Federal Laboratories for Materials Science and Technology",
        "CH",
    ),
    (
        "Eawag will study water quality with Indian institutes.",
        "Swiss Federal Institute of Aquatic Science and Technology",
        "CH",
    ),
    ("Movetia funds student exchanges between Switzerland and Asia.", "Movetia", "CH"),
    (
        "Norad will fund climate research in Malawi and Ethiopia.",
        "Norwegian Agency for Development Cooperation",
        "NO",
    ),
    (
        "Sida supports research capacity at universities in Tanzania.",
        "Swedish International Development Cooperation Agency",
        "SE",
    ),
    ("Norfund invested in a solar plant in Kenya.", "Norfund", "NO"),
    ("Finnfund and Swedfund backed the wind project in Viet Nam.", "Finnfund", "FI"),
    ("Finnfund and Swedfund backed the wind project in Viet Nam.", "Swedfund", "SE"),
    ("Tekes funded the Finnish side of the project with Japan.", "Tekes", "FI"),
    (
        "The Leopoldina and the Science Council of Japan issued a joint statement.",
        "German National Academy of Sciences Leopoldina",
        "DE",
    ),
    (
        "acatech published a study on hydrogen with Australian experts.",
        "National Academy of Science and Engineering",
        "DE",
    ),
    ("KfW will finance the geothermal plant in Kenya.", "KfW", "DE"),
    ("The Volkswagen Foundation opened a call for projects with Africa.", "Volkswagen Foundation", "DE"),
    (
        "The DWIH in Tokyo organised a symposium on materials.",
        "German Centres for Research and Innovation",
        "DE",
    ),
    (
        "The German Agency for International Cooperation runs the project in Ghana.",
        "Deutsche Gesellschaft für Internationale Zusammenarbeit",
        "DE",
    ),
    ("Ifremer will send a research vessel to the Indian Ocean with Indian partners.", "Ifremer", "FR"),
    (
        "Cirad and Kenyan institutes will work on drought-tolerant crops.",
        "French Agricultural Research Centre for International Development",
        "FR",
    ),
    ("Expertise France manages the programme in Senegal.", "Expertise France", "FR"),
    ("Tecnalia and a Chilean university will develop solar materials.", "Tecnalia", "ES"),
    ("Ikerbasque recruited researchers from Japan and Korea.", "Ikerbasque", "ES"),
    ("Invitalia will manage the Italian share of the fund.", "Invitalia", "IT"),
    ("Nesta and a Korean foundation studied innovation policy.", "Nesta", "GB"),
    ("Jisc links British universities with research networks in Asia.", "Jisc", "GB"),
    ("The Connected Places Catapult led a trade mission to Singapore.", "Connected Places Catapult", "GB"),
    (
        "The Satellite Applications Catapult signed a deal with an Indian agency.",
        "Satellite Applications Catapult",
        "GB",
    ),
    ("The Technion and a Chinese university opened a joint institute.", "Technion", "IL"),
    (
        "MASHAV trained farmers from Kenya in drip irrigation.",
        "Israel's Agency for International Development Cooperation",
        "IL",
    ),
    ("Roscosmos and the Indian space agency discussed a joint mission.", "Roscosmos", "RU"),
    (
        "Austrade promoted Australian research firms in Korea.",
        "Australian Trade and Investment Commission",
        "AU",
    ),
    (
        "Embrapii will co-fund the Brazilian side of the project.",
        "Brazilian Company for Research and Industrial Innovation",
        "BR",
    ),
    ("Mintek and a Chinese institute will work on battery metals.", "Mintek", "ZA"),
    (
        "Scientists at icipe and Japanese partners studied locusts.",
        "International Centre of Insect Physiology and Ecology",
        "KE",
    ),
    (
        "Bappenas and Japan agreed a plan for the new capital.",
        "Ministry of National Development Planning",
        "ID",
    ),
    ("KOICA funded a science park in Tanzania.", "Korea International Cooperation Agency", "KR"),
    ("Huawei opened an innovation centre in Nairobi.", "Huawei", "CN"),
    ("EnterpriseSG and Business Finland will fund the smart city call.", "Enterprise Singapore", "SG"),
    ("Fapesp and a Japanese agency will fund joint projects.", "São Paulo Research Foundation", "BR"),
    (
        "Corfo and a Korean agency will support green hydrogen start-ups.",
        "Production Development Corporation",
        "CL",
    ),
    ("Sintef and a Japanese institute will test offshore wind turbines.", "SINTEF", "NO"),
    ("Agroscope and an Indian institute will breed wheat varieties.", "Agroscope", "CH"),
]


@pytest.mark.parametrize(("text", "name", "country"), NEW_BODIES)
def test_a_body_known_by_a_coined_name(extract: Extract, text: str, name: str, country: str) -> None:
    orgs = {org["name"]: org.get("country") for org in extract(text)["organizations"]}
    assert name in orgs
    assert orgs[name] == country


# (text, name that must not be found): ordinary words, personal names, places and a programme brand
NOT_BODIES = [
    ("Diplomacy was never her forte, but Forte ideas won Japan and Korea over.", "Forte"),
    ("The delegation landed at Senai airport in Johor before visiting Japan.", "Senai"),
    ("It was a Eureka moment for the team from Japan and Korea.", "Eureka"),
    ("The work is funded through the Danida research grants of Denmark and Viet Nam.", "Danida"),
    ("The soprano sang an Aria for the Japanese and Korean delegates.", "Aria"),
    ("The sida plant grows in Kenya and Tanzania.", "Swedish International Development Cooperation Agency"),
]


@pytest.mark.parametrize(("text", "name"), NOT_BODIES)
def test_no_body_from_a_word_left_out(extract: Extract, text: str, name: str) -> None:
    assert name not in org_names(extract(text))
