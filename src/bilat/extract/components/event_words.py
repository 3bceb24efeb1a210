"""Event cue lists of ``data/event_types.yaml`` with the phrases written once and shared.

The future "meet" phrases ("will meet", "is due to meet": `future_meet_cues`) are meeting cues, weak
cues (a plainer cue of their sentence yields to another) and verb cues (they name no event
themselves). They are listed once; these loaders add them to `types.meeting`, `weak_cues` and
`verb_cues`, so every reader sees the same lists as when they were written out in each."""

from __future__ import annotations

import functools

from bilat.extract.resources import load_yaml, yaml_words

# The lists the future "meet" phrases belong to, besides their own.
SHARED_INTO = ("weak_cues", "verb_cues")


@functools.cache
def future_meet_cues() -> tuple[str, ...]:
    """The future "meet" phrases, as written."""
    return tuple(str(w) for w in load_yaml("event_types.yaml").get("future_meet_cues") or [])


@functools.cache
def cue_types() -> dict[str, tuple[str, ...]]:
    """`types` of event_types.yaml: event kind → its cue words, the meeting cues with the future
    "meet" phrases added (after the written ones, no repeats)."""
    out: dict[str, tuple[str, ...]] = {}
    for kind, cues in (load_yaml("event_types.yaml").get("types") or {}).items():
        words = [str(c) for c in cues]
        if kind == "meeting":
            words += [w for w in future_meet_cues() if w not in words]
        out[str(kind)] = tuple(words)
    return out


@functools.cache
def cue_list(key: str, *, lower: bool = False) -> frozenset[str]:
    """The words under `key` of event_types.yaml (`lower`: in lower case), with the future "meet"
    phrases added for the lists in `SHARED_INTO`."""
    words = set(yaml_words("event_types.yaml", key))
    if key in SHARED_INTO:
        words |= set(future_meet_cues())
    return frozenset(w.lower() for w in words) if lower else frozenset(words)
