"""The trigger phrases of each kind of interaction ("met with", "held a telephone
conversation", "paid an official visit to", "signed"), the cheap word tests that spare
most sentences their scan, and where a trigger's clause ends."""
from __future__ import annotations

import re

from kg.extract.scanning import Alternatives
from kg.extract.text import ABBREVIATIONS, U, may_match
from kg.sources.dates import MONTHS, WEEKDAY_NAMES, WEEKDAYS

# A ceremony far away that those together watched or opened by video link: no call between them.
WATCHED_REMOTELY = re.compile(r"\b(?:witnessed|inaugurated|launched|unveiled|attended|opened)\b[^.;]{0,30}$")
# ("was received by the King before the signing ceremony": when, not another signing; but "after the
# signing ceremony of the Agreement between A and B" tells it)
# ("the 45th anniversary of the signing of the Treaty": long ago, no signing the release reports)
_TIME_OF = ("before the ", "after the ", "following the ", "ahead of the ", "prior to the ", "occasion of the ",
            "anniversary of the ")
_TRIGGERS: list[tuple[str, re.Pattern[str]]] = [
    # (greetings conveyed by word of mouth are no letter: "conveyed the greetings of President X")
    ("correspondence", re.compile(
        r"\b(?:handed over|handed|conveyed|delivered|sent|passed on|transmitted)\b[^.;]{0,60}?\b(?:messages?|letters?|written greetings|"
        r"invitation letter|written invitation|cables?)\b"  # ("sent a cable of condolences to": the Gulf agencies' word)
        # ("was received by the Head of State, to whom he handed over a letter": a meeting, then the letter)
        r"|\breceived\b[^.;,]{0,60}?\b(?:message|letter|written greetings|invitation letter)\b"
        r"|\b(?:message|letter) (?:from|of) [^.;]{0,60}?\b(?:was|were) (?:handed|conveyed|delivered|sent)"
        r"|\bfor (?:his|her|their) (?:\w+ ){0,2}(?:letter|message)\b"
        # ("signed today a letter to the President of the European Council")
        r"|\b(?:signed|wrote|addressed)\b(?: \w+){0,2}? (?:a|an|the) (?:\w+ ){0,2}letter(?= (?:to|addressed to)\b)"
        # ("Prime Minister A and President B exchanged letters on the occasion of the signing")
        r"|\bexchanged (?:\w+ )?(?:letters|messages)\b"
        # ("received the Minister ..., Mr. X, bearer of a message from Prime Minister Y")
        r"|\bbearers? of (?:a|an|the) (?:\w+ )?(?:message|letter)\b"
        # ("In a separate cable, X thanked Y", "In a message to Y, X ...": the sentence's subject wrote)
        r"|^In an? (?:(?:separate|similar|another|written|personal|congratulatory) )?(?:message|letter|cable)\b", re.I)),
    ("call", re.compile(
        r"\b(?:spoke|(?:(?<=having )|(?<=\bhad ))spoken|speaks|talked) (?:(?:today|yesterday|earlier(?: today)?|this (?:morning|afternoon|evening)|"
        r"by (?:tele)?phone|on the (?:tele)?phone|by video(?:conference| link)?|virtually|separately|also) ){0,2}(?:with|to)\b"
        r"|\b(?:held|had|holds) (?:a |an )?(?:\w+ )?(?:telephone|phone|video) (?:conversation|call|talks|conference)"
        r"|\b(?:telephone|phone|video) (?:conversations?|calls?|talks)\b|\bvideoconference\b|\bvideo ?conference\b"
        r"|\bvideo link\b|\bvirtual (?:bilateral )?(?:meeting|talks)\b|\bcall (?:with|between)\b"
        # "congratulated Foreign Minister Wong by phone": what was said, and that it was a call
        r"|(?<=\w )by (?:tele)?phone\b|\bover the (?:tele)?phone\b"
        # ("Prime Minister X today telephoned the President-elect of Iran, Dr. Y")
        r"|\b(?:telephoned|phoned)\b"
        # ("received a call from X", "made a call to Y")
        r"|\b(?:received|receives|made|makes|placed|places) (?:a |an )?call (?:from|to)\b", re.I)),
    ("signing", re.compile(
        r"\b(?:signed|signs|inked)\b(?! up)|" + "".join(f"(?<!{w})" for w in _TIME_OF) + r"\bsigning\b"
        r"|(?:" + "|".join(f"(?<={w})" for w in _TIME_OF) + r")signing(?= ceremony of\b)"
        r"|\bput (?:their|his|her) signatures?\b", re.I)),
    ("visit", re.compile(
        r"\b(?:paid|pays|paying|is paying|was paying|made|makes|making|conducted|conducts|undertook|undertakes|undertaking|carrying out|carries out|carried out|began|begins|"
        r"started|concluded|concludes|completed|completes|wrapped up) (?:today |yesterday )?"
        # ("carried out from 10 to 11 June 2024 a working visit to Nigeria and to Ghana")
        r"(?:from \d{1,2}(?: [A-Z][a-z]+)? to \d{1,2} [A-Z][a-z]+(?: \d{4})? )?"
        r"(?:an? |his |her |their |the )?(?:[\w\-]+ ){0,3}(?:visit|trip) (?:to|in)\b"
        # ("returned home today after concluding a two-day official visit to Sri Lanka": its length says when it began)
        r"|\b(?:concluding|completing|wrapping up) (?:an? |his |her |their |the )?(?:two|three|four|five|\d)-day (?:[\w\-]+ ){0,2}"
        r"(?:visit|trip) (?:to|in)\b"
        r"|\b(?:visited|visits|(?:is|was) (?:currently |now )?visiting|arrives in|(?:is|are) arriving in|crossed into|toured|travell?ed to|travels to|flew to|flies to)\b"
        # ("arrived yesterday afternoon at Sir Seretse Khama International Airport"; not "arrived at a consensus")
        r"|\b(?:arrived|landed) (?:(?:today|yesterday|this|last|late|early|on|in the) (?:[\w\-]+ ){0,2}?)?(?:in|at"
        # ("arrived on Funafuti on Wednesday": an island, not a day)
        r"|on(?= (?!(?i:" + "|".join((*WEEKDAYS, *MONTHS)) + r")\b)(?-i:[A-Z]))"
        # ("when she arrived to the city of La Paz": a translation's "to")
        r"|to(?= (?:the (?:city|capital) of )?(?-i:[A-Z])))\b"
        r"(?! (?:an? |the )?(?:\w+ )?(?:consensus|agreement|conclusion|understanding|decision|compromise)\b)"
        # ("The Chinese premier, who arrived Sunday for a three-day official visit", "who also flew in on
        # Sunday": the day, no place; the dateline's)
        r"|\b(?:arrived|flew in)(?= (?:here )?(?:on )?(?:" + WEEKDAY_NAMES + r")\b)"
        # ("On arrival in Abuja on Monday, the Minister was received by ...")
        r"|\b(?:on|upon) (?:(?:his|her|their) )?arrival (?:in|at)\b"
        r"|\bon an? (?:[\w\-]+ ){0,2}visit\b|(?:’s|'s) (?:\w+ ){0,2}(?:visit|trip|travel) to\b"
        r"|\b(?:state |official |working )?visit (?:of|by)\b"
        # ("recalling the visit that Speaker Al Musallam paid to Nicosia two years ago")
        r"|\bvisit (?:that|which)\b(?= (?:[A-Z][\w.’'\-]*\s+){1,6}(?:paid|made) to\b)"
        # ("recalled the working visit he paid to Cotonou last February")
        r"|\bvisit (?:(?:that|which) )?(?:he|she|they) (?:had )?(?:paid|made) to\b"
        # ("As part of the State Visit he is making to the Republic of India", "has returned home
        # following an official visit to China")
        r"|\b(?:(?:during|on|as part of) (?:his|her|their|an?|the)|(?:following|after) (?:his|her|their|an?)) (?:\w+ ){0,3}"
        r"(?:visit|trip|tour) (?:(?:he|she|they) (?:is|are|was|were) (?:making|paying|undertaking) )?(?:to|of|in)\b"
        r"|\b(?:his|her|their) (?:[\w\-]+ ){0,2}(?:visit|trip) to\b"
        r"|\bvisit (?:to|of) [^.;]{0,40}?(?:took place|was held)\b|\bwelcomed? (?:\w+ ){0,4}to (?=" + U + ")"
        # "Mr Peters is in Fiji on his first overseas trip"
        r"|\b(?:is|was|are|were) (?:currently |now )?in (?=(?-i:[A-Z])[\w\-’']+(?: (?-i:[A-Z])[\w\-’']+)? (?:on|for) "
        r"(?:an?|his|her|their) (?:[\w\-]+ ){0,3}(?:visit|trip|tour)\b)"
        # "Foreign Minister X is in New Delhi from 21 to 23 February, where he is taking part in ..."
        r"|\b(?:is|are) (?:currently |now )?in (?=(?-i:[A-Z])[\w\-’']+(?: (?-i:[A-Z])[\w\-’']+)? from (?:\d|(?-i:[A-Z])[a-z]+ \d))"
        # "Defence Secretary John Healey is in Odesa, Ukraine, where today he met ..."
        r"|\b(?:is|are) (?:currently |now )?in (?=(?-i:[A-Z])[\w\-’']+(?: (?-i:[A-Z])[\w\-’']+)?"
        r"(?:, (?-i:[A-Z])[\w\-’']+(?: (?-i:[A-Z])[\w\-’']+)?)?, where\b)"
        # "led the Pakistan delegation to the SCO meeting held in Goa, India": a visit to India
        r"|\bled (?:the|a|his|her) (?:[\w\-.]+ ){0,2}delegation to\b", re.I)),
    ("meeting", re.compile(
        # (an event "co-hosted" by two is no meeting; "co-hosted Japan's Minister X" is)
        r"\bco-hosted (?=(?-i:[A-Z]|(?:his|her|their) [A-Z]))"
        # "In her conversation with the Ambassador of Sweden, X, the President thanked ...",
        # "Meeting the Korean Ambassador, Y, the President noted ...": the main clause's subject met them
        r"|^\s*(?:In|During) (?:his|her|their|an?|another) (?:(?:separate|second|third|fourth|fifth|further|later|subsequent|bilateral) )?(?:conversation|meeting|talks),? with\b"
        r"|^\s*(?:Meeting|Receiving|Hosting|Welcoming) (?:with )?(?=the |his |her |(?-i:[A-Z]))"
        # "With the Ambassador of Egypt, X, the President recalled ...": one of the envoys she received
        r"|^\s*With the (?:newly appointed |new )?Ambassador\b"
        # ("With the Prime Minister of Laos, Sonexay Siphandone, the Prime Minister discussed hydropower")
        r"|^\s*With(?= (?:the|his|her) [^.;]{0,120}?, (?:the |his |her )?(?:[\w\-]+ ){1,4}(?:discussed|talked|exchanged)\b)"
        # (not "which has received financing from the United States": money, not a guest)
        r"|(?<!-)(?<!which has )(?<!which have )(?<!that has )\b(?:met|meets|met with|meets with|received|receives|hosted|hosts)\b"
        r"(?! (?:the (?:news|decision|proposal|initiative|(?:rotating |pro tempore )?(?:presidency|chairmanship))\b|with (?:interest|satisfaction)|(?:an? |the )?(?:\w+ )?(?:message|letter)\b"
        r"|(?:\w+ ){0,2}(?:financing|funding|support|assistance|investments?|aid|loans?|grants?|approval|attention|guarantees?|pledges?|"
        r"contributions?|donations?|training|equipment|vaccines?|doses)\b))"
        r"|(?<=before )holding (?:[\w\-]+ ){0,2}(?:talks|meeting|meetings|consultations)(?= with\b)"
        r"|(?:(?<=, a day after )|(?<=, the day after )|(?<=, two days after ))meeting(?= (?:with )?(?-i:[A-Z]))"
        # ("as agreed by A and B in their first face-to-face talks in Bangkok in November")
        r"|(?<=\bin their )(?:(?:first|last|previous|latest|recent) )?(?:(?:face-to-face|in-person|bilateral) )?"
        r"(?:talks|meeting|summit)(?= in (?-i:[A-Z]))"
        r"|\b(?:held|hold|holds|had|conducted) (?:(?!begun\b|been\b|started\b|since\b)[\w\-]+ ){0,3}(?:talks|meeting|meetings|consultations|negotiations|discussions|bilateral discussion|dialogue|round"
        r"|working (?:lunch|dinner|breakfast|sessions?)(?= with\b))\b"
        r"|\b(?<!accession )(?<!membership )(?:talks|(?<!'s )(?<!’s )negotiations|a meeting|meeting|meetings) (?:(?:was |were )?held )?(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) )?with\b"
        r"|\b(?:talks|negotiations|consultations|a meeting|meeting|meetings) (?:was |were )?(?:held|took place)\b[^.;]{0,40}?\bbetween\b"
        # ("President Yoon held a summit with President Ruto": a summit with one is a meeting of two)
        r"|\b(?:held|hold|holds|had) (?:a |an )?(?:bilateral |official )?summit(?: meeting| talks)? with\b"
        r"|\bpresented (?:\w+ ){0,2}(?:credentials|letters of credence|copies)\b|(?<!\bare )(?<!\bis )\bco-?chaired\b"
        # ("the 26th meeting of the Commission was held under the co-chairmanship of A and B")
        r"|\bunder the co-?chair(?:manship|personship)? of\b"
        r"|\baccept(?:ed|s) (?:the )?(?:\w+ ){0,3}(?:credentials|letters of credence)\b"
        # "granted an audience to X", "exchanged views with X", "welcomed X at the Ministry"
        r"|\bgranted (?:an )?audience to\b|\baudience (?:was )?granted by\b|\b(?:was|were) granted (?:an )?audience by\b|\bexchanged (?:views|opinions) with\b"
        r"|\bwelcomed\b(?= (?:(?:the )?(?-i:[A-Z])|his |her ))"
        # ("the Speaker of ..., X, who called on him at Parliament House")
        r"|\b(?:called|calls|paid a courtesy call) on\b(?= (?:[A-Z]|the [A-Z]|H\.E\.|him\b|her\b))"
        r"|\bmeeting (?:was|took)\b|\bmeeting\b[^.;]{0,160}?\bbetween\b|\bmeeting of\b(?:(?!\b(?:also |then )?(?:held|met|had|received|signed)\b)[^.;]){0,120}?\bwith\b"
        r"|\btalks between\b"
        # ("joined A, President of X, and B, President of Y, for a trilateral meeting of the ... Presidents")
        r"|\bjoined\b(?=(?:[^.;]|(?<=\b[A-Z])\.|(?<=\b[JS]r)\.){0,220}?\bfor (?:a|an|the) (?:[\w\-]+ ){0,2}(?:meeting|talks)\b)"
        # (not "A, who chaired the meeting of Foreign Ministers, also held talks with B": A's own talks)
        # "will meet Prime Minister X", "is scheduled to meet President Y": a plan (see is_plan)
        r"|\bmeet(?:(?<=\bwill meet)|(?<=\bshall meet)|(?<=\bscheduled to meet)|(?<=\bexpected to meet)|(?<=\bdue to meet))"
        r"(?: with)?\b"
        r"(?= (?:(?-i:[A-Z])|the (?-i:[A-Z])|his |her ))"
        # "On the margins of the conference, X had a short conversation with Y": in person
        # (a conversation said to be short or private: in person, where a bare one may be by phone)
        # ("had short separate conversations with his Moldovan and Albanian counterparts": each in person)
        r"|\b(?:held|had) (?:a |an )?(?:(?:short|brief|private|informal|separate) ){1,2}(?:bilateral )?conversations? with\b"
        # "delivered to President X the proposal drawn up by ECLAC": handed over in person (a
        # message or letter so delivered is correspondence, with the bearer's meeting besides)
        r"|\b(?:delivered|handed over|presented|submitted) to (?=(?:the )?(?-i:President|Prime Minister|King|Queen|Emir|"
        r"Chancellor|Minister|Secretary|His|Her|H\.E\.)\b)(?![^.;]{0,120}\b(?:message|letter|credentials|credence)\b)"
        # "delivered a message ... to the Emir, during His Highness's reception of the Minister"
        r"|\b(?:during|at) (?:his |her |their |(?:[\w\-]+ ){0,2}[\w\-]+[’']s )reception of\b", re.I)),
]
# (Each pattern tries word starts only, and only its alternatives that the sentence holds the
# words of: the same matches, found faster. ``finditer`` takes the text and its ``stem_text``.)
TRIGGERS = [(kind, Alternatives(pattern)) for kind, pattern in _TRIGGERS]
# Cheap tests before each kind's trigger pattern: every alternative of the pattern holds one
# of its kind's stems, so a sentence (lower-cased) without them cannot match it. The patterns
# try every position of a sentence; most sentences hold the stems of one kind or none.
STEMS = {
    "correspondence": ("message", "letter", "greetings", "invitation", "cable"),
    "call": ("spoke", "speaks", "talked", "phone", "video", "virtual", "call"),  # ("phone": "telephoned")
    "signing": ("sign", "inked"),
    "visit": ("visit", "arriv", "tour", "travel", "trip", "welcom", "delegation", "is in ", "are in ", "crossed into", "flew to",
              "flies to"),
    "meeting": ("met", "meet", "receiv", "joined", "host", "talk", "consult", "negotiat", "dialogue", "round", "discuss",
                "credential", "credence", "cop", "chair", "call", "audience", "exchanged", "welcom", "conversation",
                "reception of", "with the ambassador", "with the newly appointed ambassador", "with the new ambassador",
                "summit with", "working lunch", "working dinner", "working breakfast", "working session", "delivered to",
                "handed over to",
                "presented to", "submitted to"),
}
# A finer test for "meeting", whose stems most sentences hold ("meet", "call", "round"): every
# alternative of its pattern holds a word of each tuple of one row. Row one: "co-hosted",
# "met"/"meets"/"received"/"hosted", "presented ... credentials|letters of credence|copies",
# "accepted ... credentials", "co-chaired", "delivered|handed over|presented|submitted to", "granted an audience to", "audience granted by",
# "exchanged views with", "welcomed", "Welcoming", "called|calls|paid a courtesy call on". Row two: "held|hold|holds|had|conducted ...
# talks|meeting|consultations|negotiations|discussions|dialogue|round|working lunch", "held|had a short ... conversation with". Row three: "talks|
# negotiations|consultations|meeting ... with|between" and "meeting was|took".
_MEETING_ROWS = (
    (("met", "meets", "receiv", "host", "credential", "credence", "copies", "chaired", "audience to",
      "audience granted", "audience was granted", "granted an audience by", "granted audience by", "exchanged", "welcomed", "welcoming", "called on", "calls on", "call on",
      "with the ambassador", "with the newly appointed ambassador", "with the new ambassador", "reception of",
      "will meet", "shall meet", "to meet", "delivered to", "handed over to", "presented to", "submitted to"),),
    (("joined",), ("meeting", "talks")),
    (("held", "hold", "had", "conducted"),  # ("before holding talks with": "hold")
     ("talks", "meeting", "consultation", "negotiation", "discussion", "dialogue", "round", "conversation with", "conversations with",
      "summit with", "working lunch", "working dinner", "working breakfast", "working session")),
    (("talks", "negotiation", "consultation", "meeting"), ("with", "between", "was", "took")),
    # Row four: a sentence opening "In her conversation with", "Meeting the ...".
    (("conversation with", "meeting"),),
    (("in their",), ("talks", "summit")),  # ("in their first face-to-face talks in Bangkok")
    (("with the", "with his", "with her"), ("discussed", "talked", "exchanged")),  # ("With the Prime Minister of X, Y, Z discussed")
)


def may_meet(lowered: str | None) -> bool:
    """Whether a sentence (``stem_text``) holds the words of one row of ``_MEETING_ROWS``."""
    if lowered is None:
        return True
    return any(all(may_match(lowered, words) for words in row) for row in _MEETING_ROWS)


# A clause's dot is no abbreviation's: each one the sentence splitter knows, capitalised as a name's
# prefix is ("Md.", "Hon.", "Prof."), and "Smt." besides.
_NOT_AFTER_ABBREVIATION = "".join(rf"(?<!\b{a.capitalize()})" for a in sorted(ABBREVIATIONS | {"smt"}) if a.isalpha())
CLAUSE_BREAK = re.compile(r"[;:]|,? and (?:noted|stressed|emphasi[sz]ed|said|added|expressed|underlined|pointed out|"
                          r"thanked|recalled|highlighted|welcomed|reaffirmed|confirmed|handed(?: over)?|conveyed|delivered|passed on)\b"
                          r"|,? and (?:then |later |also )?(?:held|had|met|paid|made|visited|signed|toured|spoke|called on|received)\b"
                          r"|, and (?:was|were) (?:also |later |then )?(?:received|welcomed|hosted)\b|\b(?:to discuss|to exchange|and discussed|discussed|where|which|who|whom|in order to|during which|about|regarding|concerning|on (?:the(?! (?:morning|afternoon|evening|night|eve|same day|following day|next day)\b)|issues|matters|bilateral|regional|cooperation)|to (?:express|highlight|review|learn|reaffirm|strengthen|celebrate|thank))\b"
                          # (", Yoon's office said.", ", according to the presidential office": who reports it)
                          r"|,\s+(?:according to\b|(?:[\w\-]+(?:’s|'s)?\s+){1,4}(?:said|says|reported|announced)\s*(?:[.,]|$|in\b|on\b))"
                          # ("spoke with A, having spoken earlier today with B": another call)
                          r"|,\s+(?:after\s+)?having\s+(?:\w+\s+){0,2}?(?:spoken|talked|met|held|received)\b"
                          # ("he received A, before holding talks with B": another meeting)
                          r"|,?\s+before\s+(?:holding|meeting|receiving|signing)\b"
                          # ("held talks with A in Moscow, a day after meeting B in Kyiv": another meeting)
                          r"|,\s+(?:a|two|the)\s+days?\s+after\s+meeting\b"
                          # ("Tajani meets Ammar after Meloni's Tunis trips": another's event, a time)
                          r"|\b(?:after|following|ahead of|before)\s+(?=[A-Z][\w\-]+(?:’s|'s)\s)"
                          # (the dot looked for first: the lookbehinds after it, tried at every
                          # position, made this pattern's scan ten times slower)
                          r"|(?=\.\s)(?<![A-Z])" + _NOT_AFTER_ABBREVIATION + r"\.\s")  # (not the dot of "by Hon. X", "Md. Touhid Hossain")


# "This was the second meeting between the two ministers in two months", "It was their first
# meeting since ...": the event the text has just told, said again, not another.
_TOLD_AGAIN = re.compile(r"^\s*(?:This|It|That)\s+(?:was|is|marked)\s+(?:also\s+)?(?:the|their|his|her)\s+"
                         r"(?:[\w\-]+\s+){0,3}$")


# "The Chairperson calls on the Prime Minister of Ethiopia ... and the TPLF to uphold the agreement":
# an appeal, no courtesy call (which may have a purpose: "called on the President to discuss ...").
_APPEAL = re.compile(r"(?:[^.;]|(?<=\b[A-Z])\.|(?<=\b(?:Dr|Mr|Ms))\.){0,160}?\bto (?!(?:discuss|exchange|review|brief|present|convey|deliver|pay|bid|thank|"
                     r"congratulate|express|hand|sign|the|a|an|his|her|their)\b)[a-z]{2,}\b")


def no_new_event(kind: str, text: str, m: re.Match[str]) -> bool:
    """Whether the talks trigger ``m`` is no new event: the noun of a sentence that says the last
    talks again (not a visit: "It was the first visit by an Israeli minister to Turkmenistan" may be
    the only words that tell the visit), or "calls on" that appeals to someone."""
    if kind == "meeting" and m.group(0).lower().startswith("call") and _APPEAL.match(text, m.end()):
        return True
    return kind in ("meeting", "call") and m.start() < 60 and _TOLD_AGAIN.match(text[:m.start()]) is not None
