"""The working state shared by the extraction steps of one release."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from kg.extract.mentions import Matcher, Mention
from kg.extract.name_forms import GENERATIONS
from kg.extract.persons import PersonMention
from kg.extract.text import Sentence
from kg.extract.tokens import Token
from kg.lexicon import Lexicon
from kg.records import Evidence, Record, Release


@dataclass(slots=True)
class PersonEntity:
    """One person of the release, with every way the text refers to them."""

    key: str  # the full name, the entity's key within the release
    name: str
    aliases: list[str] = field(default_factory=list)
    offices: list[tuple[str, str | None, Evidence]] = field(default_factory=list)  # title, of, evidence
    state: str | None = None  # "state:XX"
    first: int = 0  # offset of the first mention
    presumed: set[str] = field(default_factory=set)  # titles whose state is presumed (publisher's, host's)
    stated: str | None = None  # the state the text gives ("state:XX"), for the record

    @property
    def surname(self) -> str:
        words = self.name.split()
        if len(words) > 1 and 2 <= len(words[0]) <= 3 and words[0].isupper() and words[0].isalpha() and not words[-1].isupper():
            return words[0].capitalize()  # ("QU Dongyu": a short surname in capitals, first)
        # ("Ferdinand R. Marcos Jr.": Marcos, the word before the generation)
        return words[-2] if len(words) > 2 and words[-1] in GENERATIONS else words[-1]


@dataclass(slots=True)
class ActorRef:
    """A reference to an actor in a sentence: a person, state or organisation."""

    start: int
    end: int
    kind: str  # "person" | "state" | "org" | "group"
    key: str  # person key, ISO code, org key or group word
    text: str


@dataclass
class Context:
    release: Release
    lexicon: Lexicon
    matcher: Matcher
    record: Record
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[list[Token]] = field(default_factory=list)  # per sentence
    mentions: list[Mention] = field(default_factory=list)  # gazetteer mentions, release offsets
    mentions_by_sentence: list[list[Mention]] = field(default_factory=list)
    person_mentions: list[list[PersonMention]] = field(default_factory=list)  # per sentence
    persons: dict[str, PersonEntity] = field(default_factory=dict)
    refs: list[list[ActorRef]] = field(default_factory=list)  # per sentence
    home_state: str | None = None  # ISO code of the publishing state
    home_stated: bool = False  # whether the publisher's name, its header lines or the dateline gave it (not a count)
    dateline_end: int = 0  # offset in the release text where the dateline ends
    state_names: dict[str, str] = field(default_factory=dict)  # ISO code -> label used in the record
    org_names: dict[str, str] = field(default_factory=dict)  # org key -> label used in the record
    extra_interactions: list = field(default_factory=list)  # interactions a step found beside the one it built
    # Meetings, visits and events the release reports as still to come: initiatives, not events.
    planned: list = field(default_factory=list)
    # Events the text places at no day of its own (a tour's earlier stops): the scene dates them not.
    undated: list = field(default_factory=list)
    _by_start: tuple[list[Mention], list[int], int] | None = field(default=None, repr=False)

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        """The gazetteer mentions that start in ``[start, end)``, by a binary search: scans of
        every mention per sentence made extraction quadratic in the length of a release."""
        if self._by_start is None or self._by_start[2] != id(self.mentions) or \
                len(self._by_start[0]) != len(self.mentions):
            ordered = sorted(self.mentions, key=lambda m: m.start)
            self._by_start = (ordered, [m.start for m in ordered], id(self.mentions))
        ordered, starts, _ = self._by_start
        return ordered[bisect_left(starts, start): bisect_left(starts, end)]

    def evidence(self, sentence: Sentence) -> Evidence:
        # (the release's own words: a headline in capitals is read recased, quoted as written)
        return Evidence(sentence.start, sentence.end, self.release.text[sentence.start:sentence.end])

    def evidence_at(self, offset: int) -> Evidence | None:
        """The sentence that holds release offset ``offset``, as evidence."""
        return next((self.evidence(s) for s in self.sentences if s.start <= offset < s.end), None)

    def person_keys_by_label(self) -> dict[str | None, str]:
        """Each person's label ("Antony J. Blinken") → their key ("person:Antony J. Blinken")."""
        return {self.label(f"person:{p.key}"): f"person:{p.key}" for p in self.persons.values()}

    def label(self, key: str | None) -> str | None:
        """'state:KZ' → 'Kazakhstan', 'org:osce' → 'OSCE', a person key → the name."""
        if not key:
            return None
        kind, _, value = key.partition(":")
        if kind == "org-as-written":
            return value.split("|", 1)[0]
        if kind == "state":
            entry = self.lexicon.states.get(value)
            return self.state_names.get(value) or (entry.name if entry else value)
        if kind == "org":
            entry_org = self.lexicon.organizations.get(value)
            return self.org_names.get(value) or (entry_org.label if entry_org else value)
        if kind == "person":
            return self.persons[value].name if value in self.persons else value
        return key
