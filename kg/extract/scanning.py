"""Faster scans with the same matches: rewrites of a compiled pattern that leave every match
of it as it was, applied only where the pattern's form proves that they do."""
from __future__ import annotations

import re
from collections.abc import Iterable
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
        if not _opens_at_word_start(list(parsed)):
            return pattern
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
