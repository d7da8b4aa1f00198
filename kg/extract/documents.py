"""Documents: named treaties, declarations, agreements and memoranda, signed now, planned or
referred to, with the lower-case purpose that belongs to their name."""
from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.phrases import COMPLEMENT, clean_name, named_phrase, without_date
from kg.extract.text import may_match, stem_text
from kg.lexicon import fold
from kg.records import Document


DOC_HEAD = re.compile(
    r"\b(?:Declaration|Agreements?|Memorandum(?: of (?:Understanding|Cooperation|Intent))?|Treaty|Convention|Charter|"
    r"Final Act|Act|Accords?|Protocol|Road ?[Mm]ap|Joint Statement|Statement|Communiqu[ée]|Resolution|"
    r"Plan of Action|Action Plan|Plan of (?=[A-Z])|Programme of Cooperation|Program of Cooperation|Concept|Compact|"
    r"Pact|Consensus|Code of Conduct|Joint Declaration|Agreed Minutes|Exchange of Notes|"
    r"Program(?:me)? of (?:[A-Z][\w\-]+ ){1,2}Cooperation|"
    # ("Practical Arrangements on Cooperation in Radiation Medicine", "Working Arrangement between ...")
    r"Arrangements?(?=\s+(?:on|for|between|of|concerning)\s))\b")
# "UN Security Council resolution 2703", "resolution 2699 (2023)", "General Assembly resolution 77/1"
NUMBERED_RESOLUTION = re.compile(
    r"\b(?:(?:(?:the\s+)?(?:UN|U\.N\.|United Nations)\s+)?(?:Security Council|General Assembly|Human Rights Council|UNSC|UNGA)"
    r"\s+)?[Rr]esolution\s+(?:No\.\s*)?\d{2,4}(?:/\d{1,4})?(?:\s+\(\d{4}\))?")
LOWER_DOC = re.compile(
    r"\b(?:an?|the)\s+((?:joint\s+)?(?:memorandum of understanding|memorandum of cooperation|agreement|"
    r"declaration|roadmap|road map|treaty|protocol|action plan|plan of action)\s+(?:on(?!\s+behalf\b)|between)\s+"
    r"[\w\-’' ]{3,80}?)(?=[,.;]|\s+(?:was|were|is|are|that|which|by|with|at|during|in the presence|signed|"
    r"concluded|adopted)\b)", re.I)
# What every match of DOC_HEAD holds, and of LOWER_DOC lower-cased.
_DOC_HEAD_STEMS = ("Declaration", "Agreement", "Memorandum", "Treaty", "Convention", "Charter", "Act",
                   "Accord", "Protocol", "Road", "Statement", "Communiqu", "Resolution", "Plan", "Program",
                   "Concept", "Compact", "Pact", "Consensus", "Code of Conduct", "Minutes", "Exchange of Notes",
                   "Arrangement")
_LOWER_DOC_STEMS = ("memorandum", "agreement", "declaration", "road", "treaty", "protocol", "plan")
_COUNT_WORDS = {"Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Several", "Multiple", "Various"}
# "the Agreement on Mobility among the Member States of ...": "among" may join a document's name.
_DOC_COMPLEMENTS = COMPLEMENT | {"among"}
_WEAK_DOC = {"Statement", "Act", "Concept", "Resolution", "Agreement", "Agreements", "Memorandum", "Accord", "Accords",
             "Charter", "Protocol", "Convention", "Treaty", "Declaration", "Arrangement", "Arrangements"}


def documents_step(ctx: Context) -> None:
    """requires: sentences · assigns: record.documents"""
    docs: dict[str, Document] = {}
    for sentence in ctx.sentences:
        text = sentence.text
        found: list[str] = []
        # Each pattern runs only where a word it needs is there (``may_match``).
        lowered = stem_text(text)
        for m in DOC_HEAD.finditer(text) if may_match(text, _DOC_HEAD_STEMS) else ():
            if re.search(r"\b(?:Chief|Head|Office|Director|Department|Division|Bureau) of (?:the )?$", text[:m.start()]):
                continue  # "Chief of Protocol": an office, not a document
            # Titles of documents run long: "Joint Statement between the People's Republic of China and
            # the Federative Republic of Brazil on Deepening the Comprehensive Strategic Partnership".
            phrase = named_phrase(text, m.start(), m.end(), lower_left=False, left_and=True, max_right_words=40,
                                  is_place=lambda w: bool(ctx.lexicon.place(w) or ctx.lexicon.state(w)),
                                  complements=_DOC_COMPLEMENTS, long_title=True).text
            words = phrase.split()
            if re.match(r"(?:Today|Yesterday|Tomorrow)(?:’s|'s)\s", phrase):
                continue  # "Today's Roadmap": which day's, no name
            if words and words[0] in _COUNT_WORDS:
                continue  # "Sign Three Cooperation Agreements": how many, not which
            # "the Agreement", "This Agreement between ...": a reference, not a name.
            if len(words) < 2 or (words[0] in _WEAK_DOC and len(words) <= 2) or \
                    (phrase.startswith(m.group(0)) and m.group(0) in _WEAK_DOC and
                     not re.match(r"\s*(?:on|of|for|between the (?:Governments?|Ministr(?:y|ies)|Republic)\b)\s",
                                  text[m.end():])):
                continue
            found.append(phrase)
        found = [_with_tail(text, name) for name in found]
        if may_match(lowered, _LOWER_DOC_STEMS):
            found += [m.group(1) for m in LOWER_DOC.finditer(text)]
        if may_match(lowered, ("declaration", "memorand", "agreement", "protocol")):
            found += _coordinated_documents(text)
        if "esolution" in text:
            found += [m.group(0) for m in NUMBERED_RESOLUTION.finditer(text)]
        for name in [part for phrase in found for part in _two_documents(phrase)]:
            # ("the Tashkent Declaration on 9 April": when, not part of the name)
            name = _without_date(_BETWEEN_PERSONS.sub("", _BETWEEN_THE_TWO.sub("", clean_name(name))))
            if len(name.split()) < 2:
                continue
            key = fold(name)
            if any(key in k for k in docs):
                continue
            for k in [k for k in docs if k in key or _headline_short(ctx, docs[k], key)]:
                # the fuller name wins (also over a headline's shorter form: "Joint Declaration on the
                # Comprehensive Partnership" of "... on the Implementation of the Comprehensive Partnership ...")
                del docs[k]
            docs[key] = Document(name, [], bool(re.search(r"\bsign", text, re.I)), ctx.evidence(sentence))
    ctx.record.documents = list(docs.values())


def _headline_short(ctx: Context, doc: Document, key: str) -> bool:
    """Whether ``doc``, named in the headline, is the body's document ``key`` told shorter: its
    words, in their order, are among the fuller name's."""
    if doc.evidence is None or doc.evidence.start >= ctx.release.body_offset:
        return False
    words, fuller = fold(doc.name).split(), iter(key.split())
    return key.split()[:1] == words[:1] and all(w in fuller for w in words)


def _without_date(name: str) -> str:
    """A document's name without the date written with it ("the Tashkent Declaration on 9 April",
    "the October 2021 Manama Statement"), unless the date ends its purpose ("on a 24-month
    transition timeline starting in March 2022")."""
    short = without_date(name)
    return name if short != name and re.search(r"\w+ing$", short) else short


# "a Memorandum of Understanding to promote collaboration on energy, ... exchange was signed",
# "the first Memorandum of Understanding on energy issues, in view of": a named head, then a
# lower-case purpose that belongs to the document's name, up to a verb, a clause or a party.
_DOC_TAIL = re.compile(
    r"\s+(?P<tail>(?:on|to|for|concerning|regarding)\s+(?!the\b|an?\b|behalf\b|its\b|their\b|his\b|her\b)[a-z][\w\-’']*"
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


# "... on Diplomatic Training between the two Ministries": who signed it, which the text says
# apart, not the document's name.
# ("the Memorandum ... on Critical Minerals between Minister Ahn and Prime Cabinet Secretary Mudavadi":
# who signed it, not its name)
_BETWEEN_PERSONS = re.compile(r"\s+between\s+(?:[A-Z][\w\-]*\s+){0,3}(?:Minister|Secretary|President|Ambassador|Governor|"
                              r"Chairman|Chairperson|Director|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s+[A-Z].*$")
_BETWEEN_THE_TWO = re.compile(r"\s+between the two (?:Ministries|ministries|countries|Governments|governments|sides|"
                              r"States|states|nations|parties)$")


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


def _two_documents(name: str) -> list[str]:
    """"Treaty on the Non-Proliferation of Nuclear Weapons and the Paris Agreement": two
    documents, each with its name. ("...between the Ministry of A and the Ministry of B"
    names no second document.)"""
    for m in re.finditer(r"\s+and\s+(?:the\s+)?(?=[A-Z])", name):
        rest = name[m.end():]
        if DOC_HEAD.search(rest) and m.start() > 0 and DOC_HEAD.search(name[:m.start()]):
            return [name[:m.start()], rest]
    return [name]
