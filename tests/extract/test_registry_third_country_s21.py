"""Registry bodies of a third country named in full, session 21 (helper org21). Sentences our own.

A research body that the registry knows under its full, distinctive name keeps the registry's
country and id, whatever the document's partners are and wherever its dateline is: "Tsinghua
University" in a Ghana-Sweden item is Chinese, not Ghanaian. A name of generic words only
("National Research Foundation"), a name that many states' bodies bear, and a namesake the text
seats in another country ("Kwame Nkrumah University in Kumasi") are not linked to a body abroad.
"""

from __future__ import annotations

import pytest

from .records import Extract, orgs_by_name

CASES = [
    (  # a wire item, dateline of one partner, two Chinese universities
        "ACCRA, 4 March 2026 - Ghana and Sweden agreed to fund joint research on malaria. Scholars "
        "from Tsinghua University and Peking University will also attend the opening workshop.",
        {"Tsinghua University": ("CN", "03cve4549"), "Peking University": ("CN", "02v51f717")},
    ),
    (  # a ministry press release, Kenya and Norway, Japanese guests
        "Nairobi, 12 May 2026. The Ministry of Education of Kenya and the Research Council of Norway "
        "opened a call on food security. Experts from Kyoto University will review the proposals.",
        {"Kyoto University": ("JP", "02kpeqv85")},
    ),
    (  # an embassy news page, Brazil and Germany, a Korean university
        "BRASILIA - Brazil and Germany signed a memorandum on hydrogen research on Tuesday. A team "
        "from Seoul National University presented its results on electrolysers at the meeting.",
        {"Seoul National University": ("KR", "04h9pn542")},
    ),
    (  # a university news item, India and France, a Ugandan and a Swedish body
        "New Delhi, 3 June 2026 - India and France launched a joint programme on vaccines. Doctors "
        "from Makerere University and Karolinska Institutet joined the first clinical trials.",
        {"Makerere University": ("UG", "03dmz0111"), "Karolinska Institutet": ("SE", "056d84691")},
    ),
    (  # a wire item, Vietnam and Australia, a South African university
        "HANOI, 20 July 2026 - Vietnam and Australia agreed to share data on coastal erosion. "
        "Researchers from Stellenbosch University will lead the modelling work.",
        {"Stellenbosch University": ("ZA", "05bk57929")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_third_country_body_keeps_registry_country_and_id(
    extract: Extract, text: str, expected: dict[str, tuple[str, str]]
) -> None:
    orgs = orgs_by_name(extract(text, published="2026-03-04"))
    for name, (country, ror) in expected.items():
        assert name in orgs, sorted(orgs)
        assert (orgs[name].get("country"), orgs[name].get("ror")) == (country, ror)


GENERIC = [
    (  # (the registry's only "National Research Foundation" is in the Emirates)
        "ACCRA, 4 March 2026 - Ghana and Sweden agreed to fund joint research on malaria. The "
        "National Research Foundation will also take part in the workshop.",
        "AE",
    ),
    (  # (the registry's only "Kwame Nkrumah University" is Zambia's: the text seats this one in Ghana)
        "Accra, 12 March 2026 - Ghana and Korea opened a science week. The delegation then visited "
        "Kwame Nkrumah University in Kumasi.",
        "ZM",
    ),
    (  # (a name that many states' ministries bear: the registry's one is Ukraine's)
        "ULAANBAATAR, 4 March 2026 - Mongolia and Japan held their joint committee on science. The "
        "Ministry of Education and Science presented the new research grants.",
        "UA",
    ),
]


@pytest.mark.parametrize(("text", "abroad"), GENERIC)
def test_generic_name_abroad_not_linked(extract: Extract, text: str, abroad: str) -> None:
    for org in extract(text, published="2026-03-04")["organizations"]:
        assert org.get("country") != abroad and not org.get("ror"), org
