"""Initiatives (proposals, platforms, planned events) and documents (treaties,
declarations, memoranda), with who proposed an initiative."""
from __future__ import annotations

import re

from kg.extract.context import ActorRef, Context
from kg.extract.text import U
from kg.lexicon import fold
from kg.records import Document, Initiative

_W = rf"(?:{U}[\w'’\-]*|[0-9]+(?:st|nd|rd|th)?|U\.S\.|C5\+1)"
_LINK = r"(?:of|on|for|and|the|in|between|to|de|with|against)"
DOC_HEADS = (
    r"Declaration|Agreement|Agreements|Memorandum of Understanding|Memorandum of Cooperation|Memorandum|Treaty|"
    r"Convention|Charter|Final Act|Act|Accords|Accord|Protocol|Road ?[Mm]ap|Joint Statement|Statement|Communiqu[ée]|"
    r"Resolution|Plan of Action|Action Plan|Programme of Cooperation|Program of Cooperation|Concept|Compact|Pact|"
    r"Framework Agreement|Joint Declaration|Strategy|Code of Conduct"
)
DOCUMENT = re.compile(
    rf"(?<![\w\-])((?:{_W}[ \-]+(?:{_LINK}\s+)*)*?(?:{DOC_HEADS})(?:\s+(?:of|on|for|between|to)\s+(?:the\s+)?"
    rf"{_W}(?:\s+(?:(?:{_LINK})\s+)*{_W})*)?)(?![\w\-])"
)
LOWER_DOC = re.compile(
    r"\b(?:an?|the)\s+((?:joint\s+)?(?:memorandum of understanding|memorandum of cooperation|memorandum|agreement|"
    r"declaration|roadmap|road map|treaty|protocol|joint statement|action plan|plan of action)"
    r"(?:\s+(?:on|of|for|between)\s+[\w\-’' ]{3,80}?))(?=[,.;]|\s+(?:was|were|is|are|that|which|by|with|at|during|in the presence)\b)", re.I)

INIT_HEADS = (
    r"Initiative|Center|Centre|Platform|Programme|Program|Project|Partnership|Corridor|Fund|Hub|Strategy|"
    r"Mechanism|Format|Conference|Forum|Summit|Dialogue|Consultations|Council|Zone|Alliance|Coalition|Roadmap|"
    r"Plan|Institute|Office|Network|Commission|Working Group|Business Council"
)
INITIATIVE = re.compile(
    rf"(?<![\w\-])((?:{_W}[ \-]+(?:{_LINK}\s+)*)*?(?:{INIT_HEADS})(?:\s+(?:on|of|for|in)\s+(?:the\s+)?"
    rf"{_W}(?:\s+(?:(?:{_LINK})\s+)*{_W})*)?)(?![\w\-])"
)
PROPOSE = re.compile(
    r"\b(?:proposed|proposes|propose|proposal|put forward|puts forward|initiated|initiative|initiatives|suggested|"
    r"called for|advanced|launched|launch|announced|establish|establishment|creation|create|promoted|promotes|"
    r"to be held|will be held|scheduled|upcoming|planned|plans|will host|to host|agreed|preparation|prepare|"
    r"invited|invitation|will visit|to visit|future|next)\b", re.I)
PLANNED_VISIT = re.compile(
    rf"\b(?:the\s+)?(?:upcoming\s+|forthcoming\s+|planned\s+|future\s+|official\s+|state\s+|working\s+)*visit of\s+"
    rf"((?:{U}[\w\-’']*\s+){{0,4}}{U}[\w\-’']*)\s+to\s+({U}[\w\-’']*(?:\s+{U}[\w\-’']*)?)")
_GENERIC = {"Conference", "Forum", "Summit", "Dialogue", "Program", "Programme", "Project", "Council", "Office",
            "Plan", "Fund", "Center", "Centre", "Platform", "Partnership", "Strategy", "Commission", "Initiative"}


def documents_step(ctx: Context) -> None:
    """requires: sentences · assigns: record.documents"""
    docs: dict[str, Document] = {}
    for sentence in ctx.sentences:
        for m in list(DOCUMENT.finditer(sentence.text)) + list(LOWER_DOC.finditer(sentence.text)):
            name = _clean(m.group(1))
            if not name or len(name.split()) < 2 and not re.search(r"Accords?|Declaration", name):
                continue
            if name.split()[0].lower() in ("statement",) and len(name.split()) < 3:
                continue
            key = fold(name)
            if key not in docs:
                signed = bool(re.search(r"\bsign", sentence.text, re.I))
                docs[key] = Document(name, [], signed, ctx.evidence(sentence))
    ctx.record.documents = list(docs.values())


def initiatives_step(ctx: Context) -> None:
    """requires: refs, documents · assigns: record.initiatives"""
    found: dict[str, Initiative] = {}
    doc_names = {fold(d.name) for d in ctx.record.documents}
    org_names = {fold(o.name) for o in ctx.record.organizations} | {fold(a) for o in ctx.record.organizations
                                                                      for a in o.aliases}
    held = {fold(i.name or "") for i in ctx.record.interactions if i.type == "multilateral"}
    for idx, sentence in enumerate(ctx.sentences):
        text = sentence.text
        if not PROPOSE.search(text):
            continue
        for m in INITIATIVE.finditer(text):
            name = _clean(m.group(1))
            words = name.split()
            if len(words) < 2 or name in _GENERIC:
                continue
            key = fold(name)
            if key in doc_names or key in org_names or key in held:
                continue
            window = text[max(0, m.start() - 120): m.end() + 60]
            if not PROPOSE.search(window):
                continue
            if key not in found:
                found[key] = Initiative(name, [], _proposer(ctx, idx, m.start()), ctx.evidence(sentence))
        for m in PLANNED_VISIT.finditer(text):
            name = _clean(m.group(0))
            key = fold(name)
            if key not in found:
                found[key] = Initiative(name, [], None, ctx.evidence(sentence))
    ctx.record.initiatives = list(found.values())


def _proposer(ctx: Context, idx: int, start: int) -> str | None:
    """The actor named as proposing: the subject of 'proposed' before the name, 'the
    Kazakh side', 'initiative of X'."""
    sentence = ctx.sentences[idx]
    text = sentence.text[:start]
    m = re.search(r"\binitiatives? of (?:the )?", text)
    refs: list[ActorRef] = [r for r in ctx.refs[idx] if r.end - sentence.start <= start]
    if m:
        after = [r for r in ctx.refs[idx] if r.start - sentence.start >= m.end()]
        if after:
            return _label(ctx, after[0])
    side = re.search(rf"\bthe ({U}[\w\-]+) side\b", text)
    if side:
        entry = ctx.lexicon.state(side.group(1))
        if entry:
            return entry.name
    verb = re.search(r"\b(?:proposed|put forward|suggested|initiated|called for|launched|announced|promoted)\b", text)
    if verb and refs:
        before = [r for r in refs if r.end - sentence.start <= verb.start()]
        if before:
            return _label(ctx, before[-1])
    return None


def _label(ctx: Context, ref: ActorRef) -> str | None:
    if ref.kind == "person":
        return ctx.label(f"person:{ref.key}")
    if ref.kind == "group":
        return None
    return ctx.label(ref.key)


def _clean(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip(" ,.;:–-")
    words = name.split()
    while words and words[0] in ("The", "the", "A", "An", "In", "On", "At", "During", "This", "Its", "His", "Her",
                                 "Their", "Our", "and", "of", "for", "on", "to", "with", "between"):
        words = words[1:]
    while words and words[-1] in ("and", "of", "the", "for", "on", "in", "to", "with", "between"):
        words = words[:-1]
    return " ".join(words)
