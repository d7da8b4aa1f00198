"""The name a record gives a state: the gazetteer's, unless the text never writes it and calls
the state by another of its common names ("Lao PDR", "Viet Nam", "the Czech Republic", "the
Republic of Korea"). The graph labels every state by the gazetteer, by its code, whatever the
record calls it."""
from __future__ import annotations

import re

from kg.extract.context import Context
from kg.records import State

# A state's full name as written: words of letters, no abbreviation ("Lao PDR", "Viet Nam", not "U.S.")
# (of two words or more: a one-word form, "America", may name more than the state)
_FULL_FORM = re.compile(r"[A-Z][a-zà-ÿ]+(?:[ \-](?:of|the|and|[A-Z][a-zà-ÿ]+|[A-Z]{2,4}))+")


def named_as_written(ctx: Context, state: State) -> State:
    """``state``, named as the text names it where the text never writes the gazetteer's name
    (the gazetteer's then among its aliases). Only another common name the gazetteer lists
    counts, not an official style: "the Gabonese Republic" stays Gabon."""
    entry = ctx.lexicon.states.get(state.code or "")
    written = [f for f in state.aliases if entry is not None and _FULL_FORM.fullmatch(f) and f in entry.aliases]
    if written and not _writes(ctx.release.text, state.name):
        state.aliases = [state.name, *(a for a in state.aliases if a != written[0])]
        state.name = written[0]
    return state


def _writes(text: str, name: str) -> bool:
    """Whether ``text`` writes ``name`` as a word of its own."""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None
