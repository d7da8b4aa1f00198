"""Which presumed states the corpus bears out.

A release presumes the publisher's state for an office it names bare ("Prime Minister Sheikh
Hasina" in a U.S. briefing reads as the U.S. prime minister). Over a corpus, the offices the
texts *state* for a state ("U.S. Secretary of State", "Kazakh Foreign Minister") show which
kinds of office it has: a presumption of a kind the corpus never states for that state (a U.S.
king, prime minister or minister of education) is dropped, so the person's state comes from
the releases that give it, or stays open. Where a state has too few stated offices to judge
(a small store), every presumption stands.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping

from kg.lexicon import fold

# Kinds of office, longest first: "Deputy Prime Minister" is of the prime minister's kind.
_FAMILIES = ("crown prince", "prime minister", "chancellor", "premier", "king", "queen", "emir", "amir",
             "sultan", "minister", "president", "secretary", "governor")
_FAMILY = re.compile(r"\b(" + "|".join(_FAMILIES) + r")\b")
# A state needs this many stated offices before the kinds they show can overrule a presumption.
MIN_STATED = 20
# ... and a kind of office is borne out when stated this often (one may be a misreading).
MIN_KIND = 2


def office_family(title: str) -> str | None:
    """The kind of an office ("Minister of Education" → "minister"), or None if none is known."""
    found = _FAMILY.search(fold(title).replace("-", " "))
    return found.group(1) if found else None


def credible(presumed: Mapping[tuple[str, str], Iterable[tuple[str, str]]],
             stated: Iterable[tuple[str, str]]) -> dict[tuple[str, str], set[str]]:
    """For each person node ``(graph, node)``, the states presumed for it (``(state, title)``
    pairs) that the offices stated over the corpus (``(state, title)`` pairs) bear out."""
    kinds: dict[str, Counter[str | None]] = defaultdict(Counter)
    for state, title in stated:
        kinds[state][office_family(title)] += 1
    totals = {state: sum(counts.values()) for state, counts in kinds.items()}
    return {key: {state for state, title in pairs
                  if totals.get(state, 0) < MIN_STATED
                  or (family := office_family(title)) is None or kinds[state][family] >= MIN_KIND}
            for key, pairs in presumed.items()}
