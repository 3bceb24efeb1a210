"""Session 22 probes (round o) on organisations and people, in short documents written for the probe
(ministry news, university releases, embassy newsletters) from Thailand-Germany, Ghana-UK,
Finland-Korea, Australia-Chile, Sweden-Japan, Italy-Brazil, Malaysia-Netherlands, Austria-India and
New Zealand-Spain.

- A company whose legal form a few states' company law uses ("AB", "AS", "GmbH", "B.V.", "N.V.",
  "S.A.") and that nothing else in the text places is of the one partner among those states
  ("Hybrit Development AB" in a Swedish-Japanese text: Swedish; "Telefónica S.A." in a Spanish-New
  Zealand one: Spanish); with no partner among them it stays unplaced ("Kongsberg Maritime AS" in a
  Finnish-Korean text).
- A photo's caption ("From left:", "Pictured (l-r):", "Left to right:") lists people by name alone,
  with no title: each name is a person ("..., Marcos Pontes and Maria Chiara Carrozza",
  "Hans-Peter Gruber").
"""

from __future__ import annotations

import pytest

from .records import Extract, orgs_by_name, person_names


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "STOCKHOLM, 12 March 2026 - Sweden and Japan will cooperate on fossil-free steel.\n"
            "Companies include SSAB AB, Hybrit Development AB, Nippon Steel Corporation and "
            "Toyota Tsusho K.K.",
            "Hybrit Development AB",
            "SE",
        ),
        (
            "KUALA LUMPUR, 11 March 2026 - Malaysia and the Netherlands signed an agreement on "
            "flood management.\n"
            "Petronas Research Sdn Bhd, Royal HaskoningDHV B.V. and Boskalis Westminster N.V. "
            "will support the work.",
            "Boskalis Westminster N.V.",
            "NL",
        ),
        (
            "WELLINGTON, 8 March 2026 - New Zealand and Spain will study the Southern Ocean together.\n"
            "Fisher & Paykel Healthcare Corporation Limited and Telefónica S.A. sponsored the event.",
            "Telefónica S.A.",
            "ES",
        ),
        (
            "HELSINKI, 11 March 2026 - Finland and Korea will sail together to the Arctic.\n"
            "Kongsberg Maritime AS supplies the sonar.",
            "Kongsberg Maritime AS",
            None,
        ),
        (  # Norway's code "NO" is a string in the data, not YAML's false
            "OSLO, 10 March 2026 - Norway and Japan will test autonomous ferries together.\n"
            "Kongsberg Maritime AS supplies the sonar.",
            "Kongsberg Maritime AS",
            "NO",
        ),
        (
            "BANGKOK, 12 March 2026 - Thailand and Germany opened a joint battery laboratory.\n"
            "Industrial partners include Varta AG, Siemens Energy GmbH and PTT Global Chemical "
            "Public Company Limited.",
            "Siemens Energy GmbH",
            "DE",
        ),
    ],
)
def test_legal_form_of_a_few_states_takes_the_partner(
    extract: Extract, text: str, name: str, country: str | None
) -> None:
    assert orgs_by_name(extract(text, published=None))[name]["country"] == country


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "ROME, 10 March 2026 - Italy and Brazil renew space cooperation.\n"
            "Dr. Teodoro Valente, President of ASI, welcomed the senator.\n"
            "From left: Teodoro Valente, Marcos Pontes and Maria Chiara Carrozza.",
            {"Teodoro Valente", "Marcos Pontes", "Maria Chiara Carrozza"},
        ),
        (
            "VIENNA, 12 March 2026 - Austria and India deepen quantum ties.\n"
            "Pictured (l-r): Anton Zeilinger, Ajay Kumar Sood and Hans-Peter Gruber.",
            {"Anton Zeilinger", "Ajay Kumar Sood", "Hans-Peter Gruber"},
        ),
        (
            "ACCRA, 10 March 2026 - Ghana and the United Kingdom signed a malaria research agreement.\n"
            "Left to right: Kwame Mensah; Abena Owusu & Jonathan Reeves",
            {"Kwame Mensah", "Abena Owusu", "Jonathan Reeves"},
        ),
    ],
)
def test_caption_names_alone_are_people(extract: Extract, text: str, names: set[str]) -> None:
    assert set(person_names(extract(text, published=None))) == names
