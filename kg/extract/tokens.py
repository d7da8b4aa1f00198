"""Tokens of a sentence, each tagged with what it may be part of.

Press releases name almost everything with capitalised words, so the steps work on
runs of tagged tokens: a title chain ("Deputy Prime Minister – Minister of Foreign
Affairs of the Republic of Kazakhstan") followed by a name run ("Murat Nurtleu").
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from kg.extract.mentions import Matcher, Mention
from kg.extract.ranks import RANK_WORDS, ranks_as_address, two_word_address
from kg.extract.text import UPPER, may_match
from kg.extract.wordlists import HEADLINE_VERBS, HEADLINE_WORDS, NON_NAME_NOUNS, PORTFOLIO_WORDS
from kg.lexicon import ARTICLE_NAME, FORMS_OF_ADDRESS, Lexicon

TOKEN = re.compile(
    r"[A-Z]\.(?:[A-Z]\.)+"  # U.S., U.N., P.R.C.
    # words, hyphenated, C5+1; a trailing dot kept for initials (a run of word characters read at
    # once: the engine's loop over the group's alternatives costs per turn)
    r"|(?:[Tt]hen|[Ee]x)(?=-[A-Z])"  # "then-President Nguyen Xuan Phuc": "then", "-", the title
    r"|[^\W\d_](?:[\w'’]+|-(?=\w)|\+\d)*\.?"
    r"|\d+(?:[.,:/]\d+)*(?:\+\d)?"
    r"|[–—]|-{1,2}|\S"
)

# The heads of office titles: the word that makes a phrase an office.
HEADS = {
    "Minister", "Ministers", "Secretary", "Secretaries", "President", "Ambassador", "Ambassadors", "Chairman",
    "Chairperson", "Chairwoman", "Chair", "Speaker", "Director", "Spokesperson", "Spokesman",
    "Spokeswoman", "Envoy", "Representative", "Councilor", "Councillor", "Premier", "Chancellor", "King",
    "Queen", "Emir", "Amir", "Prince", "Founder", "Advisor", "Adviser", "Administrator", "Commissioner", "Governor",
    "Mayor", "Akim", "Head", "Chief", "Secretary-General", "Director-General", "Chargé", "Charge",
    "Consul", "Consul-General", "Counsellor", "Counselor", "Coordinator", "Senator", "Rapporteur",
    "Commander", "Leader", "Pope", "Patriarch", "Rector", "Chairperson-in-Office",
    "Chairman-in-Office", "President-elect", "President-Elect", "Prime Minister-elect",
    "President-designate", "President-Designate", "Ambassador-designate", "Ambassador-Designate",
    "Vice-President", "Vice-Chairman", "Vice-Premier", "Elbasy",
    "Member", "Officer", "Attaché", "Ombudsman", "Governor-General", "Emperor", "Judge", "Prosecutor",
    "Justice", "Co-Chair", "Co-Chairman", "Deputy", "Undersecretary", "Under-Secretary", "Vice-Minister",
    "Secretary-General", "Administrator", "Commissioner-General", "Minister-Counsellor", "Chairwoman",
    "Taoiseach", "Tánaiste", "Tanaiste", "Marshal", "Congressman", "Congresswoman",
    "Gyalpo",  # ("His Majesty The Druk Gyalpo Jigme Khesar Namgyel Wangchuck": Bhutan's King)
    # offices of the gazetteer named in a state's own word ("Toraga of the Jogorku Kenesh", "Te Beretitenti")
    "Toraga", "Beretitenti", "Äkim", "Hokim", "Khokim", "Nuncio", "Vice-Speaker", "Co-Chairperson", "Co-Chairwoman",
    # abbreviated offices before a name ("FM Meredov", "PM Modi", "EAM Jaishankar"); see ABBREVIATED_OFFICES
    "FM", "PM", "DPM", "EAM",
}
# Office abbreviations press services use, before a name or for the person who holds the office.
ABBREVIATED_OFFICES = {"HR/VP": "High Representative", "EAM": "External Affairs Minister", "SG": "Secretary-General",
                       "UNSG": "Secretary-General", "DPM": "Deputy Prime Minister", "FM": "Foreign Minister",
                       "PM": "Prime Minister", "CiO": "Chairperson-in-Office"}
# A foreign ministry's nationals abroad, after their demonym ("... and Egyptian Expatriates").
ABROAD_WORDS = frozenset({"Expatriates", "Abroad", "Diaspora", "Nationals", "Communities", "Citizens", "Emigrants"})
# Words that may stand in a title before or between heads.
TITLE_WORDS = {
    # portfolios of foreign ministries: "... and Human Mobility", "... and Gambians Abroad"
    "Mobility", "Emigration", "Emigrants", "Expatriates", "Diaspora", "Migration", "Abroad", "Worship",
    "Deputy", "Vice", "First", "Second", "Acting", "Assistant", "Under", "Principal", "Special", "Senior", "Druk",
    "Shadow",  # (an opposition spokesperson: "the Shadow Foreign Secretary" holds no office of state)
    "Prime", "Foreign", "Federal", "State", "Executive", "Permanent", "Chief", "Presidential", "Personal",
    "High", "Grand", "Supreme", "Interim", "General", "Managing", "Defense", "Defence", "Affairs",
    "Extraordinary", "Plenipotentiary", "Crown", "Regional", "National", "International", "Economic",
    "Security", "Trade", "Finance", "Foreign", "European", "Affairs", "Cooperation", "Co-operation",
    "Development", "Economy", "Energy", "Health", "Justice", "Interior", "Internal", "Education",
    "Agriculture", "Industry", "Culture", "Labor", "Labour", "Transport", "Digital", "Investment",
    "Integration", "Emergency", "Emergencies", "Situations", "Ecology", "Environment", "Natural",
    "Resources", "Water", "Tourism", "Sports", "Science", "Higher", "Information", "Social", "Protection",
    "Population", "Human", "Rights", "Democracy", "Global", "Political", "Public", "Diplomacy", "Arms",
    "Control", "Nonproliferation", "Counterterrorism", "Civilian", "Management", "Services", "Bureau",
    "Asian", "Pacific", "Eastern", "European", "Central", "South", "North", "East", "West", "Western",
    "Southern", "Northern", "Near", "Middle", "African", "American", "Hemisphere", "Republic", "Senate",
    "Parliament", "Mazhilis", "Majilis", "Council", "Committee", "Commission", "Office", "Ministry",
    "Administration", "Assembly", "Cabinet", "Government", "Party", "Politburo", "Municipal", "Standing",
    "Legislative", "Chamber", "Lower", "Upper", "House", "Delegation", "Mission", "Embassy", "Agency",
    "Board", "Staff", "Joint", "Regulations", "Coordination", "Services", "Rural", "Urban", "Infrastructure",
    "Infrastructural", "Innovation", "Technology", "Technologies", "Aerospace", "Communications", "Media",
    "Youth", "Family", "Women", "Gender", "Equality", "Climate", "Food", "Fisheries", "Forestry", "Mining",
    "Oil", "Gas", "Nuclear", "Atomic", "Disability", "Disabilities", "Religious", "Freedom", "Humanitarian",
    "Migration", "Refugees", "Consular", "Protocol", "Planning", "Budget", "Revenue", "Customs", "Tax",
    "Statistics", "Sovereign", "Wealth", "Fund", "Treasury", "Commerce", "Labor", "Veterans", "Homeland",
    "Intelligence", "Attorney", "Solicitor", "Head", "Heads", "Elect", "Honorary", "Ad", "Hoc", "Affairs",
    "Multilateral", "Bilateral", "Relations", "Policy", "Strategic", "Planning", "Defense", "Armed", "Forces",
    "Operations", "Peacekeeping", "Halk", "Maslahaty", "Mejlis", "Oliy", "Majlis", "Jogorku", "Kenesh",
    "Majlisi", "Oli", "Milli", "Duma", "Khural", "Great", "Supreme", "Sports", "Youth", "Mission", "Peace", "Unity",
    "Nation", "Abroad", "Community", "Diaspora", "Compatriots",
    "Representative", "Office", "Centre", "Center", "Organization", "Organisation", "Union", "Department",
}
# Capitalised words that start sentences or clauses and never name a person.
STOP_CAPS = {
    "The", "This", "That", "These", "Those", "In", "On", "At", "As", "During", "After", "Before", "Following",
    "He", "She", "They", "We", "It", "His", "Her", "Their", "Our", "Its", "I", "You", "Your", "Both", "Also",
    "According", "Since", "While", "With", "Within", "For", "From", "To", "Of", "By", "And", "But", "Or",
    "A", "An", "All", "Among", "Today", "Yesterday", "Tomorrow", "Later", "Earlier", "Meanwhile", "Moreover",
    "Furthermore", "Besides", "However", "Thus", "Therefore", "There", "Here", "When", "Where", "Which", "Who",
    "What", "Why", "How", "Each", "Every", "Other", "Such", "Many", "Some", "Several", "Further", "Then",
    "Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "H.E.", "His", "Her", "Excellency", "Madam", "Sir",
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "Created", "Updated", "Published", "Posted", "Date", "Source", "Photo", "Video", "Read", "More", "Press",
    "Release", "Statement", "Readout", "Note", "Media", "Contact", "Office", "Spokesperson", "Embassy", "Chapter",
    "Website", "Portal", "Homepage",  # ("President of the Islamic Republic of Iran – Official Website": a site's header)
    "Secretary", "COVID-19", "Covid-19", "Kazinform", "KAZINFORM", "Ambassador", "Excellencies", "Ladies",
    "Gentlemen", "Let", "Thank", "Thanks", "Please", "Yes", "No", "Okay", "Well", "Good", "Great", "Dear",
    "Congratulations", "Welcome", "Regarding", "Concerning", "Given", "Despite", "Through", "Under", "Over",
    "Upon", "Via", "Once", "Now", "Again", "Together", "Finally", "Lastly", "First", "Second", "Third",
    "Additionally", "Overall", "Especially", "Particularly", "In", "Chinese", "Communist", "Party", "Internet",
    # Sentence openers of spoken text (briefings, interviews): "If President Putin ...", "So Secretary ..."
    "If", "So", "Though", "Although", "Because", "Unless", "Whether", "Whereas", "Yet", "Still", "Just", "Even",
    "Only", "Indeed", "Instead", "Otherwise", "Perhaps", "Maybe", "Obviously", "Clearly", "Certainly", "Look",
    "Listen", "Sure", "Absolutely", "Oh", "Hi", "Hello", "Sorry", "Either", "Neither", "Not", "Nor", "Do", "Does",
    "Did", "Can", "Could", "Would", "Should", "Must", "Unlike", "Across", "Against", "Around", "Beyond", "Without",
    "Toward", "Towards", "Another", "Most", "Much",
}
# The last words of bodies' names: "Bertelsmann Foundation", "Ford Motor Company".
ORG_HEADS = {
    "Ministry", "Commission", "Committee", "Council", "Union", "Organization", "Organisation", "Agency",
    "Center", "Centre", "Centers", "Centres", "Forces", "Fund", "Bank", "University", "Institute", "Parliament",
    "Assembly", "Secretariat", "Service", "Corporation", "Company", "Group", "Association", "Foundation",
    "Museum", "Academy", "Chamber", "Authority", "Bureau", "Alliance", "Court", "Tribunal", "Board",
    "Society", "League", "Federation", "Network", "Coalition", "Army", "Navy", "Police", "College", "School",
    "Hospital", "Congress", "Directorate", "Command", "Exchange", "Airlines", "Railways", "Department",
    "Administration", "Office", "Embassy", "Consulate", "Mission", "Cabinet", "Institution", "Inspectorate",
    "Division",
}
# Words of a region's name that a title may hold ("... for Middle East, North Africa").
COMPASS = frozenset({"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Middle"})
# The words after a place's name that make it a region: "Osaka Prefecture".
REGION_WORDS = frozenset({"Prefecture", "Province", "Region", "County", "Oblast", "Governorate", "Municipality", "Canton"})
# Words that end a body's name, never a person's (not "Court", a surname too).
BODY_ENDS = frozenset((ORG_HEADS - {"Court"}) | {"Trust", "Channel", "Survey", "Force", "Area", "Territory", "Conference"})


HONORIFICS = FORMS_OF_ADDRESS
# ("Correia e Silva": the Portuguese "e", "and", inside a family name, as the Spanish "y")
PARTICLES = {"bin", "ibn", "al", "el", "de", "da", "van", "von", "der", "du", "la", "le", "dos", "das", "di", "y", "e"}
CONNECTORS = {"of", "the", "for", "and", "to", "on", "in", "&"}
# Lower-case words the steps look at one by one; any other lower-case word is a gap.
KEEP_LOWER = CONNECTORS | PARTICLES | {
    "former", "acting", "then", "with", "a.i.", "a.i", "in-Office", "foreign", "ministers", "minister", "affairs",
    "heads", "head", "state", "leaders", "presidents", "prime", "ambassadors", "secretary", "president",
    # "his Indian counterpart X", "his French opposite number X", "Minister responsible for X"
    "counterpart", "counterparts", "colleague", "number", "responsible",
    "d'Affaires", "d’Affaires", "d'affaires", "d’affaires",  # ("Chargé d'Affaires of Honduras, X": inside the title)
}
COUNTERPART_WORDS = {"counterpart", "counterparts", "colleague", "number"}
_UPPER_SET = set(UPPER)


class Token:
    """One word or punctuation mark of a sentence, with what it may be part of.

    A plain class with slots: hundreds of thousands are made per thousand releases.
    """

    __slots__ = ("start", "end", "text", "tags", "key", "mention", "cap", "bare", "possessive")

    def __init__(self, start: int, end: int, text: str, tags: frozenset[str] = frozenset()) -> None:
        self.start = start  # offset in the release text
        self.end = end
        self.text = text
        # "state", "org", "head", "title", "name", ...: never changed in place (``tag`` replaces
        # the set), so tokens of one word share their tags and a step can tell what it changed.
        self.tags: frozenset[str] = tags
        self.key: str | None = None  # ISO code / org key / place name when tagged so
        self.mention: Mention | None = None
        self.cap = text[:1] in _UPPER_SET or "-" in text[:5] and ARTICLE_NAME.match(text) is not None
        bare = text
        if text[-1:] in _QUOTE_END:
            for suffix in ("’s", "'s", "’", "'"):
                if text.endswith(suffix):
                    bare = text[: -len(suffix)]
                    break
        self.bare = bare  # the word without a possessive ending
        self.possessive = text.endswith(("’s", "'s", "s’", "s'"))

    def tag(self, name: str) -> None:
        """Add the tag ``name``."""
        self.tags = self.tags | {name}

    def copy_at(self, start: int, end: int, tags: frozenset[str]) -> Token:
        """The same word at another place, with ``tags``: the word's own attributes copied,
        not worked out again (``tokenize`` keeps one such prototype per word)."""
        tok = _new_token(Token)
        tok.start, tok.end, tok.text, tok.tags, tok.key, tok.mention = start, end, self.text, tags, None, None
        tok.cap, tok.bare, tok.possessive = self.cap, self.bare, self.possessive
        return tok

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {sorted(self.tags)})"


_new_token = object.__new__


_QUOTE_END = set("s’'")


@lru_cache(maxsize=4)
def title_vocabulary(lexicon: Lexicon) -> frozenset[str]:
    """Every capitalised word that appears in an office title of the gazetteer."""
    words = set(TITLE_WORDS) | set(HEADS)
    for title in lexicon.office_kinds:
        for w in re.findall(r"[^\W\d_][\w'’\-]*", title):
            if w[:1].isupper():
                words.add(w)
    # Titles that are also common first names ("Sultan bin Saad Al-Muraikhi", "Dean Thompson").
    return frozenset(words - NAME_LIKE_TITLES)


NAME_LIKE_TITLES = {"Sultan", "Dean"}


def tokenize(text: str, offset: int, matcher: Matcher, mentions: list[Mention]) -> list[Token]:
    """Tokens of one sentence (``text`` at ``offset``), tagged with gazetteer mentions
    (``mentions`` hold release offsets) and the title vocabulary."""
    vocab = title_vocabulary(matcher.lexicon)
    known = _word_table(vocab)
    tokens: list[Token] = []
    append = tokens.append
    gap: Token | None = None  # the last token, when it is a gap token
    end = offset  # where the last token ends
    for space, raw in _SPACED_TOKEN.findall(text):
        start = end + len(space)
        end = start + len(raw)
        word, tags, proto = known.get(raw) or _learn(known, raw, vocab)
        if tags is _GAP_TAGS:
            # A run of ordinary lower-case words only ever separates names and titles:
            # one gap token stands for the run (fewer tokens, same decisions).
            if gap is not None:
                gap.end = end
                continue
            gap = proto.copy_at(start, end, _GAP_TAGS)
            append(gap)
            continue
        gap = None
        tok = proto.copy_at(start, start + len(word), tags)
        append(tok)
        if len(word) < len(raw):
            append(Token(tok.end, tok.end + 1, "."))
    if "Sultan" in text:
        for k, tok in enumerate(tokens):
            if tok.text == "Sultan" and _titles_here(tokens, k):
                tok.tag("title")
                tok.tag("head")
    if may_match(text, RANK_WORDS):
        ranks_as_address(tokens, is_name_token, ORG_HEADS)
    if "n Sri " in text:
        two_word_address(tokens)
    if "First Lady" in text or "First Gentleman" in text:
        for k, tok in enumerate(tokens):
            if tok.text in ("Lady", "Gentleman") and k > 0 and tokens[k - 1].text == "First":
                tok.tag("title")  # ("First Lady Rachel Ruto": her office, and no given name)
                tok.tag("head")
    if "Oli" in text or "Duma" in text:
        for k, tok in enumerate(tokens):
            if tok.text in _SURNAME_TITLE_WORDS and _among_names(tokens, k):
                tok.tags = tok.tags - {"title"}  # "K P Sharma Oli", "Advocate Duma Gideon Boko": names here
    if mentions:
        starts = [t.start for t in tokens]
        states: list[int] = []  # where a state's name starts: each may be a surname (below)
        for mention in mentions:
            i = bisect_left(starts, mention.start)
            if mention.kind == "state" and i >= 2:
                states.append(i)
            while i < len(tokens) and tokens[i].start < mention.end:
                tok = tokens[i]
                if tok.end <= mention.end + 2:
                    tok.tag(mention.kind)
                    tok.key = mention.key
                    tok.mention = mention
                i += 1
        for k in states:
            if k < len(tokens) and "state" in tokens[k].tags and _surname_of_state_name(tokens, k):
                tokens[k].tags = tokens[k].tags - {"state"}
    return tokens


# Words of bodies' names that are also names of persons ("Majlisi Oli", "State Duma").
_SURNAME_TITLE_WORDS = frozenset({"Oli", "Duma"})


def _among_names(tokens: list[Token], k: int) -> bool:
    """Whether the token at ``k`` stands beside a name word and no title word."""
    near = [tokens[j] for j in (k - 1, k + 1) if 0 <= j < len(tokens) and tokens[j].cap]
    if any(is_name_token(t) for t in near) and not any(t.tags & {"title", "head"} for t in near):
        return True
    # ("President Duma Boko": a given name between an office and a surname; not "the State Duma
    # Vyacheslav Volodin", a body before its chairman's name)
    before, after = (tokens[k - 1] if k else None), (tokens[k + 1] if k + 1 < len(tokens) else None)
    return before is not None and after is not None and bool(before.tags & {"title", "head"}) and \
        before.text not in ("State", "Oli", "Majlisi") and after.cap and is_name_token(after) and \
        not after.tags & {"title", "head"}


def _titles_here(tokens: list[Token], k: int) -> bool:
    """Whether "Sultan", a title that is also a first name, is the title here: "the Sultan of Oman",
    "His Majesty Sultan Haitham bin Tarik"; not "Sultan bin Saad Al-Muraikhi"."""
    before = tokens[k - 1].text if k else ""
    after = [t.text for t in tokens[k + 1: k + 3]]
    return before in ("Majesty", "Highness") or after[:1] == ["of"] or before in ("the", "The") and after[:1] == [","] \
        or len(after) == 2 and after[1] in ("bin", "ibn") and _name_shaped_word(after[0])


def _surname_of_state_name(tokens: list[Token], k: int) -> bool:
    """"the Prime Minister, Luís Montenegro, at ...": a one-word state name after an office
    and a given name, and before a comma or a stop, is that person's surname."""
    tok, given = tokens[k], tokens[k - 1]
    if tok.mention is None or tok.mention.end != tok.end or tok.mention.start != tok.start:
        return False
    if given.tags - {"cap", "name"} or not given.cap or not _name_shaped_word(given.text):
        return False
    j = k - 3 if tokens[k - 2].text == "," and k >= 3 else k - 2
    # ("the Prime Minister of Portugal, Luís Montenegro": the office's state between them)
    while j >= 2 and tokens[j].tags & {"state", "org"} and "head" not in tokens[j].tags:
        j -= 1
    if j >= 2 and tokens[j].text in ("of", "the") and (tokens[j - 1].text in ("of",) or "head" in tokens[j - 1].tags):
        j -= 2 if tokens[j - 1].text == "of" else 1
    if "head" not in tokens[j].tags:
        return False
    # (a comma or a stop after it: "under President Ortega Nicaragua is becoming" is no name)
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return after is None or after.text in (",", ".", ";", ")")


# Each token with the white space before it: the text between two matches of TOKEN is white
# space only (its last alternative takes any other character), so the offsets add up; findall
# spares a match object per token.
_SPACED_TOKEN = re.compile(rf"(\s*)({TOKEN.pattern})")
_GAP_TAGS = frozenset({"gap", "notname"})
_WORD_TABLE_SIZE = 1 << 16  # words kept per vocabulary: more than a release's, bounded over a corpus


@lru_cache(maxsize=4)
def _word_table(vocab: frozenset[str]) -> dict[str, tuple[str, frozenset[str], Token]]:
    """Per vocabulary: each token match seen, with ``_word_tags``'s answer for it."""
    return {}


def _learn(known: dict[str, tuple[str, frozenset[str], Token]], raw: str,
           vocab: frozenset[str]) -> tuple[str, frozenset[str], Token]:
    if len(known) >= _WORD_TABLE_SIZE:
        known.clear()
    entry = known[raw] = _word_tags(raw, vocab)
    return entry


def _word_tags(raw: str, vocab: frozenset[str]) -> tuple[str, frozenset[str], Token]:
    """The word a token match stands for, its tags and a prototype token of it, which depend
    on the word alone: worked out once per word and vocabulary (the same words recur
    sentence after sentence). An ordinary lower-case word is a gap word: ``_GAP_TAGS``."""
    particle = "-" in raw[:5] and ARTICLE_NAME.match(raw) is not None  # "al-Sisi": a name
    if raw[0].islower() and raw not in KEEP_LOWER and not particle:
        return raw, _GAP_TAGS, Token(0, 0, raw)
    word = raw
    # A trailing dot belongs to initials and abbreviations, not to words ending a sentence.
    if word[-1] == "." and len(word) > 2 and not _KEEP_DOT.fullmatch(word):
        word = word[:-1]
    proto = Token(0, 0, word)
    if word[:1] not in _UPPER_SET and not particle:
        return word, frozenset({"notname"}), proto
    tags = {"cap"}
    bare = proto.bare
    if len(word) >= 3 and word.isupper() and word.isalpha():
        tags.add("caps")
    if bare in HEADS or "-" in bare and bare.split("-", 1)[0] in _HEAD_PREFIXES and bare.split("-", 1)[1] in HEADS:
        tags.add("head")  # ("Under-Secretary-General", "Vice-President": a head with its prefix)
    if bare in vocab:
        tags.add("title")
    tags.add("name" if _NAME_SHAPE.fullmatch(word) else "notname")
    return word, frozenset(tags), proto


_HEAD_PREFIXES = {"Under", "Vice", "Deputy", "Co", "Assistant", "Acting", "Sub", "Ex", "Pro"}
_KEEP_DOT = re.compile(r"(?:[A-Z]\.)+|Mr\.|Mrs\.|Ms\.|Dr\.|St\.|Jr\.|Sr\.|Smt\.|Hon\.|Prof\.|Amb\.|Gen\.|Col\.|Eng\.|Engr\.|Lt\.|Maj\.|Brig\.|Adm\.|Capt\.|Cdr\.|Sra\.")


_CONTRACTION = re.compile(r"[’'][a-z]{1,2}$|^A[’'][A-Z]")  # ("I’m", "We’ll"; "Majlis A'Shura": an Arabic article)
_NAME_SHAPE = re.compile(r"[^\W\d_][\w'’\-]*\.?")
_NOT_NAME = frozenset({"state", "demonym", "org", "place", "title", "head", "national"})


def is_name_token(tok: Token) -> bool:
    """Could this token be part of a person's name?"""
    tags = tok.tags
    if "notname" in tags or not tags.isdisjoint(_NOT_NAME):
        return False
    return tok.cap and _name_shaped_word(tok.text)


@lru_cache(maxsize=1 << 16)
def _name_shaped_word(text: str) -> bool:
    """The part of ``is_name_token`` that depends on the word alone: once per word."""
    tok = Token(0, 0, text)
    if tok.bare in STOP_CAPS or tok.bare in HEADLINE_WORDS or tok.bare in HEADLINE_VERBS or tok.bare in NON_NAME_NOUNS \
            or tok.text in HONORIFICS or tok.text.isupper() and len(tok.text) > 1 and not tok.text.endswith("."):
        return False  # all-capital words are acronyms, not names
    if not tok.possessive and _CONTRACTION.search(tok.text):
        return False  # contractions, and a body's name with the Arabic article
    return bool(_NAME_SHAPE.fullmatch(tok.text))
