"""Initiatives (proposals, platforms, planned events and visits), with who proposed them."""
from __future__ import annotations

import re

from kg.cities import city
from kg.extract.candidacies import STEMS as BID_STEMS, bids
from kg.extract.headwords import strong_heads
from kg.extract.context import Context
from kg.extract.invitations import invited_visits, inviter_after, visits_own_state
from kg.extract.phrases import clean_name, noun_phrase, without_date
from kg.extract.plans import covered, planned_initiatives
from kg.extract.projects import listed_items, named_policies, named_projects
from kg.extract.proposers import (
    INVITED_BY, by_actor, destination, first_person, label_of, last_pair, names_two_states, nearest_person, person_in,
    proposer_of, stated_owner,
)
from kg.extract.scanning import Alternatives
from kg.extract.text import may_match, stem_text
from kg.lexicon import fold
from kg.records import Initiative

EVENT_HEAD = re.compile(
    r"\b(?:(?:the|a|an)\s+)?((?:(?:next|upcoming|forthcoming|first|second|third|fourth|fifth|informal|regular|"
    r"\d+(?:st|nd|rd|th)|ordinary|annual|joint|trilateral|ministerial|high-level|consultative|extraordinary|international|regional|"
    r"[A-Z][\w\-+’']*(?:[–—][A-Z][\w\-+’']*)*|(?:de|da|do|del|es|of)(?=\s+[A-Z])|and(?=\s+Government\b))\s+){0,6}(?:meeting|meetings|summit|session|round|conference|forum|event|"
    r"consultations|ministerial|congress|dialogue|Meeting|Summit|Session|Conference|Forum|Dialogue|Congress|"
    r"Consultations|Ministerial|World Cup)\b)")
PLAN_CUE = re.compile(
    r"\b(?:to be held|will be held|scheduled|planned|upcoming|forthcoming|agreed to hold|agreed to convene|"
    r"proposed to hold|to hold|will host|to host|next|preparations? for|preparing|organization of|organizing|"
    r"looked forward to|look forward to|will take place|to take place|working on|would hold|will hold|"
    r"due to (?:take place|be held|open|start|begin)|will co-host|to co-host)\b", re.I)
_PLAN_CUES = Alternatives(PLAN_CUE)  # (a sentence's scan tries only the cues whose words it holds)
_PURPOSE = (r"(?:the\s+)?(?:(?:early\s+)?convening of|creation of|establishment of|formation of|setting up of|idea of|launch of|"
            r"holding of|to create|to establish|"
            r"to set up|to launch|to hold|to organi[sz]e|to build|to develop|to implement|to use|to convene|"
            r"to resume|to open|to form|resumption of|"
            r"to introduce|establishing|creating|launching|holding|on the|on)")
PROPOSAL = re.compile(
    # "proposed that the two sides set up a bilateral working group": what the others should do
    r"\b(?:proposed|proposes|suggested|will propose|would propose)\s+that\s+(?:[\w\-’'.]+\s+){1,8}?"
    r"(?:develop|organi[sz]e|establish|set up|create|launch|hold|convene|build|open|resume|form|adopt)\s+"
    r"(?:an?\s+|the\s+)?"
    r"|\b(?:proposed|proposes|put forward|puts forward|suggested|initiated|called for|advocated)(?!\s+(?:by|that)\b)\s+"
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
# "the natural gas hub in Türkiye that Putin proposed to establish last year": a thing named by
# its kind, the one who proposed it after.
_THAT_PROPOSED = re.compile(
    r"\bthe\s+((?:[\w\-]+\s+){0,5}?(?:hub|centre|center|corridor|route|mechanism|fund|platform)(?:\s+in\s+[A-Z][\w\-]+)?)"
    r"\s+that\s+(?P<actor>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})\s+(?:has\s+|had\s+)?(?:proposed|initiated|put forward|suggested)\b")
_POSSESSIVE_PLAN = re.compile(
    r"(?P<who>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,4})(?:’s|'s)\s+(?:upcoming|forthcoming|planned|future|expected|"
    r"next|possible)\s+(?:[\w\-]+\s+){0,2}visit\s+to\s+"
    r"|\blook(?:ed|s|ing)? forward to (?P<welcome>welcoming|receiving|hosting)\s+(?P<who2>[^,.;]{2,80}?)\s+(?:in|to)\s+")
_WHEN_WORD = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                        r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Next|This|Later)\b")
_OWN_INITIATIVE = re.compile(
    rf"\b(?P<owner>[A-Z][\w\-]+)(?P<s>’s|'s)?\s+(?:initiative|proposal|idea)\s+{_PURPOSE}\s+(?:an?\s+|the\s+)?")
# "development projects under way in South Sudan, including the Wau multi-purpose dam and the solar
# power stations in Juba", "infrastructure projects such as the Lima Metro Line 2": each one named.
_PROJECTS_SUCH_AS = re.compile(r"\b(?:projects|programmes|programs|initiatives)\b[^.;:]{0,60}?,?\s+"
                               r"(?:such as|including|notably|in particular)\s+(?:the\s+)?")
PLANNED_VISIT_OF = re.compile(
    r"\b(?:upcoming|forthcoming|planned|future|expected|next|possible)\s+(?:\w+\s+){0,2}visit\s+of\s+")
_VISIT_PLAN = re.compile(r"\b(?:will|would|to|shall|plans? to|intends? to)\s+(?:also\s+)?(?:pay\s+(?:an?\s+)?(?:\w+\s+)?visit\s+to|"
                         r"visit|travel(?:\s+to)?)\s+", re.I)
# "invited Minister X to take part in the Astana International Forum": an event to come.
_INVITED_TO_EVENT = re.compile(r"\binvit(?:ed|es|ing)\b[^.;]{0,100}?\bto\s+(?:take part|participate|attend|join)\b"
                               r"(?:\s+in)?\s+(?:the\s+)?(?:[\w\-’']+\s+){0,8}$")


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
    r"resolved to|bid|candida|accession|application|joining|to join|such as|including|notably|in particular")
# Words every match of PROPOSAL, PROPOSAL_BY and of PLAN_CUE holds (the last lower-cased).
_PROPOSAL_STEMS = ("propos", "forward", "suggested", "initiated", "called", "advocated", "agreed", "decided",
                   "resolved")
_PROPOSAL_BY_STEMS = ("initiative", "proposal", "project", "idea")
_PLAN_CUE_STEMS = ("held", "schedul", "planned", "upcoming", "forthcoming", "hold", "convene", "host", "next",
                   "prepar", "organiz", "forward", "place", "working", "due")
# An alternation of plain strings, read without flags: whether it finds anything is whether one
# of its strings is ``in`` the text, which ``may_match`` tells several times faster than a scan.
_CUE_WORDS = tuple(_INITIATIVE_CUES.pattern.split("|"))
assert _INITIATIVE_CUES.flags == re.UNICODE and \
    all(re.escape(w).replace("\\ ", " ") == w for w in _CUE_WORDS), "plain strings only"
# What every match of _POSSESSIVE_PLAN and of _OWN_INITIATIVE holds (both read case-sensitively).
_POSSESSIVE_PLAN_STEMS = ("visit", "forward to")
_OWN_INITIATIVE_STEMS = ("initiative", "proposal", "idea")
# What every match of PAIR_FORMAT holds (it reads case-sensitively): a hyphen or dash, and a head
# ("Strategic Partnership" holds "Partnership", "programme" "program"). Many sentences hold a
# hyphen ("COVID-19", "high-level"); few of those a head.
_PAIR_HEADS = ("Alliance", "Dialogue", "Partnership", "Quad", "Format", "program", "project", "initiative",
               "partnership", "dialogue", "mechanism", "working group", "policy review", "corridor", "route")


def _may_pair(text: str) -> bool:
    return ("-" in text or "–" in text) and may_match(text, _PAIR_HEADS)


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

    def add(name: str, proposer: str | None, sentence_idx: int, *, proposed: bool = False,
            aliases: list[str] | None = None) -> None:
        name = _tidy(clean_name(_LEAD_VERB.sub("", name)))
        if _EVENT_WORD.search(name):
            name = _without_venue(ctx, without_date(name))
        name = _BETWEEN_THE_TWO.sub("", name)  # ("a teacher exchange programme between the two countries")
        if not _specific(name) or re.fullmatch(r"[A-Z][\w\-]+(?:’s|'s) (?:initiative|proposal|idea)", name):
            return  # "greater cooperation", "that the Conference ...": not a named initiative
        key = fold(name)
        if proposed and key in org_forms:
            # "proposed the creation of an OSCE Thematic Center": a proposal, not (yet) a body.
            ctx.record.organizations = [o for o in ctx.record.organizations
                                        if fold(o.name) != key or ctx.lexicon.organization(o.name)]
            org_forms.discard(key)
        if len(name.split()) < 2 or key in held or any(key.startswith(h + " in ") for h in held if h) or key in org_forms or \
                any(key in d or d in key for d in doc_names):
            return
        if any(w in _OFFICE_HEADS for w in name.split()):
            return  # "Director General of the Kuwait Fund ...": an office, not an initiative
        if any(key in k or k in key for k in found) or visits_own_state(ctx, name):
            return
        proposer = proposer or stated_owner(ctx, sentence_idx, name)
        found[key] = Initiative(name, list(aliases or []), proposer, ctx.evidence(ctx.sentences[sentence_idx]))

    for idx, sentence in enumerate(ctx.sentences):
        text = sentence.text
        if not may_match(text.lower(), _CUE_WORDS):
            for name, owner in strong_heads(ctx, text):
                add(name, owner, idx)
            for m in PAIR_FORMAT.finditer(text) if _may_pair(text) else ():
                if names_two_states(ctx, m.group(1)):
                    add(m.group(1), None, idx, proposed=True)
            for name, owner, aliases in named_policies(ctx, text):
                add(name, owner, idx, aliases=aliases)
            for name in named_projects(text):
                add(name, None, idx)
            continue
        # Each pattern below runs only where a word it needs is there (``may_match``).
        lowered = stem_text(text)
        # Planned visits.
        invitations = invited_visits(ctx, idx, add) if may_match(lowered, ("invit",)) else []
        for m in _VISIT_PLAN.finditer(text) if may_match(lowered, ("visit", "travel")) else ():
            if any(a <= m.start() for a, _ in invitations):
                continue  # "invited X to visit Y", "invited X to return ... to visit Z": X's visit, above
            # The sentence's subject travels, not a companion named in an aside
            # ("Zeya, accompanied by Special Advisor Minkara, will visit ...").
            visitor = first_person(ctx, idx, m.start()) or nearest_person(ctx, idx, m.start())
            dest = destination(ctx, sentence, m.end())
            noun = "travel" if "travel" in m.group(0).lower() else "visit"
            host = INVITED_BY.match(text)  # ("At the invitation of President X, ...": X proposed it)
            if visitor and dest:
                add(f"{noun} of {visitor} to {dest}", person_in(ctx, idx, host.start("host"), host.end("host")) if host else None, idx)
        for m in _POSSESSIVE_PLAN.finditer(text) if may_match(text, _POSSESSIVE_PLAN_STEMS) else ():
            # "President X's upcoming visit to Türkiye", "looked forward to welcoming X in Baku"
            who = "who" if m["who"] else "who2"
            guest = person_in(ctx, idx, m.start(who), m.end(who))
            dest = destination(ctx, sentence, m.end())
            entry = ctx.lexicon.place(dest) if dest and m["welcome"] else None
            if entry is not None:
                dest = ctx.label(f"state:{entry.code}")
            if guest and dest and not _WHEN_WORD.match(dest):  # (not "visit to July")
                add(f"visit of {guest} to {dest}", None, idx)
        for m in _OWN_INITIATIVE.finditer(text) if may_match(text, _OWN_INITIATIVE_STEMS) else ():
            # "Azerbaijan's initiative to establish a regional platform", "the Brazilian proposal to
            # resume ...": the state's proposal
            owner = ctx.lexicon.state(m["owner"])
            if owner is None and not m["s"]:
                continue  # "The proposal to ...": whose, the sentence does not say here
            add(noun_phrase(text, m.end()), ctx.label(f"state:{owner.code}") if owner else m["owner"], idx, proposed=True)
        for bid in bids(text) if may_match(lowered, BID_STEMS) else ():
            owner = ctx.lexicon.state(bid.owner or "")
            add(bid.name, ctx.label(f"state:{owner.code}") if owner else None, idx)
        for m in _PROJECTS_SUCH_AS.finditer(text) if may_match(lowered, ("such as", "including", "notably", "particular")) else ():
            for item in listed_items(text, m.end()):
                if not any(p.surname in item.split() for p in ctx.persons.values()):
                    add(item, None, idx)  # (not "experts ..., including Min Mitchell")
        for m in PLANNED_VISIT_OF.finditer(text) if "visit" in text else ():
            guest = person_in(ctx, idx, m.end(), m.end() + 90)
            to = re.search(r"\bto\s+(?:the\s+)?", text[m.end(): m.end() + 120])
            if guest and to:
                dest = noun_phrase(text, m.end() + to.end(), max_words=6)
                if dest[:1].isupper():
                    add(f"visit of {guest} to {dest}", inviter_after(ctx, idx, m.end() + to.end() + len(dest)), idx)
        for m in _MEET_PLAN.finditer(text) if may_match(text, ("meet", "hold")) else ():
            first = nearest_person(ctx, idx, m.start())
            second = person_in(ctx, idx, m.end(), m.end() + 100)
            if first is None or second is None:
                pair = last_pair(ctx, sentence.start)
                if first is None and second is None and pair:
                    first, second = pair
                elif pair and first is None:
                    first = next((p for p in pair if p != second), None)
            if first and second and first != second:
                where = re.match(r"(?:\s+again)?\s+in\s+([A-Z][\w\-]+)", text[m.end():])
                add(f"next meeting of {first} and {second}" + (f" in {where.group(1)}" if where else ""), None, idx)
        # Proposals.
        for m in PROPOSAL_BY.finditer(text) if may_match(text, _PROPOSAL_BY_STEMS) else ():
            add(noun_phrase(text, m.end()), by_actor(ctx, idx, m), idx, proposed=True)
        for m in PROPOSAL.finditer(text) if may_match(text, _PROPOSAL_STEMS) else ():
            add(noun_phrase(text, m.end()), proposer_of(ctx, idx, m.start() + 1), idx, proposed=True)
        for m in [*(WHICH_PROPOSED.finditer(text) if "which" in text else ()),
                  *(_THAT_PROPOSED.finditer(text) if "propos" in text else ())]:
            actor = m.group("actor")
            entry = ctx.lexicon.state(actor)
            named = next((p.name for p in ctx.persons.values() if actor in (p.name, p.surname)), None)
            add(m.group(1), entry.name if entry else named or actor, idx)
        # Planned meetings and events.
        if (may_match(lowered, _PLAN_CUE_STEMS) and _PLAN_CUES.search(text, lowered)) or "invit" in text:
            for m in EVENT_HEAD.finditer(text):
                window = text[max(0, m.start() - 60): m.end() + 80]
                if not PLAN_CUE.search(window) and not _INVITED_TO_EVENT.search(text[max(0, m.start() - 160): m.start()]):
                    continue
                head_end = m.end()
                rest = text[head_end:]
                tail = re.match(r"(?:\s+(?:of|on|between|in|with|for)\s+)", rest)
                phrase = m.group(1)
                if tail:
                    # "the Kyrgyz-Hungarian Commission" keeps its article (not "the two sides")
                    article = "the " if re.match(r"the [A-Z]", text[head_end + tail.end():]) else ""
                    phrase = _without_venue(ctx, phrase + tail.group(0) + article + noun_phrase(text, head_end + tail.end()))
                # "an event on oil scheduled for 17 December": short, but the schedule names it.
                scheduled = tail is not None and re.match(
                    r"\s*,?\s*(?:which\s+is\s+|that\s+is\s+)?(?:scheduled|to be held|planned|due to)\b",
                    text[head_end + tail.end() + len(noun_phrase(text, head_end + tail.end())):])
                specific = any(w[:1].isupper() for w in phrase.split()[1:]) or phrase[:1].isupper() \
                    or (tail is not None and len(clean_name(phrase).split()) >= 5) or bool(scheduled)
                if re.match(r"\s*,?\s*(?:which\s+was\s+|that\s+was\s+)?(?:held|took\s+place|convened)\b", rest):
                    continue  # "a follow-up to the second Russia–Africa Summit held in July": it took place
                if specific:
                    proposer = None
                    if re.search(r"\b(?:[Ww]e|[Oo]ur)\b", text) and ctx.home_state:
                        proposer = ctx.label(f"state:{ctx.home_state}")
                    add(phrase, proposer, idx)
        for m in QUOTED_INITIATIVE.finditer(text) if may_match(text, ("“", '"')) else ():
            by = re.search(r"\b(?:presented|proposed|put forward|advanced|initiated|launched)\s+by\s+", text[m.end():m.end() + 40])
            proposer = None
            if by:
                refs = [r for r in ctx.refs[idx] if r.start - sentence.start >= m.end() + by.end()]
                proposer = label_of(ctx, refs[0]) if refs else None
            add(m.group("name"), proposer, idx)
        for m in PAIR_FORMAT.finditer(text) if _may_pair(text) else ():
            if names_two_states(ctx, m.group(1)):
                add(m.group(1), None, idx, proposed=True)
        # Named programmes; "NASA’s Artemis Program" is NASA's.
        for name, owner in strong_heads(ctx, text):
            add(name, owner, idx)
        for name, owner, aliases in named_policies(ctx, text):
            add(name, owner, idx, aliases=aliases)
        for name in named_projects(text):
            add(name, None, idx)
    for name, idx in planned_initiatives(ctx):
        if not covered(name, list(found)):
            # ("the visit of X to Ankara, at the invitation of the Turkish President")
            invited = re.search(r",?\s+(?:at|upon|on) the invitation of\s+", ctx.sentences[idx].text)
            add(name, person_in(ctx, idx, invited.end(), invited.end() + 80) if invited and name.startswith("visit")
                else None, idx)
    ctx.record.initiatives = list(found.values())


# Agreed or expected meetings of two people ("the ministers agreed to meet again in Moscow");
# a trip's list of "will meet with" appointments belongs to the trip.
_MEET_PLAN = re.compile(r"\b(?:agreed|expected|planning|plans?|planned|decided|intend|intends)\s+to\s+(?:meet|hold talks|"
                        r"hold a meeting)(?:\s+again)?(?:\s+with)?\b|\bwill\s+meet\s+again\b")


# Nouns that make a lower-case phrase an initiative rather than a wish ("greater cooperation").
INITIATIVE_NOUNS = {
    "platform", "center", "centre", "corridor", "program", "programme", "project", "conference", "forum",
    "meeting", "summit", "session", "round", "consultations", "mechanism", "fund", "initiative", "plan", "agency",
    "hub", "zone", "route", "flights", "event", "visit", "dialogue", "council", "commission", "office",
    "network", "partnership", "strategy", "road", "railway", "pipeline", "plant", "transformation", "creation",
    "establishment", "organization", "studies", "study", "investigation", "review", "group", "alliance",
    "system", "committee", "force", "secretariat", "facility", "board", "panel", "framework", "format",
}


def _tidy(name: str) -> str:
    """An initiative's name without what a sentence wrapped around it: "the meeting on preparations
    for CHOGM 2024" is CHOGM 2024; "the Union's Agenda 2063", its owner's word; "... should", a
    verb; "... consultations and ways of strengthening relations", a second topic."""
    prepared = re.search(r"\bpreparations?\s+for\s+(?:the\s+)?(?=[A-Z0-9])", name)
    last = name[prepared.end():].split()[-1] if prepared else ""
    if last[:1].isupper() or last.isdigit():
        name = name[prepared.end():]
    name = re.sub(r"^(?!(?:President|Secretary|King|Queen|Emir|Chairman)\W)[A-Z][\w\-]*(?:’s|'s)\s+(?=[A-Z])", "", name)
    name = re.sub(r"\s+(?:should|would|will|must|could|can|may|shall)$", "", name)
    return re.sub(r"\s+and\s+(?:ways|means|prospects|possibilities|opportunities)\b.*$", "", name)


def _specific(name: str) -> bool:
    words = name.split()
    if not words or words[0].lower() in ("that", "whether", "which", "how", "what", "all", "more", "greater",
                                         "further", "continued", "continuing", "increased") and \
            not (words[0] == "Greater" and all(w[:1].isupper() for w in words)):  # ("Greater Malé Connectivity Project")
        return False
    if any(w[:1].isupper() for w in words):
        return True
    return any(w.lower().strip(",.") in INITIATIVE_NOUNS for w in words)


# "proposed to resume direct flights": the thing proposed, not the act of proposing it.
_LEAD_VERB = re.compile(r"^(?:to\s+)?(?:resume|establish|create|set up|open|launch|hold|convene|organi[sz]e|build|develop)"
                        r"\s+(?:(?:an?|the)\s+)?(?=\S)")
# Names of events (meetings, forums, visits), which have a venue and a time; a facility keeps
# its place ("a Kazakhstan trade house in Ulaanbaatar").
_EVENT_WORD = re.compile(r"(?i)\b(?:meeting|forum|summit|session|conference|dialogue|consultations|visit|round|"
                         r"talks|exhibition|festival|days|week|seminar|congress)\b")
# "on the sidelines of the Summit", "in the second half (first quarter) of 2025": when and where, not what.
_WHEN_WHERE_TAIL = re.compile(r"\s+(?:(?:on|at) (?:the )?(?:sidelines|margins)(?: of\b.*)?$|in the (?:first|second|third|fourth|last) "
                              r"(?:half|quarter)\b.*|"
                              r"(?:later |early |by the end of )?(?:this|next) (?:year|month|autumn|spring|summer|winter)$)")


_BETWEEN_THE_TWO = re.compile(r"\s+between the two (?:countries|sides|nations|states)$")


def _without_venue(ctx: Context, name: str) -> str:
    """"Intergovernmental Commission on Economic Cooperation in Bishkek in autumn", "... in Rio de
    Janeiro", "... to the Russian Federation on 17-18": the event, not where or when it will meet."""
    name = _WHEN_WHERE_TAIL.sub("", name)
    while True:
        m = re.search(r"\s+(?:in\s+(?:(?P<when>(?:early |late |mid-)?(?:autumn|spring|summer|winter|fall|January|February|"
                      r"March|April|May|June|July|August|September|October|November|December|\d{4}))|"
                      r"(?P<where>[A-Z][\w\-]+(?:\s+(?:(?:de|da|do|del|de la)\s+)?[A-Z][\w\-]+){0,2}))|"
                      r"on\s+(?P<day>\d{1,2}(?:\s*[-–]\s*\d{1,2})?))$", name)
        where = m and m["where"]
        if m and (m["when"] or m["day"] or ctx.lexicon.place(where) or ctx.lexicon.state(where) or city(where)):
            name = name[:m.start()]
            continue
        return name
