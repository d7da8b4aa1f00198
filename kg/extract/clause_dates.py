"""When a sentence says its event happened: the date written near the trigger, the one day a
sentence names, and what belongs to another time (a recalled event, a relative clause's day, the
day someone took office)."""
from __future__ import annotations

import re
from datetime import date

from kg.extract.context import Context
from kg.extract.plans import plan_starts
from kg.extract.text import Sentence, may_match, sentence_before, stem_text
from kg.sources.dates import find_dates, past_month


# "Receiving Ambassador X, the President recalled his visit to Peru ... in Lima last month": what a
# sentence recalls has its own date and place, not those of the meeting it is told in.
RECALLED = re.compile(r"\b(?:recalled|recalling|recalls)\b")
# "Goldfajn and Mottley last met in Dubai in December": the pair's event before the one reported
# ("first met in Bucharest in July", "recalled that she met Prime Minister Trudeau in Rio de Janeiro
# in November": a meeting before this one)
# (not "Minister Fajon first met X. She then met Y": the first of the day's meetings)
LAST_MET = re.compile(r"\b(?:last|previously) (?:met|spoke|talked|visited|saw each other)\b"
                      # ("The two ministers met last in Skopje on 30 November": not "met last week")
                      r"|\b(?:met|spoke|talked) last(?= (?:in|on|at|during|when) |,)"
                      r"|\bfirst (?:met|spoke|talked)(?= in (?-i:[A-Z0-9])| (?:on the (?:sidelines|margins)|when|last)\b)"
                      r"|\brecalled that (?:he|she|they|the two \w+) (?:had )?met\b")


# ("his first official visit to Colombia, which takes place from August 20 to 22": the span of
# the visit, not the day of the reception the sentence reports)
_ATTRIBUTE_DATE = re.compile(r"\b(?:signed|adopted|concluded|ratified"
                             r")\s+(?:in|on)\s+(?:the\s+)?$|\b(?:(?:which|that)\s+(?:takes|took|will take|is taking)\s+place|"
                             r"running|lasting|taking place)\s+from\s+$")


_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
_OPENING_MONTH = re.compile(rf"\s*In (?P<month>{_MONTH_NAMES}),")
# A participle whose own date follows it: the date of what was done to someone or something, not of talks.
_DEED_DATE = re.compile(r"\b(?:detained|arrested|abducted|kidnapped|jailed|sentenced|killed|injured|elected|appointed|"
                        r"ratified)(?:\s+(?:in|at)\s+[A-Z][\w\-]+)?\s+(?:in\s+|on\s+|since\s+)?$")
RELATIVE_ASIDE = re.compile(r",\s+who(?:se)?\s+[^,;]{3,160}?(?:,|\.?\s*$)")


# ("on the Program launched at COP15, held in Abidjan in May 2022": the gathering's date, named after a comma)
_HELD_THEN = re.compile(r",\s+held\s+in\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?\s+in\s+$")


def one_day(ctx: Context, sentence: str, start: int, *, plans_too: bool = False, gathering: bool = False) -> str | None:
    """The one day (or month) a sentence names ("Yesterday, the Minister had a telephone
    conversation with ...", "On Thursday, X represented the EU at ...", "Last April, ..."),
    when it names exactly one; the dateline's and a headline's date are the release's, not
    the event's; a gathering "held in <city> in <month>" after a comma dates only a ``gathering``.
    ``start`` is the sentence's offset in the release."""
    if start < ctx.dateline_end:
        sentence = sentence[ctx.dateline_end - start:] if start >= ctx.release.body_offset else sentence
    sentence = sentence if plans_too else sentence[:plan_starts(sentence)]
    # ("the Beijing Agreement signed in March 2023": the date of the agreement, not of the event)
    # (not a relative clause's: "X, who arrived in Rwanda on Thursday, was received ...")
    asides = [(a.start(), a.end()) for a in RELATIVE_ASIDE.finditer(sentence)]
    days = {found for at, end, found in find_dates(sentence, ctx.release.date) if len(found) >= 7
            and not _ATTRIBUTE_DATE.search(sentence, max(0, at - 30), at) and not _SINCE.search(sentence, max(0, at - 60), at)
            and not _DEED_DATE.search(sentence, max(0, at - 40), at)
            and not _POSSESSED_VISIT.search(sentence, max(0, at - 80), at)  # ("reviewed X's visit to Iraq last month")
            # ("where they agreed on the dates of today's visit"; but "last month's Summit, President Biden's visit")
            and not (sentence[end:end + 2] in ("'s", "’s") and sentence[at:end].lower() == "today")
            and (gathering or not _HELD_THEN.search(sentence, max(0, at - 40), at))
            and not any(a <= at and end <= b for a, b in asides)
            and not _far_without_year(sentence[at:end], found, ctx.release.date)}
    if start < ctx.release.body_offset:
        days.discard(ctx.release.date or "")  # a headline's date is the day it was published
    opening = _OPENING_MONTH.match(sentence) if not days else None
    if opening:  # ("In February, Chapo took part in the joint summit": that February, the last before)
        return past_month(f" in {opening['month']}", ctx.release.date)
    return days.pop() if len(days) == 1 else None


def _far_without_year(written: str, found: str, released: str | None) -> bool:
    """Whether a day written without its year ("on 14 January") falls months before the
    release it is read against: more often a day still to come in another clause ("a transfer
    of power on 14 January") than the day of an event the release reports."""
    if not released or len(found) != 10 or re.search(r"\d{4}", written) or not re.search(r"\d", written):
        return False
    return (date.fromisoformat(released) - date.fromisoformat(found)).days > 60


# "since Sugiono took office", "since assuming office": when an office began, not an event's day.
SINCE_OFFICE = re.compile(r"\bsince\s+(?:(?:[A-Z][\w.\-]*|he|she|they)\s+){1,4}(?:took|assumed|entered|left) office\b"
                          r"|\bsince\s+(?:assuming|taking|entering) office\b")
_SINCE = re.compile(r"\bsince (?:(?:assuming|taking|entering|he took|she took|he assumed|she assumed) office|"
                    r"(?:his|her|their) (?:appointment|election|inauguration)) (?:on |in )?$"
                    # ("his first overseas trip since the government took office last month")
                    # (not "since July 2011, when X travelled to New Delhi": that date is the when-clause's)
                    r"|\bsince\s+(?:the|his|her|their|its|we|they|he|she|I)\b[^.;,]{0,50}$"
                    # ("their first formal meeting since Sugiono took office in October last year")
                    rf"|(?:{SINCE_OFFICE.pattern})\s+(?:on\s+|in\s+)?$")


# What may stand between a trigger and its date further on: the counterpart's name and offices
# ("held a meeting with H.E. Mr. Wang Yi, Member of the Political Bureau ... and Minister of
# Foreign Affairs, on 23 October 2023").
_APPOSITION_WORDS = frozenset("with of the and for on in to from de del la du le al bin".split())
_LOWER_WORD = re.compile(r"(?<![\w’'\-])[a-z][\w’'\-]*")


def _apposition(between: str) -> bool:
    """Whether ``between`` holds only names, offices and their connectors (no clause of its own)."""
    return all(w in _APPOSITION_WORDS for w in _LOWER_WORD.findall(between))


# A trigger told in the past tense, and a month named without its year after "in".
_TOLD_PAST = re.compile(r"\b(?:met|held|had|visited|received|hosted|signed|spoke|talked|paid|made|travell?ed|"
                        r"arrived|welcomed|conducted|exchanged|co-chaired|chaired|talks|meeting|summit"
                        # ("recalled Prime Minister Rabuka's visit to Tarawa in January": that January)
                        # ("during President Xi Jinping's state visit to Serbia in May": that May)
                        r"|[’']s (?:(?:state|official|working|first|last|recent) )?visit|"
                        r"recalled (?:the |his |her |their )?(?:\w+ ){0,2}visit)\b")
_ANOTHERS_VISIT = r"[’']s (?:[\w\-]+ ){0,2}visit(?: to (?:the )?[A-Z][^,.;]{0,40}?)?\s+"
_POSSESSED_VISIT = re.compile(_ANOTHERS_VISIT + "$")
# The same with its time: what a sentence says of another's visit, which tells nothing of its own event's day.
POSSESSED_VISIT_TOLD = re.compile(_ANOTHERS_VISIT + r"(?:last (?:month|week|year|[A-Z][a-z]+)|in [A-Z][a-z]+(?: \d{4})?)\b")
_IN_MONTH = re.compile(rf"\s+in\s+(?:(?:early|mid|late)[\s\-]+)?(?:{_MONTH_NAMES})\b(?!\s+\d)")


_THAT_DAY = re.compile(r"^\s*(?:(?:Earlier|Later) that day|(?:On )?[Tt]hat same day)\b")
_THAT_WHEN = re.compile(r"\bthat\s+(?P<when>in\s+[A-Z][a-z]+(?:\s+\d{4})?|last\s+(?:year|month|week|[A-Z][a-z]+))\b")


def date_near(ctx: Context, sentence: Sentence, start: int, end: int) -> str | None:
    """The date written close to the trigger, else the release date for "today"."""
    skip = ctx.dateline_end - sentence.start  # the dateline's own date is the release's
    # A headline's date is the day it was published ("... speaks with ... (08 Jun. 2022)").
    headline = sentence.start < ctx.release.body_offset
    plan = plan_starts(sentence.text, end)
    text = sentence.text
    found = [(s, e, d) for s, e, d in find_dates(text, ctx.release.date)
             if s >= start - 50 and (e <= end + 80 or e <= end + 220 and _apposition(text[end:s]))
             and s >= skip and s < plan and not (headline and d == ctx.release.date)
             # ("his first visit to Brunei since assuming office on 15 May 2024": the office's date)
             and not _SINCE.search(text, max(0, s - 40), s)
             # ("this year's chief guest of the Raisina Dialogue": the guest's year, not the day they met)
             # (but "last Thursday's visit to Canberra by X": the day of the event the trigger tells)
             and (text[e:e + 2] not in ("’s", "'s") or e == start or 0 <= start - (e + 2) <= 1)
             # ("a Japanese national detained in Beijing last month": the detention's date)
             and not _DEED_DATE.search(text, max(0, s - 40), s)
             # ("received a call from X, during which they reviewed the outcomes of X's visit to Iraq last
             # month": the visit's date, told after the call's trigger)
             and not any(v.start() >= end for v in _POSSESSED_VISIT.finditer(text, max(end, s - 80), s))]
    # ("Minister X, who arrived in Rwanda on Thursday, was received ...": the relative clause's
    # date is its own, not the main clause's)
    asides = [(a.start(), a.end()) for a in RELATIVE_ASIDE.finditer(text) if not a.start() <= start < a.end()]
    found = [(s, e, d) for s, e, d in found if not any(a <= s and e <= b for a, b in asides)]
    # ("the visit of A to Kenya in May 2021 and the visit of B to Tanzania in October 2022": B's
    # date follows B's trigger; the date before it belongs to the phrase before "and")
    if any(s >= end for s, _, _ in found):
        found = [(s, e, d) for s, e, d in found if s >= end or not re.search(r"\band\b", text[e:start])]
    near = [(min(abs(s - end), abs(start - e)), d) for s, e, d in found]
    if near:
        return min(near)[1]
    if _THAT_DAY.match(text):
        # ("The President arrived in Rio on Sunday night. Earlier that day he had received in
        # Buenos Aires President Macron": the day the sentence before names)
        before = sentence_before(ctx.sentences, sentence)
        days = {d for _, _, d in find_dates(before.text, ctx.release.date) if len(d) == 10} if before else set()
        if len(days) == 1:
            return days.pop()
    # ("recalled that in June the African peace mission led by ..., which included ..., visited Kyiv":
    # the time a that-clause opens with is its event's, however long its subject)
    opened = _THAT_WHEN.search(text, 0, start)
    if opened and not re.search(r"[;.]", text[opened.end(): start]):
        day = next((d for s, _, d in find_dates(text, ctx.release.date) if s == opened.start("when")), None) or \
            past_month(text[opened.start("when") - 1:], ctx.release.date)
        if day:
            return day
    if _TOLD_PAST.search(text, start, end) and not LAST_MET.search(text):  # (those the scene dates)
        # ("President X met Prime Minister Y in April", told in July: that April, the last before)
        months = [(abs(m.start() - end), day) for m in _IN_MONTH.finditer(text, max(0, start - 50), min(len(text), end + 80))
                  if not _SINCE.search(text, max(0, m.start() - 40), m.start())
                  and (day := past_month(text[m.start():], ctx.release.date))]
        if months:
            return min(months)[1]
    # "In Canberra on 9 October, A and B co-chaired ...": the date of the opening phrase.
    opening = sentence.text.find(",", max(0, skip))
    if 0 <= opening < min(start, 60):
        first = [d for s, e, d in find_dates(sentence.text, ctx.release.date) if skip <= s < opening and len(d) >= 7]
        if len(first) == 1 and not headline:
            return first[0]
    # (not "today's visit": a noun the day qualifies, "last met in Berlin in October, where they agreed
    # on the dates of today's visit")
    if re.search(r"\b(?:today(?!['’]s)|this morning|this afternoon)\b", sentence.text, re.I):
        return ctx.release.date
    # ("he had spoken by phone with X in the morning", in a dispatch of the day: that morning; but
    # "The programme began on Monday ... In the morning, X met Y": the morning of the day told, which
    # the scene reads)
    if re.search(r"\bin the (?:morning|afternoon)(?! of\b)", sentence.text, re.I) and looks_elsewhere(sentence.text):
        return ctx.release.date
    return None


# A sentence that places what it tells at another time than the occasion.
_ELSEWHERE = re.compile(
    r"\b(?:last (?:year|month|week|time|spring|summer|autumn|fall|winter|January|February|March|April|May|June|"
    r"July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|previous(?:ly)?|earlier (?!(?:this|that|in the) (?:day|morning|afternoon|evening)\b)(?:this|that|in)|years? ago|"
    r"months? ago|weeks? ago|had (?:\w+ )?(?:met|held|visited|spoken|signed|hosted|received|talked)|"
    r"since (?:the|their|his|her|its) (?:\w+ )?(?:meeting|visit|call|talks|signing)|at the time|back in|"
    # ("they first met in 2010", "When I first met Tony"; not "Minister X first met Minister Y" nor "The two
    # leaders first met in a restricted format": the day's first)
    r"\b(?:I|we|they|he|she|when)\s+first met|first met(?! (?-i:[A-Z])| in (?:an? |the )|privately|one-on-one)|until then|"
    # "after President X's meeting with ...", "following the summit", "ahead of the call": an event
    # the sentence takes its bearings from, not one it reports
    # ("Following the meeting, the ministers signed": the occasion's own meeting, not this)
    r"(?:after|following|since|ahead of|before|in the (?:aftermath|wake) of|look(?:ing)? ahead to)\s+"
    r"(?:[\w.]+(?:\s+[\w.]+){0,3}?[’']s\s+)(?:[\w\-]+\s+){0,2}"
    r"(?:meeting|meetings|summit|talks|call|visit|conversation|trip)|"
    # "During that visit": the one an earlier sentence dated
    r"(?:during|at|in the course of|on the sidelines of) that (?:visit|meeting|trip|summit|session|event))\b|"
    + LAST_MET.pattern, re.I)
# What every match of _ELSEWHERE holds, lower-cased (``stem_text``): a cheap test first, which
# most sentences fail ("’s" for the event after a possessive, "that" for "during that visit").
_ELSEWHERE_STEMS = ("last", "previous", "earlier", "ago", "had", "since", "at the time", "back in", "first met",
                    "first spoke", "first talked", "until then", "’s", "'s", "that")


def looks_elsewhere(text: str) -> bool:
    """Whether ``text`` places what it tells at another time than the occasion (``_ELSEWHERE``)."""
    return may_match(stem_text(text), _ELSEWHERE_STEMS) and _ELSEWHERE.search(text) is not None


# "recalled their meeting": the sentence recalls an event of its own kind.
RECALLS_ITSELF = re.compile(r"\b(?:recalled|recalling|recalls)\s+(?:his|her|their|our|the|its)\s+(?:[\w\-]+\s+){0,2}?"
                             r"(?P<noun>meeting|talks|visit|conversation|call|encounter)s?\b")
_RECALLED_KINDS = {"meeting": ("meeting",), "talks": ("meeting",), "encounter": ("meeting",), "visit": ("visit",),
                   "conversation": ("meeting", "call"), "call": ("call",)}
_RECALLED_IN = re.compile(r"\b(?:during|in|at) which\b|,\s+where\b")  # ("held talks with X at State House, where the two recalled")


def recalled_itself(kind: str, sentence: str) -> tuple[re.Match[str] | None, bool]:
    """What the sentence recalls ("recalled their meeting"), and whether it is the ``kind`` of event
    recalled, not one the recall is made in ("held a meeting with Putin, during which the two
    leaders recalled their talks in Moscow")."""
    recall = RECALLS_ITSELF.search(sentence)
    return recall, recall is not None and kind in _RECALLED_KINDS.get(recall["noun"], ()) and \
        not _RECALLED_IN.search(sentence, 0, recall.start())
