"""Faster scans with the same matches: rewrites of a compiled pattern that leave every match
of it as it was, applied only where the pattern's form proves that they do."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import pairwise
from re import _constants as sre  # type: ignore[attr-defined]  # (the parser's op codes)
from re import _parser  # type: ignore[attr-defined]

# Where a match may start, for each assertion that can open an alternative: at a word
# boundary, or at the start of the text (or of a line, under re.MULTILINE).
_START_ASSERTIONS = {sre.AT_BOUNDARY, sre.AT_BEGINNING, sre.AT_BEGINNING_STRING, sre.AT_BEGINNING_LINE}
_CHARSET_FLAGS = re.ASCII | re.LOCALE | re.UNICODE  # flags that change what \b means


def at_word_starts(pattern: re.Pattern[str]) -> re.Pattern[str]:
    r"""``pattern``, trying only positions at a word boundary or at the start of the text, when
    every one of its alternatives opens with ``\b`` or ``^`` (else ``pattern`` itself).

    The matches are the same: no match could start anywhere else. The engine tries each
    alternative of a pattern at each position of the text, and most positions lie inside a
    word, where a single test now rejects them instead of one per alternative.
    """
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        if not _opens_at_word_start(list(parsed)) or parsed[0][0] is sre.AT:
            return pattern  # (one that opens with the assertion itself has it tried first already)
        return re.compile(rf"(?:\b|^)(?:{pattern.pattern})", pattern.flags)
    except (re.error, TypeError, ValueError, AttributeError):  # a form this reading does not know
        return pattern


def _opens_at_word_start(items: list[tuple[object, object]]) -> bool:
    """Whether every match of the parsed sequence ``items`` starts with a word boundary or
    at the start of the text or a line: its first item that is not a lookaround asserts so."""
    for op, av in items:
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            continue  # a lookahead or lookbehind: it consumes nothing, the next item opens the match
        if op is sre.AT:
            return av in _START_ASSERTIONS
        if op is sre.BRANCH:
            return all(_opens_at_word_start(list(alternative)) for alternative in av[1])
        if op is sre.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if (add_flags | del_flags) & _CHARSET_FLAGS:
                return False  # "(?a:...)": its \b would not be the one tested before it
            return _opens_at_word_start(list(sub))
        return False
    return False  # (an empty alternative matches anywhere)


def literal_alternation(words: Iterable[str]) -> str:
    """A pattern for ``words`` that matches as their alternation, longest first, would
    (``"|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))``), for
    case-sensitive use: the words as a tree of their shared beginnings.

    At each position the engine tries every word of an alternation; the tree tries only the
    words that begin with the text's next character. Where several words match, it prefers
    the longest, as the alternation does (they all lie on the one path the text spells).
    """
    root: dict[str, dict] = {}
    for word in set(words):
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _branches(root)


_END = ""  # the key that marks the end of a word in ``literal_alternation``'s tree

def word_alternation(words: Iterable[str]) -> str:
    r"""A pattern for ``words`` as whole words that matches as ``\b(?:literal_alternation(words))\b``
    would, for case-sensitive use, led by the words' first characters: the engine skips to
    those instead of trying every position (worth it where they are rare, as capitals are).

    ``\b`` before a word character is that no word character stands before it: tested by a
    lookbehind once the first character is read (``(?<!\w.)``).
    """
    root: dict[str, dict] = {}
    for word in set(words):
        if not re.match(r"\w", word):
            raise ValueError(f"{word!r} does not open with a word character")
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    options = [re.escape(char) + r"(?<!\w.)" + _branches(child) for char, child in sorted(root.items())]
    return f"(?:{'|'.join(options)})\\b"


def _branches(node: dict[str, dict]) -> str:
    # The longer words first: each next character before the end of a word here.
    options = [re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char != _END]
    if not options:
        return ""
    body = options[0] if len(options) == 1 else f"(?:{'|'.join(options)})"
    if _END not in node:
        return body
    return f"(?:{body})?" if len(options) > 1 or len(body) > 1 else f"{body}?"


class Alternatives:
    """A compiled pattern without groups that is an alternation, or holds one in its first
    ``(?:...)`` group, scanned with only those alternatives that a text can match: the same
    matches, from a shorter pattern where few of them can.

    Each alternative is read for strings one of which every match of it holds (``_needs``,
    lower-cased); a text whose ``stem_text`` holds none of an alternative's cannot match it.
    A pattern finds what it finds without the alternatives that match nowhere: every way to a
    match through one of them fails, and the engine tries the others in the same order. The
    pattern of the alternatives a text leaves is compiled once per such set (and tried at word
    starts only where ``at_word_starts`` proves it can).
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.full = at_word_starts(pattern)
        self.flags = pattern.flags
        self.parts: list[str] | None = None
        self.needs: list[tuple[str, ...] | None] = []
        self.head, self.tail = "", ""
        try:
            if pattern.groups == 0:
                self.head, parts, self.tail = _split(pattern.pattern)
                if len(parts) > 1:  # (a wrong split leaves a part that does not parse)
                    self.needs = [_needs(list(_parser.parse(part, pattern.flags))) for part in parts]
                    self.parts = parts
        except (re.error, TypeError, ValueError, AttributeError):  # a form this reading does not know
            self.parts = None
        self.compiled: dict[tuple[int, ...], re.Pattern[str]] = {}

    def finditer(self, text: str, lowered: str | None) -> Iterable[re.Match[str]]:
        """The matches of the pattern in ``text``; ``lowered`` is ``stem_text(text)``."""
        compiled = self._for(lowered)
        return compiled.finditer(text) if compiled is not None else ()

    def search(self, text: str, lowered: str | None) -> re.Match[str] | None:
        """The pattern's first match in ``text``; ``lowered`` is ``stem_text(text)``."""
        compiled = self._for(lowered)
        return compiled.search(text) if compiled is not None else None

    def _for(self, lowered: str | None) -> re.Pattern[str] | None:
        """The pattern of the alternatives a text (``lowered``) may match; None if it can match none."""
        if self.parts is None or lowered is None:
            return self.full
        kept: list[int] = []
        for i, stems in enumerate(self.needs):  # (plain loops: generators cost more than the tests)
            if stems is None:
                kept.append(i)
                continue
            for stem in stems:
                if stem in lowered:
                    kept.append(i)
                    break
        if not kept:
            return None
        key = tuple(kept)
        compiled = self.compiled.get(key)
        if compiled is None:
            if len(self.compiled) >= _SUBSETS_KEPT:
                self.compiled.clear()
            source = self.head + "|".join(self.parts[i] for i in kept) + self.tail
            compiled = self.compiled[key] = at_word_starts(re.compile(source, self.flags))
        return compiled


_SUBSETS_KEPT = 1024  # compiled sets of alternatives kept per pattern (a few dozen occur over a corpus)


def _split(source: str) -> tuple[str, list[str], str]:
    """A pattern's source as (head, alternatives, tail): its alternatives at the top level, else
    those of its first ``(?:...)`` group, the source being head + "|".join(alternatives) + tail."""
    marks = list(_structure(source))
    bars = [at for at, char, depth in marks if char == "|" and depth == 0]
    if bars:
        return "", _cut(source, 0, len(source), bars), ""
    groups = [at for at, char, depth in marks
              if char == "(" and depth == 0 and source.startswith("(?:", at)]
    closing = next((at for at, char, depth in marks
                    if groups and at > groups[0] and char == ")" and depth == 0), None)
    if closing is None:
        return "", [source], ""
    opening = groups[0]
    bars = [at for at, char, depth in marks if opening < at < closing and char == "|" and depth == 1]
    return source[: opening + 3], _cut(source, opening + 3, closing, bars), source[closing:]


def _cut(source: str, start: int, end: int, bars: list[int]) -> list[str]:
    return [source[a + 1: b] for a, b in pairwise([start - 1, *bars, end])]


def _structure(source: str) -> Iterator[tuple[int, str, int]]:
    """(offset, character, groups open before it) of each character of a pattern's source
    that is not escaped and stands outside character sets."""
    depth, i, in_set = 0, 0, False
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_set:
            in_set = char != "]"
        elif char == "[":
            in_set = True
            if source[i + 1: i + 2] == "^":
                i += 1
            if source[i + 1: i + 2] == "]":
                i += 1  # ("[]...]", "[^]...]": a first "]" is a member)
        else:
            if char == ")":
                depth -= 1
            yield i, char, depth
            if char == "(":
                depth += 1
        i += 1


def _needs(items: list[tuple[object, object]]) -> tuple[str, ...] | None:
    """Strings (lower-cased) one of which every match of the parsed sequence ``items`` holds,
    or None where this reading finds none: its longest run of plain ASCII characters, or the
    strings one of which each alternative of a group must hold, whichever are the longer."""
    best: tuple[str, ...] | None = None
    run = ""

    def consider(stems: tuple[str, ...] | None) -> None:
        nonlocal best
        if stems and (best is None or min(map(len, stems)) > min(map(len, best))):
            best = stems

    for op, av in items:
        if op is sre.LITERAL and av < 128:
            run += chr(av).lower()
            continue
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width: the characters on either side still stand side by side
        consider((run,) if run else None)
        run = ""
        if op is sre.SUBPATTERN:
            consider(_needs(list(av[3])))
        elif op is sre.BRANCH:
            branches = [_needs(list(alternative)) for alternative in av[1]]
            if all(branches):
                consider(tuple(dict.fromkeys(s for stems in branches for s in stems)))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
            consider(_needs(list(av[2])))
    consider((run,) if run else None)
    return best


def form_matches(text: str, forms: Iterable[str]) -> list[tuple[int, str]]:
    r"""Where ``forms`` (non-empty) stand as whole words in ``text``, left to right without
    overlaps, the longest form first where several start at one place: what a pattern
    ``(?<![\w\-])(?:longest|...|shortest)(?![\w\-])`` finds, without compiling one per release."""
    best: dict[int, str] = {}  # start -> the longest form standing there
    for form in forms:
        at = text.find(form)
        while at >= 0:
            end = at + len(form)
            whole = (at == 0 or not is_word_char(text[at - 1])) and \
                (end == len(text) or not is_word_char(text[end]))
            if whole and len(form) > len(best.get(at, "")):
                best[at] = form
            at = text.find(form, at + 1)
    found: list[tuple[int, str]] = []
    free = 0  # where the next match may start
    for at in sorted(best):
        if at >= free:
            found.append((at, best[at]))
            free = at + len(best[at])
    return found


def is_word_char(char: str) -> bool:
    r"""``[\w\-]`` as re reads it: \w is a Unicode letter or digit (str.isalnum) or "_"."""
    return char.isalnum() or char in "_-"
