"""Temporal tagger: finds time expressions in text and normalises them to TIMEX3 values.

>>> from bilat.temporal import tag
>>> [(t.text, t.value) for t in tag("The meeting was held on 16 May.", reference="2023-05-23")]
[('16 May', '2023-05-16')]
"""

from bilat.temporal.model import Timex
from bilat.temporal.reference import document_date
from bilat.temporal.tagger import tag

__all__ = ["Timex", "document_date", "tag"]
