"""Programme probes of session 21 (helper p). Short whole documents of our own, in the style of
funder news, embassy newsletters, agency releases and joint statements.

1. Project lists may open a line with the coined name alone, bold, coded or bare, when the list
   holds a marked item ("**SAHEL-SOIL** - ...", "<code>ANDES-H2O</code> - ...", "ASDEEP: ..."),
   or an html table's first cell; bare lines alone ("NOTE: ...", "KOREA: ...") are no list
   (programmes._CODED_ITEM, _headed_list).
2. A versioned name is coined: "Mobilitas 3.0, the third edition of their exchange scheme", "a
   Ubuntu 2.0 doctoral grant", "Reef Watch 2.0, the second phase of ..." (programmes._VERSIONED,
   _EDITION_OF, _VERSIONED_KIND).
3. "Phase II of the X Programme", "The Second Phase of the Y Fund": the edition is no part of the
   name (programmes._edition_lead_in).
4. A one-word coined procedure: "under the Weave lead-agency framework", "through the D-A-CH
   procedure"; not a country, city or generic word (programmes.procedure_candidates).
5. A tool or testbed run as a project: "the AI Verify toolkit", "OCEAN-X, a joint testbed"; not
   "the 5G and 6G testbed" (name_kinds.yaml `programme_after`, `programme_described_kinds`).
6. A known programme defined with an acronym whose head reads as a body's ("Data Free Flow with
   Trust (DFFT)") is no organisation (organizations.definition_candidates).
7. "The Sida-funded BioInnovate Africa": the funder word goes from the aliases too
   (programmes._without_funder_word).
8. "the Mekong Digital Twin project" and "the Mekong Digital Twin Project" are one programme
   (programmes._variant_key).
9. A name after a lower-case kind word may follow a naming verb: "the bilateral scheme known as
   "NWO-CNR Bridges"" (programme_uses._NAME_AFTER_KIND).
"""

from __future__ import annotations

import pytest

from .records import Extract, org_names

FOUND = [  # (text, names that must be programmes, names that must not)
    pytest.param(
        "# Nigeria and Germany select five projects\n\nBonn, 3 March 2026 - The DFG and Nigeria's "
        "TETFund announced the projects of the second round.\n\n"
        "**NIGER-DELTA-WATER** - Groundwater quality in the Niger Delta\n"
        "**SAHEL-SOIL** - Soil carbon in the Sahel belt\n**LAGOS-HEAT** - Urban heat islands\n\n"
        "ASDEEP: Advanced sensing for deep aquifers\nMALNET: Malaria vector networks in Kano\n",
        {"NIGER-DELTA-WATER", "SAHEL-SOIL", "LAGOS-HEAT", "ASDEEP", "MALNET"},
        set(),
        id="bold and bare project lines",
    ),
    pytest.param(
        "<p>Madrid, 5 March 2026. The AEI and Colombia's Minciencias selected three projects.</p>\n"
        "<ul>\n<li><b>CARIBE-COR</b>: Coral resilience in the Caribbean</li>\n"
        "<li><b>PACIFICO-MAR</b>: Pacific upwelling and fisheries</li>\n"
        "<li><code>ANDES-H2O</code> - Andean water towers</li>\n</ul>\n",
        {"CARIBE-COR", "PACIFICO-MAR", "ANDES-H2O"},
        set(),
        id="coded item in an html list",
    ),
    pytest.param(
        "# Korea-Morocco projects\n\nSeoul, 2 March 2026. The following items were discussed:\n\n"
        "NOTE: the deadline is firm.\nKOREA: NRF will fund five teams.\nMOROCCO: CNRST will fund five "
        "teams.\n\nThe projects start in June 2026.\n",
        set(),
        {"NOTE", "KOREA", "MOROCCO"},
        id="bare labelled lines are no project list",
    ),
    pytest.param(
        "<p>Paris, 9 March 2026. ANR, DFG and JST selected these projects:</p>\n"
        "<table><tr><th>Acronym</th><th>Title</th></tr>\n"
        "<tr><td><b>CAUSAL-BIO</b></td><td>Causal models in biology</td></tr>\n"
        "<tr><td><b>ROBO-HAND</b></td><td>Dexterous robot hands</td></tr>\n</table>\n",
        {"CAUSAL-BIO", "ROBO-HAND"},
        set(),
        id="html table of projects",
    ),
    pytest.param(
        "Canberra, 1 March 2026 - Australia's CSIRO and Fiji's Ministry of Fisheries announced Reef "
        "Watch 2.0, the second phase of their coral monitoring initiative.\n",
        {"Reef Watch 2.0"},
        {"Watch 2.0"},
        id="versioned name of two words",
    ),
    pytest.param(
        "Buenos Aires, 10 March 2026 - CONICET and India's DST announced the first call under "
        "Mobilitas 3.0, the third edition of their researcher exchange scheme. It builds on Phase II "
        "of the Indo-Argentine Mobility Programme.\n",
        {"Mobilitas 3.0", "Indo-Argentine Mobility Programme"},
        {"Phase II of the Indo-Argentine Mobility Programme"},
        id="versioned name and phase lead-in",
    ),
    pytest.param(
        "Pretoria, 5 March 2026 - South Africa's NRF and Brazil's CAPES opened applications for a "
        "Ubuntu 2.0 doctoral grant. The Second Phase of the SA-Brazil Bioeconomy Fund opens in May.\n",
        {"Ubuntu 2.0", "SA-Brazil Bioeconomy Fund"},
        {"Second Phase of the SA-Brazil Bioeconomy Fund"},
        id="versioned grant and ordinal phase",
    ),
    pytest.param(
        "Seoul, 4 March 2026 - Morocco's CNRST and the NRF of Korea will review proposals under the "
        "Weave lead-agency framework.\n",
        {"Weave"},
        set(),
        id="coined lead-agency framework",
    ),
    pytest.param(
        "Madrid, 5 March 2026. Spanish and Colombian projects were evaluated through the D-A-CH "
        "procedure adapted for Ibero-American partners.\n",
        {"D-A-CH"},
        set(),
        id="lettered procedure",
    ),
    pytest.param(
        "Madrid, 4 March 2026 - Under the new framework, Spain and Colombia will exchange students. "
        "Proposals are assessed under the Spanish procedure, and projects run under the Paris "
        "framework. In the Standard procedure, each agency funds its own researchers. Under the "
        "Trilateral lead agency procedure, ANR reviews.\n",
        set(),
        {"Spanish", "Paris", "Standard", "New", "Trilateral"},
        id="no coined procedure",
    ),
    pytest.param(
        "Canberra, 8 March 2026 - Australia and Fiji agreed to pilot the AI Verify toolkit in Suva "
        "and to build OCEAN-X, a joint testbed for marine sensors.\n",
        {"AI Verify", "OCEAN-X"},
        set(),
        id="toolkit and testbed",
    ),
    pytest.param(
        "Hyderabad, 6 March 2026 - Finland's University of Oulu links its network with the 5G and 6G "
        "testbed at IIT Hyderabad.\n",
        set(),
        {"5G and 6G"},
        id="testbed of no name",
    ),
    pytest.param(
        "Suva, 8 March 2026 - Joint statement of Fiji and Australia. Both leaders endorsed Data Free "
        "Flow with Trust (DFFT) as a principle for the Pacific digital economy.\n",
        {"Data Free Flow with Trust"},
        set(),
        id="known initiative with a bracketed short form",
    ),
    pytest.param(
        "Rome, 7 March 2026 - Italy's CNR and the Dutch NWO renewed the bilateral scheme known as "
        '"NWO-CNR Bridges", now in its second phase.\n',
        {"NWO-CNR Bridges"},
        set(),
        id="name after a kind word and known as",
    ),
    pytest.param(
        "Oslo, 8 March 2026\n\nKenya gets a new vessel from the Norad-funded programme known as "
        '"Fish for Development". The project Team Leader is Dr Amina Said.\n',
        {"Fish for Development"},
        {"Team Leader"},
        id="quoted name after a kind word, not a post",
    ),
    pytest.param(
        "Nairobi, 3 March 2026 - Vinnova and Kenya's research fund met. The Sida-funded BioInnovate "
        "Africa programme continues into its third phase.\n",
        {"BioInnovate Africa"},
        set(),
        id="funder word before a programme",
    ),
]


@pytest.mark.parametrize(("text", "names", "not_names"), FOUND)
def test_programme_probes(extract: Extract, text: str, names: set[str], not_names: set[str]) -> None:
    record = extract(text, None)
    found = {p["name"] for p in record["programs"]}
    everything = found | {a for p in record["programs"] for a in p.get("aliases") or []}
    assert names <= found
    assert not (not_names & everything)


def test_known_initiative_is_no_body(extract: Extract) -> None:
    record = extract(
        "Tokyo, 2 March 2026 - Peru and Japan welcomed progress on Data Free Flow with Trust (DFFT).\n", None
    )
    assert "Data Free Flow with Trust" not in org_names(record)


def test_funder_word_leaves_the_aliases(extract: Extract) -> None:
    record = extract(
        "Nairobi, 3 March 2026 - Kenya and Sweden. The Sida-funded BioInnovate Africa programme continues.\n",
        None,
    )
    aliases = {a for p in record["programs"] for a in p.get("aliases") or []}
    assert not any("funded" in a for a in aliases)


def test_project_word_variants_merge(extract: Extract) -> None:
    record = extract(
        "# Cambodia and Japan launch Mekong Digital Twin project\n\nPhnom Penh, 9 March 2026 - JICA "
        "and Cambodia's Ministry of Post and Telecommunications launched the Mekong Digital Twin "
        "Project, a three-year technical cooperation project.\n",
        None,
    )
    mekong = [p for p in record["programs"] if p["name"].startswith("Mekong Digital Twin")]
    assert len(mekong) == 1
