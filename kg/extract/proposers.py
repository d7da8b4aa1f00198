"""Who an initiative belongs to and where a planned visit goes: the persons, states and
bodies around a proposal, read from the sentence's actor references."""
from __future__ import annotations

import re

from kg.cities import city
from kg.extract.context import ActorRef, Context
from kg.extract.phrases import noun_phrase
from kg.extract.text import U


def last_pair(ctx: Context, before: int, *, with_person: str | None = None) -> tuple[str, str] | None:
    """The two people of the last meeting or call reported before offset ``before``
    (one of them ``with_person`` when given)."""
    for it in reversed(ctx.record.interactions):
        if it.type in ("meeting", "call") and it.evidence and it.evidence.start < before and \
                len(it.participants) == 2 and (with_person is None or with_person in it.participants):
            return it.participants[0], it.participants[1]
    return None


def names_two_states(ctx: Context, phrase: str) -> bool:
    """"U.S.-Philippines Alliance" names two states; "Shangri-La Dialogue" does not."""
    pair = re.match(r"([A-Z][\w.]*)\s*[-–]\s*([A-Z][\w.]*)", phrase)
    # A capital stands for its state ("the Pristina-Belgrade Dialogue").
    return bool(pair) and all(ctx.lexicon.state(p) is not None or _is_capital(ctx, p)
                              for p in pair.groups())  # type: ignore[union-attr]


def _is_capital(ctx: Context, name: str) -> bool:
    entry = ctx.lexicon.place(name)
    if entry is not None:
        return entry.capital
    found = city(name)
    return found is not None and found.capital


def destination(ctx: Context, sentence: object, pos: int) -> str | None:
    """The state or place named right at ``pos`` (after "to visit", "to"), as written."""
    start = sentence.start + pos  # type: ignore[attr-defined]
    text = ctx.release.text
    lead = re.match(r"\s*(?:the\s+)?", text[start:])
    at = start + (lead.end() if lead else 0)
    mentions = [x for x in ctx.mentions_by_sentence[ctx.sentences.index(sentence)]  # type: ignore[arg-type]
                if x.kind in ("state", "place")]
    for k, mention in enumerate(mentions):
        if mention.start == at:
            # "Kazakhstan and the Kyrgyz Republic", "the ROK, the Philippines, and Laos": the whole list.
            end = mention.end
            for nxt in mentions[k + 1:]:
                if not re.fullmatch(r"(?:,\s*|\s+)(?:and\s+)?(?:the\s+)?|,?\s+and\s+(?:the\s+)?", text[end:nxt.start]):
                    break
                end = nxt.end
            entry = ctx.lexicon.place(mention.text) if mention.kind == "place" and end == mention.end else None
            state = ctx.label(f"state:{entry.code}") if entry is not None and entry.code != ctx.home_state else None
            if state:
                return state  # "to visit Manila": a visit to the Philippines (a trip at home keeps its city)
            return text[mention.start:end]
    phrase = noun_phrase(sentence.text, pos, max_words=3)  # type: ignore[attr-defined]
    return phrase if phrase[:1].isupper() else None


def possessor(ctx: Context, phrase: str) -> tuple[str, str | None]:
    """'EU's Global Gateway' → ('Global Gateway', 'EU'): a known owner before the name."""
    m = re.match(r"(.+?)(?:’s|'s)\s+(.+)$", phrase)
    if not m:
        return phrase, None
    owner = m.group(1).strip()
    entry = ctx.lexicon.organization(owner)
    if entry:
        return m.group(2), ctx.label(f"org:{entry.key}") or owner
    state = ctx.lexicon.state(owner)
    if state:
        return m.group(2), state.name
    return phrase, None


def first_person(ctx: Context, idx: int, pos: int) -> str | None:
    """The first person named before ``pos`` in sentence ``idx``, not the host of an opening "At
    the invitation of President X, President Y will pay a State Visit": Y."""
    sentence = ctx.sentences[idx]
    opener = INVITED_BY.match(sentence.text)
    before = [r for r in ctx.refs[idx] if r.end - sentence.start <= pos and r.kind == "person"
              and not (opener and r.start - sentence.start < opener.end())]
    return label_of(ctx, before[0]) if before else None


# "At the invitation of President X, ...": the host, named before the guest.
INVITED_BY = re.compile(r"\s*(?:At|Upon|On) the invitation of\s+(?P<host>[^,;]{3,120}),")


def nearest_person(ctx: Context, idx: int, pos: int) -> str | None:
    sentence = ctx.sentences[idx]
    before = [r for r in ctx.refs[idx] if r.end - sentence.start <= pos and r.kind == "person"]
    if before:
        return label_of(ctx, before[-1])
    return None


def person_in(ctx: Context, idx: int, start: int, end: int) -> str | None:
    sentence = ctx.sentences[idx]
    for r in ctx.refs[idx]:
        if r.kind == "person" and start <= r.start - sentence.start < end:
            return label_of(ctx, r)
    return None


def by_actor(ctx: Context, idx: int, m: re.Match[str]) -> str | None:
    """'the initiative put forward by the President of Turkmenistan' → that person;
    'the project of the Emirati company Masdar' → Masdar."""
    sentence = ctx.sentences[idx]
    inner = re.search(r"\b(?:by|of)\s+", m.group(0))
    if not inner:
        return None
    start = m.start() + inner.end()
    refs = [r for r in ctx.refs[idx] if start <= r.start - sentence.start < m.end()]
    if refs:
        return label_of(ctx, refs[0])
    side = re.search(rf"\b({U}[\w\-]+) (?:side|company|government)\s+({U}[\w\-]+)?", m.group(0))
    if side and side.group(2):
        return side.group(2)
    if side:
        entry = ctx.lexicon.state(side.group(1))
        return entry.name if entry else None
    return None


def proposer_of(ctx: Context, idx: int, pos: int) -> str | None:
    """The actor named as proposing what follows ``pos`` in sentence ``idx``: "the
    Kazakh side", the nearest actor before it in its clause, or, for "we", the home state."""
    sentence = ctx.sentences[idx]
    text = sentence.text[:pos]
    clause_start = max(text.rfind(";"), text.rfind(". "), 0)
    side = None
    for side in re.finditer(rf"\b[Tt]he ({U}[\w\-]+) (?:side|delegation|government|party)\b", text[clause_start:]):
        pass
    refs: list[ActorRef] = [r for r in ctx.refs[idx]
                            if clause_start <= r.start - sentence.start and r.end - sentence.start <= pos]
    if side is not None:
        entry = ctx.lexicon.state(side.group(1))
        if entry and (not refs or refs[-1].start - sentence.start < clause_start + side.start()):
            return entry.name
    if refs and re.search(r"\sand\s+(?:also\s+)?$", text) and refs[0].kind == "person":
        # ("President A commended the efforts of President B ..., and extended an invitation": the
        # verb after "and" is the subject's, the first named)
        return label_of(ctx, refs[0])
    if refs:
        return label_of(ctx, refs[-1])
    if re.search(r"\b(?:[Ww]e|[Oo]ur)\b", sentence.text) and ctx.home_state:
        entry = ctx.lexicon.states.get(ctx.home_state)
        return entry.name if entry else None
    return None


def label_of(ctx: Context, ref: ActorRef) -> str | None:
    if ref.kind == "person":
        return ctx.label(f"person:{ref.key}")
    if ref.kind == "group":
        return None
    return ctx.label(ref.key)


# What a sentence says right after an initiative's name about whose it is: "the Phoenix Plan
# launched by President Daniel Noboa", "the Bridgetown Initiative, the Prime Minister's proposal".
_OWNER_AFTER = re.compile(r"(?:,?\s+(?:launched|proposed|initiated|put forward|promoted|championed|announced)\s+by\s+"
                          r"|,\s+(?P<poss>(?:the\s+)?[\w\s\-]{2,40}?)(?:’s|'s)\s+(?:proposal|initiative|plan|idea)\b)")


def stated_owner(ctx: Context, idx: int, name: str) -> str | None:
    """The actor the sentence ``idx`` names as the owner of ``name`` right after it, if any."""
    sentence = ctx.sentences[idx]
    at = sentence.text.find(name)
    m = _OWNER_AFTER.match(sentence.text, at + len(name)) if at >= 0 else None
    if m is None:
        return None
    start, end = (m.start("poss"), m.end("poss")) if m["poss"] else (m.end(), m.end() + 80)
    refs = [r for r in ctx.refs[idx] if start <= r.start - sentence.start < end and r.kind != "group"]
    return label_of(ctx, refs[0]) if refs else None
