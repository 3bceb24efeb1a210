"""Round 15a person classes: the capitalised words of a unit, a body or an address in a
participant's chain of titles are no second person ("Manager, Overseas Business Division, ...";
"..., Road Works Complex, Harbour Road"), and "member" and "partner" are role nouns after a name
("NAME, a member of the audit board"; "NAME, partner, X Capital")."""

from __future__ import annotations

import pytest

from .records import Extract, roles_by_name


@pytest.mark.parametrize(
    ("text", "person", "not_people"),
    [
        (
            "Participants:\n- Mr. Lee Han-sol, Deputy Manager, Global Projects Division, K-rail\n"
            "- Ms. Ines Varga, Adviser, Hungarian Energy Office\n",
            "Han-sol Lee",
            ["Global Projects"],
        ),
        (
            "Speakers:\n- Chen Mei-hua, Senior Analyst, National Venture Fund, Legislative Yuan – on "
            "financing\n- Karl Berg, Director, Nordic Seed Fund\n",
            "Mei-hua Chen",
            ["Legislative Yuan"],
        ),
        (
            "Programme:\n- Dr. Wang Li-ting, Section Chief, Photonic and Optical Materials Laboratories, "
            "Taiwan Institute of Materials (TIM)\n",
            "Li-ting Wang",
            ["Photonic"],
        ),
        (
            "Contact\nMinistry – Dr. Asha Rao, Scientist ‘C’, Bilateral Division, Ministry of Earth "
            "Sciences, Prithvi Bhavan, Harbour Road, Chennai\nasha.rao@example.in\n",
            "Asha Rao",
            ["Harbour Road", "Prithvi Bhavan"],
        ),
    ],
)
def test_units_and_addresses_in_a_chain_of_titles_are_no_people(
    extract: Extract, text: str, person: str, not_people: list[str]
) -> None:
    found = roles_by_name(extract(text, published=None))
    assert person in found
    assert not [n for n in found if any(bad in n or n in bad for bad in not_people)]


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "Critics remain. Ivana Marković, a member of the national audit board, said the costs were "
            "never compared.",
            "Ivana Marković",
            "member of the national audit board",
        ),
        (
            "Panel on financing:\n- Rūta Kazlauskienė, partner, Baltic Seed Capital (Kaunas)\n"
            "- Jonas Petrauskas, partner, Amber Ventures\n",
            "Rūta Kazlauskienė",
            "partner",
        ),
    ],
)
def test_member_and_partner_are_roles_after_a_name(
    extract: Extract, text: str, person: str, role: str
) -> None:
    found = roles_by_name(extract(text, published=None))
    assert person in found
    assert (found[person] or "").startswith(role)


@pytest.mark.parametrize(
    "text",
    [
        "Japan, a key partner of the region, joined the talks.",
        "Amber Ventures, a partner of the fund, joined the talks.",
    ],
)
def test_partner_after_a_body_or_country_makes_no_person(extract: Extract, text: str) -> None:
    assert roles_by_name(extract(text, published=None)) == {}
