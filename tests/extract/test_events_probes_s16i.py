"""Round 16i record probes: an event dated as cooperation documents write dates — an ordinal day
alone ("on the 17th (Tue)"), a day range over a dotted date ("17-18.03.2026"), two days joined by
"&", and a Korean spaced dateline ("2026. 3. 18.") as the published date."""

from __future__ import annotations

import pytest

from bilat.extract import get_extractor

# (document, published, the event's date, its end)
CASES = [
    (
        "Seoul, 18 March 2026 – Korea and Australia held the 5th Joint Committee on Science and "
        "Technology Cooperation on the 17th (Tue) in Seoul.",
        "2026-03-18",
        "2026-03-17",
        None,
    ),
    (
        "Vienna, 1 February 2026 – Austria and India will hold a workshop on quantum materials "
        "on 17-18.03.2026 in Vienna.",
        "2026-02-01",
        "2026-03-17",
        "2026-03-18",
    ),
    (
        "Vienna, 1 February 2026 – Austria and India will hold a workshop on quantum materials "
        "on 17 & 18 March 2026 in Vienna.",
        "2026-02-01",
        "2026-03-17",
        "2026-03-18",
    ),
    (
        "Seoul, 2026. 3. 18. – The Ministry of Science and ICT held the Korea–Germany Science and "
        "Technology Forum on March 17 (Tue.) in Seoul.",
        "2026-03-18",
        "2026-03-17",
        None,
    ),
]


@pytest.mark.parametrize(("text", "published", "date", "end"), CASES)
def test_event_date(text: str, published: str, date: str, end: str | None) -> None:
    record = get_extractor().extract(text + "\n", name="x.txt").to_dict()
    assert record["published"] == published
    dated = [(e["date"], e.get("end")) for e in record["events"]]
    assert (date, end) in dated, dated
