"""Session 18 round 2 (f) classes on organisations, mined across the in-view sets.

- a ministry or department that nothing placed, in a text about two partners, whose sentence names
  only the other partner (a body or a person of that partner named beside it: "the Ministry of
  Digital Affairs and Korea's Ministry of the Interior", "NAME, Secretary, Department of ..., and
  NAME, State Secretary ... of Sweden", "officials of the Ministry of Education and of the U.S.
  Embassy") is the first partner's; a pair naming both sides ("the Ireland–Japan Year") qualifies
  no body, and a state named across a list of three or more bodies tells nothing (a delegation's
  list is most often of one side);
- a bare name that many states' bodies bear ("the Ministry of Foreign Affairs"), which the
  reference knows for the visiting partner but not for the partner of the dateline, is the host's
  ("the Korean delegation held talks at the Ministry of Foreign Affairs" in a release from
  Tashkent), unless an owner stands before it, another country earlier in its sentence may own it
  ("Korean experts from the Ministry of ..."), or the text names the known body elsewhere (its
  acronym, its full name)."""

from __future__ import annotations

import pytest

from .records import Extract, orgs_by_name


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Estonia and Korea renewed their digital partnership. In 2020 the Ministry of Digital Affairs "
            "and Korea's Ministry of the Interior and Safety signed a memorandum on e-government.",
            "Ministry of Digital Affairs",
            "EE",
        ),
        (
            "India and Sweden signed five agreements. The health memorandum was signed by Shri Arun Rao, "
            "Secretary, Department of Biotechnology Services, and Ms. Karin Berg, State Secretary to the "
            "Minister for Health of Sweden.",
            "Department of Biotechnology Services",
            "IN",
        ),
        (
            "Portugal and the United States renewed their university programme. The ceremony was attended "
            "by officials of the Ministry of Education, Science and Innovation and of the U.S. Embassy.",
            "Ministry of Education, Science and Innovation",
            "PT",
        ),
        (
            "Austria and Japan marked a year of friendship. The Department of Research Affairs and the "
            "Mozart Society of Japan back the Austria–Japan Year of Science.",
            "Department of Research Affairs",
            "AT",
        ),
        (
            "Chile and Norway agreed on a polar research plan. Its funding comes from the Ministry of "
            "Science and Polar Studies together with the Research Council of Norway.",
            "Ministry of Science and Polar Studies",
            "CL",
        ),
    ],
)
def test_f_plain_ministry_beside_the_other_partner(
    extract: Extract, text: str, name: str, country: str
) -> None:
    orgs = orgs_by_name(extract(text, published=None))
    assert orgs.get(name, {}).get("country") == country, orgs


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Viet Nam and Korea held their joint committee. The meeting gathered representatives of the "
            "Ministry of Planning, the Ministry of Finance, the Office of the Government, the Viet Nam "
            "Academy of Science and Technology and the Hoa Lac Park.",
            "Ministry of Planning",
        ),
        (
            "Austria and Japan marked a year of friendship. The Department of Research Affairs backs the "
            "Austria–Japan Year of Science with a grant.",
            "Department of Research Affairs",
        ),
    ],
)
def test_f_no_other_partner_from_a_list_or_a_pair(extract: Extract, text: str, name: str) -> None:
    orgs = orgs_by_name(extract(text, published=None))
    assert name in orgs, orgs
    assert orgs[name].get("country") is None, orgs


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Tashkent, 5 May 2025 – Uzbekistan and Korea agreed to build a satellite together. The Korean "
            "delegation also held talks at the Ministry of Foreign Affairs with the Deputy Minister.",
            "UZ",
        ),
        (
            "Hanoi, 5 May 2025 – Viet Nam and Korea opened a semiconductor centre. The visitors from "
            "Seoul met the Ministry of Foreign Affairs on Friday.",
            "VN",
        ),
        (
            "Hanoi, 5 May 2025 – Viet Nam and Korea opened a semiconductor centre. Korea's Ministry of "
            "Foreign Affairs sent a message of support.",
            "KR",
        ),
        (
            "Hanoi, 5 May 2025 – Viet Nam and Korea opened a semiconductor centre. Korean experts from "
            "the Ministry of Foreign Affairs joined the visit.",
            "KR",
        ),
    ],
)
def test_f_bare_shared_name_is_the_hosts(extract: Extract, text: str, country: str) -> None:
    orgs = extract(text, published=None)["organizations"]
    found = [o for o in orgs if "Ministry of Foreign Affairs" in [o["name"], *(o.get("aliases") or [])]]
    assert [o["country"] for o in found] == [country], orgs


def test_f_registry_body_named_elsewhere_keeps_its_record(extract: Extract) -> None:
    text = (
        "New Delhi, 5 May 2025 – India and Sweden opened a mobility centre. The Department of Science "
        "and Technology (DST) funds it. Officials of the Department of Science and Technology attended."
    )
    orgs = [o for o in extract(text, published=None)["organizations"] if "DST" in (o.get("aliases") or [])]
    assert [o["country"] for o in orgs] == ["IN"], orgs
