"""Initiatives (proposals, platforms, planned events) and documents (treaties,
declarations, memoranda), with who proposed an initiative."""
from __future__ import annotations

import re

from kg.cities import city
from kg.extract.context import ActorRef, Context
from kg.extract.phrases import named_phrase
from kg.extract.text import U
from kg.extract.tokens import STOP_CAPS
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


DOC_HEAD = re.compile(
    r"\b(?:Declaration|Agreements?|Memorandum(?: of (?:Understanding|Cooperation|Intent))?|Treaty|Convention|Charter|"
    r"Final Act|Act|Accords?|Protocol|Road ?[Mm]ap|Joint Statement|Statement|Communiqu[ée]|Resolution|"
    r"Plan of Action|Action Plan|Plan of (?=[A-Z])|Programme of Cooperation|Program of Cooperation|Concept|Compact|"
    r"Pact|Consensus|Code of Conduct|Joint Declaration)\b")
LOWER_DOC = re.compile(
    r"\b(?:an?|the)\s+((?:joint\s+)?(?:memorandum of understanding|memorandum of cooperation|agreement|"
    r"declaration|roadmap|road map|treaty|protocol|action plan|plan of action)\s+(?:on|between)\s+"
    r"[\w\-’' ]{3,80}?)(?=[,.;]|\s+(?:was|were|is|are|that|which|by|with|at|during|in the presence)\b)", re.I)
_WEAK_DOC = {"Statement", "Act", "Concept", "Resolution", "Agreement", "Agreements", "Memorandum", "Accord", "Accords",
             "Charter", "Protocol", "Convention", "Treaty", "Declaration"}


def documents_step(ctx: Context) -> None:
    """requires: sentences · assigns: record.documents"""
    docs: dict[str, Document] = {}
    for sentence in ctx.sentences:
        text = sentence.text
        found: list[str] = []
        for m in DOC_HEAD.finditer(text):
            # Titles of documents run long: "Joint Statement between the People's Republic of China and
            # the Federative Republic of Brazil on Deepening the Comprehensive Strategic Partnership".
            phrase = named_phrase(text, m.start(), m.end(), lower_left=False, left_and=True, max_right_words=24,
                                  is_place=lambda w: bool(ctx.lexicon.place(w) or ctx.lexicon.state(w))).text
            words = phrase.split()
            # "the Agreement", "This Agreement between ...": a reference, not a name.
            if len(words) < 2 or (words[0] in _WEAK_DOC and len(words) <= 2) or \
                    (phrase.startswith(m.group(0)) and m.group(0) in _WEAK_DOC and
                     not re.match(r"\s*(?:on|of|for)\s", text[m.end():])):
                continue
            found.append(phrase)
        found = [_with_tail(text, name) for name in found]
        found += [m.group(1) for m in LOWER_DOC.finditer(text)]
        found += _coordinated_documents(text)
        for name in found:
            name = _clean(name)
            if len(name.split()) < 2:
                continue
            key = fold(name)
            if any(key in k for k in docs):
                continue
            for k in [k for k in docs if k in key]:
                del docs[k]  # the fuller name wins
            docs[key] = Document(name, [], bool(re.search(r"\bsign", text, re.I)), ctx.evidence(sentence))
    ctx.record.documents = list(docs.values())


# "a Memorandum of Understanding to promote collaboration on energy, ... exchange was signed",
# "the first Memorandum of Understanding on energy issues, in view of": a named head, then a
# lower-case purpose that belongs to the document's name, up to a verb, a clause or a party.
_DOC_TAIL = re.compile(
    r"\s+(?P<tail>(?:on|to|for|concerning|regarding)\s+(?!the\b|behalf\b|its\b|their\b|his\b|her\b)[a-z][\w\-’']*"
    r"(?:(?:,\s+|\s+)(?!(?:was|were|is|are|has|have|had|signed|between|by|with|which|that|who|in|at|during|"
    r"as|within|under|from|until|after|before)\b)[a-z][\w\-’']*){0,18}?)"
    r"(?=\s*[.;:]|,\s+(?:in|at|during|which|who|as|and|signed|with|on)\b|\s+(?:was|were|is|are|has|have|had|signed|"
    r"between|by|with|which|that|in view|at|during|within|under|from)\b)")
# "declarations of intent on cultural cooperation and on the employment of relatives of
# diplomats": two documents, one head.
_COORDINATED_DOCS = re.compile(
    r"\b(?P<head>declarations? of intent|memorand(?:um|a|ums) of understanding|agreements?|protocols?)\s+"
    r"(?P<first>on\s+[\w\-’' ]{3,60}?)\s+and\s+(?P<second>on\s+[\w\-’' ]{3,60}?)(?=\s*[,.;–—)]|\s+(?:was|were|is|are)\b)",
    re.I)


def _with_tail(text: str, name: str) -> str:
    """The document's name with the lower-case purpose that follows it in ``text``."""
    at = text.find(name)
    if at < 0 or not name.split()[-1][:1].isupper():
        return name
    m = _DOC_TAIL.match(text, at + len(name))
    return f"{name} {m['tail']}" if m else name


def _coordinated_documents(text: str) -> list[str]:
    out = []
    for m in _COORDINATED_DOCS.finditer(text):
        head = m["head"].lower()
        singular = re.sub(r"^declarations", "declaration", re.sub(r"^memorand(?:a|ums)", "memorandum", head))
        singular = re.sub(r"^(agreement|protocol)s\b", r"\1", singular)
        out += [f"{singular} {m['first']}", f"{singular} {m['second']}"]
    return out


# Words that end a noun phrase of an initiative: verbs, time and plan markers.
_NP_STOP = re.compile(
    r"^(?:to|will|would|was|were|is|are|be|been|which|that|who|whose|scheduled|planned|slated|expected|later|"
    r"next|this|early|earlier|until|before|after|during|while|as|and(?= (?:the|to|discussed|noted|expressed|agreed))|"
    r"by|within|through|thanked|noted|said|stressed|expressed|agreed|discussed|welcomed|confirmed|"
    r"primarily|aimed|dedicated|designed|intended|jointly|together|with|from|since|tomorrow|yesterday|today)$")
_MONTH_OR_YEAR = re.compile(r"^(?:January|February|March|April|May|June|July|August|September|October|November|"
                            r"December|(?:19|20)\d\d|[0-9]+)$")
EVENT_HEAD = re.compile(
    r"\b(?:(?:the|a|an)\s+)?((?:(?:next|upcoming|forthcoming|first|second|third|fourth|fifth|informal|regular|"
    r"annual|joint|trilateral|ministerial|high-level|consultative|extraordinary|international|regional|"
    r"[A-Z][\w\-+’']*(?:[–—][A-Z][\w\-+’']*)*)\s+){0,6}(?:meeting|meetings|summit|session|round|conference|forum|event|"
    r"consultations|ministerial|congress|dialogue|Meeting|Summit|Session|Conference|Forum|Dialogue|Congress|"
    r"Consultations|Ministerial)\b)")
PLAN_CUE = re.compile(
    r"\b(?:to be held|will be held|scheduled|planned|upcoming|forthcoming|agreed to hold|agreed to convene|"
    r"proposed to hold|to hold|will host|to host|next|preparations? for|preparing|organization of|organizing|"
    r"looked forward to|look forward to|will take place|to take place|working on|would hold|will hold|"
    r"due to (?:take place|be held|open|start|begin))\b", re.I)
_PURPOSE = (r"(?:the\s+)?(?:creation of|establishment of|idea of|launch of|holding of|to create|to establish|"
            r"to set up|to launch|to hold|to organi[sz]e|to build|to develop|to implement|to use|to convene|"
            r"to introduce|establishing|creating|launching|holding|on the|on)")
PROPOSAL = re.compile(
    r"\b(?:proposed|proposes|put forward|puts forward|suggested|initiated|called for|advocated)(?!\s+by\b)\s+"
    rf"(?:{_PURPOSE}\s+)?"
    # "it was agreed to establish a permanent consultation system": a body or mechanism agreed on
    r"|\b(?:agreed|decided|resolved)\s+to\s+(?:establish|create|set up|launch|form)\s+(?:an?\s+|the\s+)?")
# "the initiative (put forward) by/of ACTOR to establish X": the purpose is required.
PROPOSAL_BY = re.compile(
    r"\b(?:initiatives?|proposal|project|idea)\s+(?:put forward\s+|advanced\s+)?(?:by|of)\s+[^,.;]{2,90}?\s+"
    rf"{_PURPOSE}\s+(?:an?\s+|the\s+)?")
WHICH_PROPOSED = re.compile(
    r"\b(?:the\s+)?((?:[A-Z][\w\-+]*\s+){1,6}(?:project|initiative|programme|program|plan|corridor|route|idea))"
    r",?\s+which\s+(?P<actor>(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})\s+(?:has\s+|had\s+)?"
    r"(?:proposed|initiated|put forward|suggested)")
PLANNED_VISIT_OF = re.compile(
    r"\b(?:upcoming|forthcoming|planned|future|expected|next|possible)\s+(?:\w+\s+){0,2}visit\s+of\s+")
STRONG_HEADS = re.compile(
    r"(?<![\w\-])((?:[A-Z][\w\-+’'.]*\s+|(?:and|of|for|on|the|in|–|-)\s+){0,8}?"
    r"(?:Initiative|Partnership|Framework|Program|Programme|Project|Corridor|Route|Platform|Gateway|Strategy|"
    r"Plan of Action|Programme of Action|Action Plan|Order|Quad|Fund|Mechanism|Pipeline|Year of [A-Z][\w’']*"
    r"(?: (?:and|of) [A-Z][\w’']*)*(?: \d{4})?)"
    r"(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w\-’']*(?:\s+(?:and|of|for|on|the|in)?\s*[A-Z0-9][\w\-–’']*)*)?)"
    r"(?![\w\-])(?!\s+[A-Z])")
_VISIT_PLAN = re.compile(r"\b(?:will|would|to|shall|plans? to|intends? to)\s+(?:also\s+)?(?:pay\s+(?:an?\s+)?(?:\w+\s+)?visit\s+to|"
                         r"visit|travel(?:\s+to)?)\s+", re.I)
_INVITED = re.compile(r"\b(?:invited|(?:extended|conveyed|handed over|passed on)\s+an?\s+(?:\w+\s+)?invitation\s+to)\s+(?P<who>[^,.;]{2,80}?)\s+to\s+(?:pay\s+(?:an?\s+)?(?:\w+\s+)?visit\s+to|visit)\s+", re.I)


# Cheap tests before the initiative patterns: a sentence with none of these has no plan,
# proposal or planned visit, and one without these head words names no programme.
# Formats and programmes named after their parties: "U.S.-Philippines Alliance", "U.S.-Pakistan
# Health Dialogue", "U.S.-Laos unexploded ordnance clearance program", "U.S. – Afghanistan –
# Uzbekistan – Pakistan Quad".
PAIR_FORMAT = re.compile(
    r"(?<![\w\-])((?:[A-Z][\w.]*(?:\s*[-–]\s*[A-Z][\w.]*)+)(?:\s+[A-Z][\w\-]*){0,3}\s+(?:Alliance|Dialogue|Partnership|"
    r"Strategic Partnership|Comprehensive Partnership|Quad|Format)"
    r"|(?:[A-Z][\w.]*\s*[-–]\s*[A-Z][\w.]*)\s+(?:[a-z][\w\-]*\s+){0,4}(?:program|programme|project|initiative|"
    r"partnership|dialogue|mechanism|working group|policy review|corridor|route))\b")
QUOTED_INITIATIVE = re.compile(
    r"[“\"](?P<name>[A-Z][^”\"]{2,80})[”\"]\s+(?:project|initiative|programme|program|plan|concept|strategy|format|agenda)")
_OFFICE_HEADS = {"Minister", "Director", "Secretary", "President", "Chairman", "Chairperson", "Ambassador", "Head",
                 "Deputy", "Speaker", "Envoy", "Representative", "Governor", "Administrator", "Commissioner"}
_INITIATIVE_CUES = re.compile(
    r"visit|travel|invit|propos|initiativ|project|idea|put forward|suggest|call|advocat|initiat|hold|held|schedul|"
    r"plan|upcoming|forthcoming|next|prepar|organi|look|take place|working on|will|would|to be|agreed to|decided to|"
    r"resolved to")
_STRONG_WORDS = re.compile(r"Initiative|Partnership|Framework|Program|Project|Corridor|Route|Platform|Gateway|"
                           r"Strategy|Plan|Action|Order|Quad|Fund|Mechanism|Pipeline|Year of|[“\"]")


def _noun_phrase(text: str, start: int, *, max_words: int = 14) -> str:
    """The noun phrase that starts at ``start``: words up to a verb, a time marker or
    punctuation; a comma continues it only inside a list of names."""
    words: list[str] = []
    lead = re.match(r"(?:\s*(?:in|at)\s+(?:[A-Z][\w\-]+|the\s+[a-z]+\s+(?:of\s+)?[a-z]+)\s*,?)+", text[start:])
    if lead:
        start += lead.end()
    pos = start
    for m in re.finditer(r"[\w\-+’'.]+|“[^”]{1,80}”|\"[^\"]{1,80}\"|[,;:()]", text[start:]):
        tok = m.group(0)
        if tok in (";", ":", "(", ")"):
            break
        if tok == ",":
            rest = text[start + m.end():].lstrip()
            if rest[:1].isupper() and words and words[-1][:1].isupper():
                words.append(",")
                continue
            break
        clean = tok.rstrip(".")
        if words and (_NP_STOP.match(clean) or _MONTH_OR_YEAR.match(clean)):
            break
        if words and clean == "for" and re.match(r"\s+[a-z]+ing\b", text[start + m.end():]):
            break  # "a consultation system for coordinating ...": the purpose, not the name
        words.append(clean)
        pos = m.end()
        if tok.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+|U\.S\.", tok):
            break
        if len(words) >= max_words:
            break
    _ = pos
    phrase = " ".join(words).replace(" ,", ",")
    return _clean(phrase)


def initiatives_step(ctx: Context) -> None:
    """requires: refs, documents, interactions · assigns: record.initiatives

    Four kinds: planned visits ("will pay a visit to", "invited ... to visit"), planned
    meetings and events ("agreed to hold the next round of ...", "... to be held in"),
    proposals ("proposed to launch ...", "the initiative ... to establish ..."), and
    named programmes ("U.S.-Mongolia Strategic Partnership").
    """
    found: dict[str, Initiative] = {}
    doc_names = {fold(d.name) for d in ctx.record.documents}
    held = {fold(i.name or "") for i in ctx.record.interactions if i.type == "multilateral"}
    org_forms = {fold(f) for o in ctx.record.organizations for f in (o.name, *o.aliases)}

    def add(name: str, proposer: str | None, sentence_idx: int, *, proposed: bool = False) -> None:
        name = _clean(name)
        if not _specific(name):
            return  # "greater cooperation", "that the Conference ...": not a named initiative
        key = fold(name)
        if proposed and key in org_forms:
            # "proposed the creation of an OSCE Thematic Center": a proposal, not (yet) a body.
            ctx.record.organizations = [o for o in ctx.record.organizations
                                        if fold(o.name) != key or ctx.lexicon.organization(o.name)]
            org_forms.discard(key)
        if len(name.split()) < 2 or key in held or key in org_forms or \
                any(key in d or d in key for d in doc_names):
            return
        if any(w in _OFFICE_HEADS for w in name.split()):
            return  # "Director General of the Kuwait Fund ...": an office, not an initiative
        if any(key in k or k in key for k in found):
            return
        found[key] = Initiative(name, [], proposer, ctx.evidence(ctx.sentences[sentence_idx]))

    for idx, sentence in enumerate(ctx.sentences):
        text = sentence.text
        if not _INITIATIVE_CUES.search(text.lower()):
            for m in STRONG_HEADS.finditer(text) if _STRONG_WORDS.search(text) else ():
                name, owner = _possessor(ctx, m.group(1))
                add(name, owner, idx)
            for m in PAIR_FORMAT.finditer(text) if "-" in text or "–" in text else ():
                if _names_two_states(ctx, m.group(1)):
                    add(m.group(1), None, idx, proposed=True)
            for name in _named_policies(ctx, text):
                add(name, None, idx)
            continue
        # Planned visits.
        invitations = list(_INVITED.finditer(text))
        for m in _VISIT_PLAN.finditer(text):
            if any(i.start() <= m.start() < i.end() for i in invitations):
                continue  # "invited X to visit Y": X's visit, below
            # The sentence's subject travels, not a companion named in an aside
            # ("Zeya, accompanied by Special Advisor Minkara, will visit ...").
            visitor = _first_person(ctx, idx, m.start()) or _nearest_person(ctx, idx, m.start())
            dest = _destination(ctx, sentence, m.end())
            noun = "travel" if "travel" in m.group(0).lower() else "visit"
            if visitor and dest:
                add(f"{noun} of {visitor} to {dest}", None, idx)
        for m in invitations:
            guest = _person_in(ctx, idx, m.start("who"), m.end("who")) or m.group("who")
            colleague = re.fullmatch(r"(?:his|her|their) (?:(?P<adj>[A-Z][\w\-]+) )?(?:counterparts?|colleagues?)",
                                     m.group("who"))
            if colleague:
                host = _nearest_person(ctx, idx, m.start())
                state = ctx.lexicon.state(colleague.group("adj") or "")
                named = [p.name for p in ctx.persons.values()
                         if state and p.state == f"state:{state.code}" and p.name != host]
                pair = _last_pair(ctx, sentence.end, with_person=host)
                # Of the named state, else the other person of the inviter's last meeting or call.
                guest = named[0] if named else (next((p for p in pair if p != host), guest) if pair else guest)
            dest = _destination(ctx, sentence, m.end())
            if dest:
                add(f"visit of {guest} to {dest}", _proposer(ctx, idx, m.start()), idx)
        for m in PLANNED_VISIT_OF.finditer(text):
            guest = _person_in(ctx, idx, m.end(), m.end() + 90)
            to = re.search(r"\bto\s+(?:the\s+)?", text[m.end(): m.end() + 120])
            if guest and to:
                dest = _noun_phrase(text, m.end() + to.end(), max_words=6)
                if dest[:1].isupper():
                    add(f"visit of {guest} to {dest}", None, idx)
        for m in _MEET_PLAN.finditer(text):
            first = _nearest_person(ctx, idx, m.start())
            second = _person_in(ctx, idx, m.end(), m.end() + 100)
            if first is None or second is None:
                pair = _last_pair(ctx, sentence.start)
                if first is None and second is None and pair:
                    first, second = pair
                elif pair and first is None:
                    first = next((p for p in pair if p != second), None)
            if first and second and first != second:
                where = re.match(r"(?:\s+again)?\s+in\s+([A-Z][\w\-]+)", text[m.end():])
                add(f"next meeting of {first} and {second}" + (f" in {where.group(1)}" if where else ""), None, idx)
        # Proposals.
        for m in PROPOSAL_BY.finditer(text):
            add(_noun_phrase(text, m.end()), _by_actor(ctx, idx, m), idx, proposed=True)
        for m in PROPOSAL.finditer(text):
            add(_noun_phrase(text, m.end()), _proposer(ctx, idx, m.start() + 1), idx, proposed=True)
        for m in WHICH_PROPOSED.finditer(text):
            actor = m.group("actor")
            entry = ctx.lexicon.state(actor)
            add(m.group(1), entry.name if entry else actor, idx)
        # Planned meetings and events.
        if PLAN_CUE.search(text):
            for m in EVENT_HEAD.finditer(text):
                window = text[max(0, m.start() - 60): m.end() + 80]
                if not PLAN_CUE.search(window):
                    continue
                head_end = m.end()
                rest = text[head_end:]
                tail = re.match(r"(?:\s+(?:of|on|between|in|with|for)\s+)", rest)
                phrase = m.group(1)
                if tail:
                    phrase = phrase + tail.group(0) + _noun_phrase(text, head_end + tail.end())
                # "an event on oil scheduled for 17 December": short, but the schedule names it.
                scheduled = tail is not None and re.match(
                    r"\s*,?\s*(?:which\s+is\s+|that\s+is\s+)?(?:scheduled|to be held|planned|due to)\b",
                    text[head_end + tail.end() + len(_noun_phrase(text, head_end + tail.end())):])
                specific = any(w[:1].isupper() for w in phrase.split()[1:]) or phrase[:1].isupper() \
                    or (tail is not None and len(_clean(phrase).split()) >= 5) or bool(scheduled)
                if re.match(r"\s*,?\s*(?:which\s+was\s+|that\s+was\s+)?(?:held|took\s+place|convened)\b", rest):
                    continue  # "a follow-up to the second Russia–Africa Summit held in July": it took place
                if specific:
                    proposer = None
                    if re.search(r"\b(?:[Ww]e|[Oo]ur)\b", text) and ctx.home_state:
                        proposer = ctx.label(f"state:{ctx.home_state}")
                    add(phrase, proposer, idx)
        for m in QUOTED_INITIATIVE.finditer(text):
            by = re.search(r"\b(?:presented|proposed|put forward|advanced|initiated|launched)\s+by\s+", text[m.end():m.end() + 40])
            proposer = None
            if by:
                refs = [r for r in ctx.refs[idx] if r.start - sentence.start >= m.end() + by.end()]
                proposer = _label(ctx, refs[0]) if refs else None
            add(m.group("name"), proposer, idx)
        for m in PAIR_FORMAT.finditer(text):
            if _names_two_states(ctx, m.group(1)):
                add(m.group(1), None, idx, proposed=True)
        # Named programmes; "NASA’s Artemis Program" is NASA's.
        for m in STRONG_HEADS.finditer(text):
            name, owner = _possessor(ctx, m.group(1))
            add(name, owner, idx)
        for name in _named_policies(ctx, text):
            add(name, None, idx)
    ctx.record.initiatives = list(found.values())


# "the Northern Dimension policy", "the Eastern Partnership programme": a name, then a lower-case
# head that says it is a policy or programme.
_NAMED_POLICY = re.compile(r"\b((?:[A-Z][\w\-’']+\s+){1,4})(policy|programme|program|initiative|process|agenda)\b")


def _named_policies(ctx: Context, text: str) -> list[str]:
    out = []
    for m in _NAMED_POLICY.finditer(text):
        words = m.group(1).split()
        if words[0] in STOP_CAPS or m.start() == 0:
            continue  # "The programme", a sentence's first word
        if all(ctx.lexicon.state(w) or ctx.lexicon.organization(w) for w in words) or \
                ctx.lexicon.state(" ".join(words)) or ctx.lexicon.organization(" ".join(words)):
            continue  # "Chinese policy", "EU policy": whose policy, not which
        if any(w in (p.surname for p in ctx.persons.values()) for w in words):
            continue
        out.append(f"{' '.join(words)} {m.group(2)}")
    return out


# Agreed or expected meetings of two people ("the ministers agreed to meet again in Moscow");
# a trip's list of "will meet with" appointments belongs to the trip.
_MEET_PLAN = re.compile(r"\b(?:agreed|expected|planning|plans?|planned|decided|intend|intends)\s+to\s+(?:meet|hold talks|"
                        r"hold a meeting)(?:\s+again)?(?:\s+with)?\b|\bwill\s+meet\s+again\b")


def _last_pair(ctx: Context, before: int, *, with_person: str | None = None) -> tuple[str, str] | None:
    """The two people of the last meeting or call reported before offset ``before``
    (one of them ``with_person`` when given)."""
    for it in reversed(ctx.record.interactions):
        if it.type in ("meeting", "call") and it.evidence and it.evidence.start < before and \
                len(it.participants) == 2 and (with_person is None or with_person in it.participants):
            return it.participants[0], it.participants[1]
    return None


def _names_two_states(ctx: Context, phrase: str) -> bool:
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


def _destination(ctx: Context, sentence: object, pos: int) -> str | None:
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
            return text[mention.start:end]
    phrase = _noun_phrase(sentence.text, pos, max_words=3)  # type: ignore[attr-defined]
    return phrase if phrase[:1].isupper() else None


def _possessor(ctx: Context, phrase: str) -> tuple[str, str | None]:
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


def _first_person(ctx: Context, idx: int, pos: int) -> str | None:
    sentence = ctx.sentences[idx]
    before = [r for r in ctx.refs[idx] if r.end - sentence.start <= pos and r.kind == "person"]
    return _label(ctx, before[0]) if before else None


def _nearest_person(ctx: Context, idx: int, pos: int) -> str | None:
    sentence = ctx.sentences[idx]
    before = [r for r in ctx.refs[idx] if r.end - sentence.start <= pos and r.kind == "person"]
    if before:
        return _label(ctx, before[-1])
    return None


def _person_in(ctx: Context, idx: int, start: int, end: int) -> str | None:
    sentence = ctx.sentences[idx]
    for r in ctx.refs[idx]:
        if r.kind == "person" and start <= r.start - sentence.start < end:
            return _label(ctx, r)
    return None


def _by_actor(ctx: Context, idx: int, m: re.Match[str]) -> str | None:
    """'the initiative put forward by the President of Turkmenistan' → that person;
    'the project of the Emirati company Masdar' → Masdar."""
    sentence = ctx.sentences[idx]
    inner = re.search(r"\b(?:by|of)\s+", m.group(0))
    if not inner:
        return None
    start = m.start() + inner.end()
    refs = [r for r in ctx.refs[idx] if start <= r.start - sentence.start < m.end()]
    if refs:
        return _label(ctx, refs[0])
    side = re.search(rf"\b({U}[\w\-]+) (?:side|company|government)\s+({U}[\w\-]+)?", m.group(0))
    if side and side.group(2):
        return side.group(2)
    if side:
        entry = ctx.lexicon.state(side.group(1))
        return entry.name if entry else None
    return None


def _proposer(ctx: Context, idx: int, pos: int) -> str | None:
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
    if refs:
        return _label(ctx, refs[-1])
    if re.search(r"\b(?:[Ww]e|[Oo]ur)\b", sentence.text) and ctx.home_state:
        entry = ctx.lexicon.states.get(ctx.home_state)
        return entry.name if entry else None
    return None


def _label(ctx: Context, ref: ActorRef) -> str | None:
    if ref.kind == "person":
        return ctx.label(f"person:{ref.key}")
    if ref.kind == "group":
        return None
    return ctx.label(ref.key)


# Nouns that make a lower-case phrase an initiative rather than a wish ("greater cooperation").
INITIATIVE_NOUNS = {
    "platform", "center", "centre", "corridor", "program", "programme", "project", "conference", "forum",
    "meeting", "summit", "session", "round", "consultations", "mechanism", "fund", "initiative", "plan", "agency",
    "hub", "zone", "route", "flights", "event", "visit", "dialogue", "council", "commission", "office",
    "network", "partnership", "strategy", "road", "railway", "pipeline", "plant", "transformation", "creation",
    "establishment", "organization", "studies", "study", "investigation", "review", "group", "alliance",
    "system", "committee", "force", "secretariat", "facility", "board", "panel", "framework", "format",
}


def _specific(name: str) -> bool:
    words = name.split()
    if not words or words[0].lower() in ("that", "whether", "which", "how", "what", "all", "more", "greater",
                                         "further", "continued", "continuing", "increased"):
        return False
    if any(w[:1].isupper() for w in words):
        return True
    return any(w.lower().strip(",.") in INITIATIVE_NOUNS for w in words)


def _clean(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip(" ,.;:–-")
    words = name.split()
    while words and words[0] in ("Through", "With", "Under", "Via", "By", "From", "Within", "Including", "in", "through",
                                 "The", "the", "A", "An", "a", "an", "In", "On", "At", "During", "This", "Its", "His", "Her",
                                 "Their", "Our", "and", "of", "for", "on", "to", "with", "between"):
        words = words[1:]
    while words and words[-1] in ("and", "of", "the", "for", "on", "in", "to", "with", "between"):
        words = words[:-1]
    return " ".join(words)
