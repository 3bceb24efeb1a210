"""Merging event mentions compares each mention only with the kept events of its date or of its
numbered meeting and city, and gives exactly what comparing it with every kept event gives."""

from __future__ import annotations

import copy
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from bilat.extract.components import events
from bilat.extract.components.events import Found, merge_events


def merged_by_comparing_with_all(found: list[Found]) -> list[Found]:
    """The plain reading of the merge rule: each mention joins the first kept event it matches."""
    out: list[Found] = []
    for item in found:
        target = next((o for o in out if events._same_event(o, item)), None)
        if target is None:
            out.append(item)
        else:
            events._merge_into(target, item, set(target.spans))
    return out


def shape(found: list[Found]) -> list[tuple[object, ...]]:
    return [(f.type, f.date, f.end, f.location, f.name, tuple(f.spans)) for f in found]


mentions = st.builds(
    Found,
    type=st.sampled_from(["meeting", "signing", "visit"]),
    date=st.sampled_from(["2024-05-03", "2024-05-04", "2024-05"]),
    end=st.sampled_from([None, "2024-05-06"]),
    location=st.sampled_from([None, "Tokyo", "Bern"]),
    name=st.sampled_from(["meeting", "Joint Committee", "Tokyo Forum Meeting", "signing ceremony"]),
    spans=st.lists(st.tuples(st.integers(0, 5), st.integers(6, 9)), min_size=2, max_size=3),
    distance=st.integers(-50, 50).map(float),
    ordinal=st.sampled_from([None, "5th", "6th"]),
    sentence=st.sampled_from([(0, 10), (10, 20)]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(mentions, max_size=12))
def test_indexed_merge_equals_comparing_with_every_kept_event(found: list[Found]) -> None:
    expected = merged_by_comparing_with_all(copy.deepcopy(found))
    assert shape(merge_events(copy.deepcopy(found))) == shape(expected)


def test_a_numbered_meeting_given_its_city_later_still_joins_by_number() -> None:
    found = [
        Found("meeting", "2024-05-03", None, None, "5th Joint Committee", [(0, 5), (0, 10)], ordinal="5th"),
        Found("meeting", "2024-05-03", None, "Bern", "meeting", [(12, 15), (12, 20)], ordinal="5th"),
        Found(
            "meeting", "2024-05-04", None, "Bern", "5th Joint Committee", [(22, 25), (22, 30)], ordinal="5th"
        ),
    ]
    merged = merge_events(found)
    assert [(m.date, m.location) for m in merged] == [("2024-05-03", "Bern")]


def test_thousands_of_distinct_dated_events_stay_apart() -> None:
    days = [(dt.date(1900, 1, 1) + dt.timedelta(days=i)).isoformat() for i in range(3000)]
    found = [Found("meeting", day, None, "Tokyo", "workshop", [(i, i + 1)]) for i, day in enumerate(days)]
    assert len(merge_events(found)) == 3000
