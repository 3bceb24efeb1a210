"""Reference data for extraction: countries and cities, organisations (curated + ROR), programmes.

Each accessor loads its data once and returns the same object afterwards:

>>> from bilat.extract.reference import countries
>>> countries().code("uk")
'GB'
"""

from __future__ import annotations

import functools

from bilat.extract.reference.countries import CityInfo, Countries, CountryMention, load_countries
from bilat.extract.reference.gazetteer import Match
from bilat.extract.reference.organizations import OrgEntry, OrgIndex, OrgMatch, load_organizations
from bilat.extract.reference.programmes import ProgrammeEntry, ProgrammeIndex, ProgrammeMatch, load_programmes

__all__ = [
    "CityInfo",
    "Countries",
    "CountryMention",
    "Match",
    "OrgEntry",
    "OrgIndex",
    "OrgMatch",
    "ProgrammeEntry",
    "ProgrammeIndex",
    "ProgrammeMatch",
    "countries",
    "organizations",
    "programmes",
]


@functools.cache
def countries() -> Countries:
    """The country table (loaded once)."""
    return load_countries()


@functools.cache
def organizations() -> OrgIndex:
    """The organisation index: curated organisations and ROR (loaded once)."""
    return load_organizations()


@functools.cache
def programmes() -> ProgrammeIndex:
    """The programme index (loaded once)."""
    return load_programmes()
