"""A signing announced in a lead and then retold with its own day: one signing, of the later day.

News often announces a signing vaguely ("X and Y signed a cooperation agreement last month", "X and
Y have signed three agreements, officials said on Tuesday") and tells it exactly in the next
sentence, with a definite subject and a passive verb ("The agreement was signed on Tuesday, 24 June,
in Campinas", "The documents were signed at the headquarters in Beijing on 10 November"). The lead's
date is then the month of the signing or the day it was reported, not another signing: the lead's
event is dropped for the retold one.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TypeVar

from bilat.extract.components.event_told import Told
from bilat.extract.doc import Doc

NEXT_SENTENCES = 2  # how far after the lead the retelling may come
REPORT_LAG_DAYS = 7  # a lead dated this many days after the retold day is dated by its report
_RETOLD = re.compile(
    r"(?i)[\W_]*the\s+(?:[\w'’-]+\s+){0,6}?(?:was|were|had\s+been|have\s+been|has\s+been)\s+"
    r"(?:formally\s+|officially\s+|jointly\s+)?signed\b"
)
_DAY = re.compile(r"\d{4}-\d\d-\d\d$")
_MONTH = re.compile(r"\d{4}-\d\d$")


E = TypeVar("E", bound=Told)


def _lead_of(lead: str, retold: str) -> bool:
    """Whether a lead dated `lead` may announce the signing of day `retold`: the month of it, or
    a day up to a week after it (the day of the report)."""
    if not _DAY.match(retold) or lead == retold:
        return False
    if _MONTH.match(lead):
        return retold.startswith(lead)
    if not _DAY.match(lead):
        return False
    lag = (dt.date.fromisoformat(lead) - dt.date.fromisoformat(retold)).days
    return 0 < lag <= REPORT_LAG_DAYS


def drop_retold_leads(doc: Doc, events: list[E]) -> list[E]:
    """`events` without the signings that a later sentence retells with its own day."""
    signings = [e for e in events if e.type == "signing"]
    if len(signings) < 2:
        return events
    dropped: set[int] = set()
    for lead in signings:
        index = doc.sentence_index(lead.sentence[0])
        for retold in signings:
            later = doc.sentence_index(retold.sentence[0]) - index
            if not 0 < later <= NEXT_SENTENCES or not _lead_of(lead.date, retold.date):
                continue
            if _RETOLD.match(doc.text, retold.sentence[0], retold.sentence[1]):
                dropped.add(id(lead))
                break
    return [e for e in events if id(e) not in dropped] if dropped else events
