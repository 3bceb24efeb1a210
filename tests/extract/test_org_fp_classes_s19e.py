"""Organisation classes of session 19, round 2 (helper e): false positives. Texts of our own.

1. A short form of a body named in full in the same text ("the Gulich Institute" after "the Mario
   Gulich Institute for Advanced Space Studies", "IT Park chief executive" after "IT Park
   Uzbekistan", "Ministry of Energy" after "Ministry of Energy and Minerals") is that body, not a
   second one (`org_short_forms.fold_short_forms`).
2. A registry body found only by the acronym that closes a longer name read from the text
   ("Fraunhofer Institute for Ceramic Technologies and Systems IKTS", "Institute of Transportation
   CIP") is that name's body when the rest of the name is its name, else a namesake elsewhere that
   the text does not mean (`org_short_forms.fold_closing_acronyms`).
3. British and American spellings of a name ("Centre"/"Center", "Organisation"/"Organization")
   name one body (`data/org_spellings.yaml`, `organizations._linked_key`).
4. A body's name or acronym followed by one of its organs ("HEC Secretariat", "SPI Foundation
   Council", "NRF Board of Trustees") names that body, not another (`data/org_organs.yaml`,
   `org_short_forms.fold_organs`).
5. A laboratory's name goes on over "on" and its subject ("Franco-Thai Joint Laboratory on
   Sodium-Ion Battery Materials"), like a working group's: not cut to "… Joint Laboratory"
   (org_heads.yaml `on_heads`); a weekday after "on" is no subject.
"""

from __future__ import annotations

import pytest

from .records import Extract, org_countries_and_aliases

CASES = [  # (text, names that must be organisations, names that must not be)
    pytest.param(
        "The Mario Vargas Institute for Andean Studies in Cusco will host ten Korean students under "
        "the new exchange with Seoul National University. Students at the Vargas Institute will take "
        "part in field courses.",
        {"Mario Vargas Institute for Andean Studies"},
        {"Vargas Institute"},
        id="short form: surname and head",
    ),
    pytest.param(
        "Under a separate agreement signed by Innovation Park Uganda and Korea's National IT Industry "
        "Promotion Agency (NIPA), Seoul will provide $5 million. Innovation Park chief executive Grace "
        "Nakato said the campus opens in 2027.",
        {"Innovation Park Uganda"},
        {"Innovation Park"},
        id="short form: without the country",
    ),
    pytest.param(
        "The memorandum was signed between the Ministry of Fisheries and Ocean Resources of Ghana and "
        "the Korea Maritime Institute (KMI). The Ministry of Fisheries will host the first meeting in "
        "Accra.",
        {"Ministry of Fisheries and Ocean Resources of Ghana"},
        {"Ministry of Fisheries"},
        id="short form: first portfolio only",
    ),
    pytest.param(
        "Doctors from the University of Tokyo Hospital and the University of Tokyo will work with "
        "Chile's Universidad de Chile on the trial.",
        {"University of Tokyo Hospital", "University of Tokyo"},
        set(),
        id="a registry body inside another name stays",
    ),
    pytest.param(
        "On the German side the work will be led by the Fraunhofer Institute for Wind Energy Systems "
        "IWES in Bremerhaven, with Vietnam's Institute of Energy Science.",
        {"Fraunhofer Institute for Wind Energy Systems IWES"},
        {"Fraunhofer Institute for Wind Energy Systems"},
        id="closing acronym of the same body",
    ),
    pytest.param(
        "The Centre for Maritime Studies CIP will host the workshop with Japan's Ocean Policy Research "
        "Institute.",
        {"Centre for Maritime Studies CIP"},
        {"International Potato Center"},
        id="closing acronym of a namesake",
    ),
    pytest.param(
        "Researchers from the German Research Center for Artificial Intelligence (DFKI) met Japan's "
        "RIKEN. The German Research Centre for Artificial Intelligence will lead the robotics line.",
        {"German Research Centre for Artificial Intelligence"},
        {"German Research Center for Artificial Intelligence"},
        id="centre and center",
    ),
    pytest.param(
        "Pakistan's Higher Education Commission (HEC) and Turkey's TUBITAK signed the agreement at the "
        "HEC Secretariat in Islamabad.",
        {"Higher Education Commission"},
        {"HEC Secretariat"},
        id="organ: secretariat",
    ),
    pytest.param(
        "The National Research Foundation (NRF) of South Africa and Brazil's CNPq opened the call; the "
        "NRF Board of Trustees approved the budget in March.",
        {"National Research Foundation of South Africa"},
        {"NRF Board of Trustees"},
        id="organ: board of trustees",
    ),
    pytest.param(
        "The Swiss Polar Institute (SPI) and Chile's INACH agreed on joint cruises; the SPI Foundation "
        "Council chaired by Prof. Anna Meier endorsed the plan.",
        {"Swiss Polar Institute"},
        {"SPI Foundation Council"},
        id="organ: foundation council",
    ),
    pytest.param(
        "Kenyatta University and Japan's Hokkaido University opened a Kenya-Japan Joint Laboratory on "
        "Drought-Resilient Crops, known as KJ-CROPS, in Nairobi.",
        {"Kenya-Japan Joint Laboratory on Drought-Resilient Crops"},
        {"Kenya-Japan Joint Laboratory"},
        id="laboratory on a subject",
    ),
    pytest.param(
        "A second Joint Laboratory on Coastal Erosion and Sediment Transport will be set up at the "
        "University of Ghana with Denmark's DTU.",
        {"Joint Laboratory on Coastal Erosion and Sediment Transport"},
        {"Joint Laboratory"},
        id="laboratory on two subjects",
    ),
    pytest.param(
        "The Italy-Brazil Joint Laboratory on Monday presented its results to the Brazilian Space Agency.",
        {"Italy-Brazil Joint Laboratory"},
        set(),
        id="laboratory, then a weekday",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_false_positive_classes(extract: Extract, text: str, present: set[str], absent: set[str]) -> None:
    found = org_countries_and_aliases(extract(text, published="2026-01-01"))
    assert present <= set(found), found
    assert not absent & set(found), found


def test_short_form_folds_as_alias(extract: Extract) -> None:
    text = (
        "The Mario Vargas Institute for Andean Studies in Cusco will host ten Korean students under the "
        "new exchange with Seoul National University. Students at the Vargas Institute will take part "
        "in field courses."
    )
    found = org_countries_and_aliases(extract(text, published="2026-01-01"))
    assert "Vargas Institute" in found["Mario Vargas Institute for Andean Studies"][1], found
