"""A bare event word that refers back to an event already told: "The forum continues today",
"On the margins of the meeting, X and Y signed ...".

Such a mention names no event of its own (its name is the event word alone, or a name found in an
earlier sentence: "The forum" named after "the first Peru-Korea Food Forum"), so when an event of
the same kind told before it spans its date, it is that event; on the day right after that event's
last day, it is that event going on (its end moves there)."""

from __future__ import annotations

import datetime as dt

from bilat.extract.components.event_told import Told

_DAY_LENGTH = 10


def bare(name: str) -> bool:
    """Whether an event's name is the event word alone ("meeting", "forum")."""
    return bool(name) and " " not in name.strip() and name.islower()


def refers_back(earlier: Told, later: Told) -> bool:
    """Whether `later`, a bare mention of a kind told of `earlier` (its type, or that of a mention
    merged into it: a forum where a signing took place), is `earlier` going on or spanning its date."""
    if (later.type != earlier.type and later.type not in earlier.kinds) or not later.refers or earlier.refers:
        return False
    if len(earlier.date) != _DAY_LENGTH or len(later.date) != _DAY_LENGTH:
        return False
    return earlier.date <= later.date <= next_day(_last_day(earlier))


def goes_on(earlier: Told, later: Told) -> bool:
    """Whether `later` (which refers back to `earlier`) is told on the day after its last day."""
    return later.date > _last_day(earlier)


def end_after(earlier: Told, later: Told) -> str | None:
    """The end `earlier` has once `later` (which refers back to it) is told: the day `later` goes
    on to when that is past its last day, else its own end."""
    if later.type != earlier.type:
        return earlier.end  # (a signing told of the forum where it took place: the forum goes on, not it)
    return later.date if goes_on(earlier, later) else earlier.end


def _last_day(event: Told) -> str:
    return event.end if event.end and len(event.end) == _DAY_LENGTH else event.date


def next_day(day: str) -> str:
    """The day after `day` (an ISO date)."""
    return (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()
