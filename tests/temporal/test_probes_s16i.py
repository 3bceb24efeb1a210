"""Round 16i probes: dates as cooperation documents write them — a day named by its ordinal alone
("on the 17th (Tue)", "Friday the 20th"), Korean spaced year-first dates ("2026. 3. 18."), day
ranges over a dotted day-first date ("17-18.03.2026", "01.03. – 15.04.2026"), and two days joined
by "&" or a slash ("17 & 18 March", "17/18 March")."""

from __future__ import annotations

import pytest

from bilat.temporal import tag

REF = "2026-03-18"  # a Wednesday

# (text, the expression's text, value, end value)
FOUND = [
    # an ordinal day alone: in the month of the date last mentioned, else the reference's
    ("The delegation arrived on the 17th (Tue) and met.", "the 17th (Tue)", "2026-03-17", None),
    ("On the 17th (Tuesday), the delegation arrived.", "the 17th (Tuesday)", "2026-03-17", None),
    ("The forum will be held on the 20th (Fri.) in Rome.", "the 20th (Fri.)", "2026-03-20", None),
    ("The forum will be held on Friday the 20th in Rome.", "Friday the 20th", "2026-03-20", None),
    ("The forum was held on Monday 16th.", "Monday 16th", "2026-03-16", None),
    ("The mission arrived on the 12th (Thu) in Jakarta.", "the 12th (Thu)", "2026-03-12", None),
    ("The ministers met on 2 February. On the 4th (Wed.), they visited the port.", "the 4th (Wed.)",
     "2026-02-04", None),
    # the weekday picks the month next to the reference's: 27 February 2026 was a Friday
    ("The report was released on Friday the 27th.", "Friday the 27th", "2026-02-27", None),
    # Korean year-first dates, spaced after each dot
    ("Seoul, 2026. 3. 18. – The ministry announced the programme.", "2026. 3. 18", "2026-03-18", None),
    ("The forum was held on 2026. 03. 17.(Tue) in Seoul.", "2026. 03. 17", "2026-03-17", None),
    ("Seoul, 2026. 3. 18 - The ministry met.", "2026. 3. 18", "2026-03-18", None),
    # day ranges over a dotted day-first date
    ("The workshop takes place on 17-18.03.2026 in Vienna.", "17-18.03.2026", "2026-03-17", "2026-03-18"),
    ("The meeting, 18–19.03.2026, was attended by 40 people.", "18–19.03.2026", "2026-03-18", "2026-03-19"),
    ("The meeting on 18.–19.03.2026 in Graz.", "18.–19.03.2026", "2026-03-18", "2026-03-19"),
    ("The call runs from 01.03. to 15.04.2026.", "01.03. to 15.04.2026", "2026-03-01", "2026-04-15"),
    ("Die Frist läuft vom 15.12. bis 15.01.2027.", "15.12. bis 15.01.2027", "2026-12-15", "2027-01-15"),
    # two days joined by "&" or a slash
    ("The forum is 17 & 18 March 2026 in Vienna.", "17 & 18 March 2026", "2026-03-17", "2026-03-18"),
    ("The forum is on 17th & 18th March in Vienna.", "17th & 18th March", "2026-03-17", "2026-03-18"),
    ("The forum is on 17/18 March 2026 in Vienna.", "17/18 March 2026", "2026-03-17", "2026-03-18"),
    ("The expo opens on March 9 & 10 in Osaka.", "March 9 & 10", "2026-03-09", "2026-03-10"),
    # forms that already worked, kept
    ("Seoul, 2026.03.18 - The ministries signed an MoU.", "2026.03.18", "2026-03-18", None),
    ("Wed 18 Mar: Opening session.", "Wed 18 Mar", "2026-03-18", None),
    ("The talks took place between 3 and 5 March in Rome.", "3 and 5 March", "2026-03-03", "2026-03-05"),
    ("The conference will be held 3rd–5th March in Madrid.", "3rd–5th March", "2026-03-03", "2026-03-05"),
    ("Mi., 18.03.2026: Kick-off meeting in Bonn.", "18.03.2026", "2026-03-18", None),
]


@pytest.mark.parametrize(("text", "span", "value", "end_value"), FOUND)
def test_found(text: str, span: str, value: str, end_value: str | None) -> None:
    found = {t.text: t for t in tag(text, reference=REF)}
    assert span in found, [t.text for t in found.values()]
    assert found[span].value == value
    assert found[span].end_value == end_value


# No date here: an ordinal of something else, a year ending a sentence before a count.
NOT_A_DAY = [
    ("The company marked the 17th anniversary of the treaty.", "17th"),
    ("The office is on the 5th floor.", "5th"),
    ("It was held for the 17th time.", "17th"),
    ("The 3rd Joint Committee met in Seoul.", "3rd"),
    ("The team finished on the 3rd in the ranking.", "3rd"),  # without its weekday, no day
    ("Exchanges from the 17th to the 19th century.", "17th"),
    ("In 2025. 3. 12 projects were funded.", "3. 12"),
]


@pytest.mark.parametrize(("text", "piece"), NOT_A_DAY)
def test_not_a_day(text: str, piece: str) -> None:
    assert not [t.text for t in tag(text, reference=REF) if piece in t.text]


def test_a_slash_between_days_apart_is_no_span() -> None:
    assert all(t.end_value is None for t in tag("They met on 24/28 March.", reference=REF))


def test_ordinal_day_leans_to_the_tense_from_a_dateline() -> None:
    text = "Seoul, 18 March 2026 – The two ministers met on the 27th (Fri) in Busan."
    found = {t.text: t.value for t in tag(text, reference=REF)}
    assert found["the 27th (Fri)"] == "2026-02-27"  # the 27 March was a Friday too, but ahead
