"""Where a programme's name begins and ends: the two countries right before a defined long form,
a capitalised topic after "Programme on", and known facilities named as infrastructure to use."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from .records import programme_names

PAIR_PREFIXED = [
    ("Teams apply under the Dutch–Indonesian Blue Economy Research Programme (BLUE-NID) this year.",
     "Dutch–Indonesian Blue Economy Research Programme"),
    ("The Norwegian-Chilean Ocean Data Initiative (NOCODI) opens in 2027.",
     "Norwegian-Chilean Ocean Data Initiative"),
    ("Funding comes from the Korea–Germany Hydrogen Partnership Programme (KGHP).",
     "Korea–Germany Hydrogen Partnership Programme"),
]


@pytest.mark.parametrize(("text", "name"), PAIR_PREFIXED)
def test_two_countries_before_a_defined_name_belong_to_it(
    extract: Callable[..., dict[str, Any]], text: str, name: str
) -> None:
    assert name in programme_names(extract(text))


TOPIC_TAILS = [
    ("A call opens under the India-Japan Strategic Research Programme on Quantum Materials and Devices.",
     "India-Japan Strategic Research Programme on Quantum Materials and Devices"),
    ("The Polish-Korean Battery Research Programme on Solid State Cells funds five teams.",
     "Polish-Korean Battery Research Programme on Solid State Cells"),
    ("Chile joined the Nordic Research Initiative on Polar Ice and the teams met.",
     "Nordic Research Initiative on Polar Ice"),
]
NOT_TOPIC_TAILS = [
    ("It was announced under the Horizon Europe Programme on Monday.", " on Monday"),
    ("The Polish-Korean Battery Research Programme on solid state cells funds five teams.", " on solid"),
    ("The Chile-Finland Research Programme on 4 May 2027 chose ten projects.", " on 4"),
]


@pytest.mark.parametrize(("text", "name"), TOPIC_TAILS)
def test_a_capitalised_topic_ends_a_programme_name(
    extract: Callable[..., dict[str, Any]], text: str, name: str
) -> None:
    assert name in programme_names(extract(text))


@pytest.mark.parametrize(("text", "tail"), NOT_TOPIC_TAILS)
def test_dates_and_lower_case_words_are_no_topic(
    extract: Callable[..., dict[str, Any]], text: str, tail: str
) -> None:
    assert not any(tail in n for n in programme_names(extract(text)))


INFRASTRUCTURE_USES = [
    "Swedish teams will use infrastructures such as MAX IV in Lund and J-PARC and SPring-8 in Japan.",
    "The minister visited the NanoTerasu synchrotron radiation facility in Sendai with Japanese hosts.",
    "British groups receive beam time at SPring-8 under the new UK–Japan scheme.",
]
PROJECT_USES = [
    ("Groups in Italy develop detectors for the Einstein Telescope and for KAGRA with Japan.", "KAGRA"),
    ("Japan and Italy will cooperate on Hyper-Kamiokande from 2027.", "Hyper-Kamiokande"),
]


@pytest.mark.parametrize("text", INFRASTRUCTURE_USES)
def test_a_facility_used_as_infrastructure_is_no_programme(
    extract: Callable[..., dict[str, Any]], text: str
) -> None:
    assert not programme_names(extract(text)) & {"J-PARC", "SPring-8", "NanoTerasu"}


@pytest.mark.parametrize(("text", "name"), PROJECT_USES)
def test_a_facility_built_together_stays_a_programme(
    extract: Callable[..., dict[str, Any]], text: str, name: str
) -> None:
    assert name in programme_names(extract(text))
