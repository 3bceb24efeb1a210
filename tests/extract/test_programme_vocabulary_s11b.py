"""Programme vocabulary review s19b (second pass, by kind of programme): named bilateral and
national schemes of research funders (NSFC, JSPS, DFG, Humboldt, DAAD, NWO, SNSF, FWF, DST/SERB,
Royal Society...), the remaining Hubert Curien Partnerships, Horizon Europe instruments, European
partnerships, ERA-NETs, EUREKA programmes, EU Missions and Global Gateway packages, UN and
multilateral science programmes (WMO, IAEA, UNESCO, CGIAR, the Ocean Decade), and space and polar
missions. Negatives: Joint Undertakings and the International Space Station (organisations, not
programmes), and words left out on purpose because they mean something else in English text (a
SWOT analysis, a sprint, the Gateway of a city, a twinning of towns, the Latin "veni, vidi, vici",
rescue crews, Italy's Dipartimenti di Eccellenza, "study in India" as plain words). Texts of our own."""

from __future__ import annotations

import pytest

from .records import Extract, programme_names

# (text, a programme name that must be found)
FOUND = [
    (
        "The Kenyan chemist came to Hefei on the Research Fund for International Young Scientists.",
        "Research Fund for International Young Scientists",
    ),
    (
        "She spent a year in Beijing under the CAS President's International Fellowship Initiative.",
        "CAS President's International Fellowship Initiative",
    ),
    ("Two Nepali engineers won ANSO Scholarships this year.", "ANSO Scholarship for Young Talents"),
    ("He holds one of the JSPS Overseas Research Fellowships at Lyon.", "JSPS Overseas Research Fellowships"),
    ("Thirty students from Sweden came through the JSPS Summer Program.", "JSPS Summer Program"),
    ("A young planner from Accra won a German Chancellor Fellowship.", "German Chancellor Fellowship"),
    (
        "Humboldt funds her International Climate Protection Fellowship in Potsdam.",
        "International Climate Protection Fellowship",
    ),
    ("The historian moved to Leipzig on the Walter Benjamin Programme.", "Walter Benjamin Programme"),
    ("Chennai and Munich labs set up Max Planck Partner Groups in 2021.", "Max Planck Partner Groups"),
    ("The Lyon LabEx welcomed scholars from Dakar.", "Laboratories of Excellence"),
    ("A Chateaubriand Fellowship brought the student from Chicago to Paris.", "Chateaubriand Fellowship"),
    ("The Raman-Charpak Fellowship lets Indian students work in French labs.", "Raman-Charpak Fellowship"),
    ("The Delft physicist received a Vidi grant for her quantum work.", "Vidi grant"),
    ("Dutch and Indonesian teams share the NWO Merian Fund.", "Merian Fund"),
    ("She returned to Bern with an SNSF Ambizione grant.", "SNSF Ambizione"),
    ("The Swiss postdoc went to Kyoto on a Postdoc.Mobility fellowship.", "Postdoc.Mobility"),
    (
        "The Austrian chemist spent two years in Boston on an Erwin Schrödinger Fellowship.",
        "Erwin Schrödinger Fellowship",
    ),
    ("The Austrian Africa-UniNet funds a project in Addis Ababa.", "Africa-UniNet"),
    ("The Norwegian NORPART scheme pays for student exchange with Malawi.", "NORPART"),
    ("A Swedish Research Links grant joins Lund and Hanoi.", "Swedish Research Links"),
    ("The project in Turin is paid from the PNRR.", "Piano Nazionale di Ripresa e Resilienza"),
    ("He is a J C Bose National Fellowship holder in Kolkata.", "J C Bose National Fellowship"),
    (
        "The SERB Overseas Visiting Doctoral Fellowship took her to Toronto.",
        "SERB Overseas Visiting Doctoral Fellowship",
    ),
    ("The Khorana Program for Scholars sends Indian students to US labs.", "Khorana Program for Scholars"),
    ("Royal Society Dorothy Hodgkin Fellowship holders met in London.", "Dorothy Hodgkin Fellowship"),
    ("Spanish and French chemists are funded by PHC Picasso.", "PHC Picasso"),
    ("Swiss and French teams hold a PHC Germaine de Staël grant.", "PHC Germaine de Staël"),
    ("The Chinese and French labs won a PHC Xu Guangqi award.", "PHC Xu Guangqi"),
    ("The Israeli and French groups are funded by PHC Maimonide.", "PHC Maimonide"),
    ("The start-up from Tallinn won EIC Transition funding.", "EIC Transition"),
    ("Her ERC Proof of Concept Grant helps bring the sensor to market.", "ERC Proof of Concept Grants"),
    (
        "The region joined the EU Mission Restore our Ocean and Waters.",
        "EU Mission Restore our Ocean and Waters",
    ),
    (
        "Lisbon and Porto signed up to the Climate-Neutral and Smart Cities Mission.",
        "EU Mission Climate-Neutral and Smart Cities",
    ),
    ("Korean teams joined the Water4All call.", "Water4All"),
    ("Japanese partners may now join CHIST-ERA calls.", "CHIST-ERA"),
    ("QuantERA opened a call on quantum sensing.", "QuantERA"),
    ("The M-ERA.NET call funds work on batteries.", "M-ERA.NET"),
    ("Canadian firms may join EUREKA Globalstars with Singapore.", "EUREKA Globalstars"),
    (
        "The ministers signed the Africa-Europe Global Gateway Investment Package.",
        "Africa-Europe Global Gateway Investment Package",
    ),
    ("The AU-EU Innovation Agenda was adopted in 2023.", "AU-EU Innovation Agenda"),
    (
        "Both navies back the Ocean Decade in the Pacific.",
        "UN Decade of Ocean Science for Sustainable Development",
    ),
    ("The modellers contribute to the World Climate Research Programme.", "World Climate Research Programme"),
    ("The WMO leads Early Warnings for All in Asia.", "Early Warnings for All"),
    (
        "The lab in Vienna coordinates an IAEA coordinated research project on rice.",
        "IAEA Coordinated Research Projects",
    ),
    ("Kenya joined the Rays of Hope initiative for cancer care.", "Rays of Hope"),
    ("The park belongs to the Man and the Biosphere Programme.", "Man and the Biosphere Programme"),
    ("She won a L'Oréal-UNESCO For Women in Science award.", "For Women in Science"),
    ("The seed varieties come from HarvestPlus.", "HarvestPlus"),
    ("European and Japanese astronomers share JWST data.", "James Webb Space Telescope"),
    ("ESA and JAXA launched BepiColombo in 2018.", "BepiColombo"),
    ("India and Japan plan the Lunar Polar Exploration Mission together.", "Lunar Polar Exploration Mission"),
    ("The CBERS satellites are built jointly by Brazil and China.", "China-Brazil Earth Resources Satellite"),
    ("France and China launched SVOM from Xichang.", "Space Variable Objects Monitor"),
    ("Korea's Danuri orbiter carries a NASA camera.", "Korea Pathfinder Lunar Orbiter"),
    ("The ice core comes from Beyond EPICA in Antarctica.", "Beyond EPICA"),
    (
        "British and American teams work in the International Thwaites Glacier Collaboration.",
        "International Thwaites Glacier Collaboration",
    ),
    ("The scientist sailed with the Indian Antarctic Programme.", "Indian Antarctic Programme"),
]

# (text, a name that must not be found as a programme)
NOT_FOUND = [
    ("The Chips Joint Undertaking signed a deal with the Japanese centre.", "Chips Joint Undertaking"),
    ("The astronaut spent six months on the International Space Station.", "International Space Station"),
    ("The team ran a SWOT analysis of the market.", "Surface Water and Ocean Topography"),
    ("The sprint ended on Friday.", "São Paulo Researchers in International Collaboration"),
    ("The Gateway of India is a landmark in Mumbai.", "Lunar Gateway"),
    ("The town twinning with Lyon began in 1970.", "Twinning"),
    ("Crossing the Rubicon, the minister cut the budget.", "Rubicon programme"),
    ("The painting shows Euclid teaching geometry.", "Euclid space telescope"),
    ("Veni, vidi, vici, wrote the tutor on the board.", "Vici grant"),
    ("Rescue crews reached the village after the flood.", "Climate Risk and Early Warning Systems"),
    ("Italy funds the Dipartimenti di Eccellenza of its universities.", "SNSF Eccellenza"),
    ("Study in India is cheaper than in Europe, the agent said.", "Study in India"),
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_programme_found(extract: Extract, text: str, name: str) -> None:
    assert name in programme_names(extract(text))


@pytest.mark.parametrize(("text", "name"), NOT_FOUND)
def test_not_a_programme(extract: Extract, text: str, name: str) -> None:
    assert name not in programme_names(extract(text))
