"""Typing slips: which words of the catalog a mistyped word may have meant.

One slip is a letter left out, one too many, one wrong, or two neighbours
swapped (Damerau-Levenshtein distance 1). A word of the index is never
"corrected": only a word the catalog does not have gets guesses, and only the
words one slip away that the catalog *does* have (``Vocabulary``), so a search
never asks the index about hundreds of spellings that cannot match. Guesses
come most likely first: a neighbouring key struck instead of the right one,
then two letters swapped, a letter typed twice or too many, one left out, and
last any other wrong letter. Words shorter than ``MIN_LENGTH`` have too many
neighbours to guess from, so they get none.
"""

from __future__ import annotations

import bisect
import os
from collections.abc import Iterable
from dataclasses import dataclass, field

from omnipos.domain.cart import ProductInfo

__all__ = [
    "ALPHABET",
    "MAX_GUESSES",
    "MIN_LENGTH",
    "NEIGHBOUR_KEYS",
    "TWO_SLIPS_FROM",
    "Guess",
    "Matches",
    "Vocabulary",
    "one_slip_away",
]

# Letters only: a slip inside a word is rarely a digit, and the words of the index that
# hold digits are mostly SKUs and sizes, which nobody means when typing a name.
ALPHABET = "abcdefghijklmnopqrstuvwxyz"
MIN_LENGTH = 4
# Guesses per word that go into the query: enough for the likely readings, few enough
# that a common word among them cannot make the query slow.
MAX_GUESSES = 6
# Two slips are guessed only in words this long: a shorter word is two slips from too many.
TWO_SLIPS_FROM = 7

_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _neighbour_keys() -> dict[str, str]:
    """Each letter's keys around it on a QWERTY keyboard (same row and the rows above and
    below, which sit half a key to the right each row down)."""
    where = {c: (r, i) for r, row in enumerate(_KEY_ROWS) for i, c in enumerate(row)}
    near: dict[str, str] = {}
    for c, (r, i) in where.items():
        near[c] = "".join(
            d for d, (r2, i2) in where.items()
            if d != c and ((r2 == r and abs(i2 - i) == 1)
                           or (r2 == r - 1 and i2 in (i, i + 1))
                           or (r2 == r + 1 and i2 in (i - 1, i)))
        )
    return near


NEIGHBOUR_KEYS = _neighbour_keys()


def one_slip_away(word: str, alphabet: str = ALPHABET) -> list[str]:
    """Every spelling one slip from ``word`` (not ``word`` itself), most likely first;
    empty for short words."""
    if len(word) < MIN_LENGTH:
        return []
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    # The key next to the intended one: what was typed is a neighbour of what was meant.
    neighbour = [a + c + b[1:] for a, b in splits if b for c in NEIGHBOUR_KEYS.get(b[0], "")]
    swapped = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1 and b[0] != b[1]]
    # A letter too many: the doubled ones and those next to a neighbouring key first.
    extra = sorted((a + b[1:] for a, b in splits if b),
                   key=lambda w: not _is_repeat_or_neighbour(word, w))
    left_out = [a + c + b for a, b in splits for c in alphabet]
    wrong = [a + c + b[1:] for a, b in splits if b for c in alphabet]
    seen = {word}
    ordered = []
    for w in [*neighbour, *swapped, *extra, *left_out, *wrong]:
        if w not in seen:
            seen.add(w)
            ordered.append(w)
    return ordered


def _is_repeat_or_neighbour(typed: str, shorter: str) -> bool:
    """Whether the letter ``typed`` has and ``shorter`` lacks repeats, or is a key next to,
    the letter before or after it (fingers hitting two keys at once)."""
    i = next((n for n, (a, b) in enumerate(zip(typed, shorter, strict=False)) if a != b),
             len(shorter))
    c = typed[i]
    around = typed[i - 1:i] + typed[i + 1:i + 2]
    return any(c == d or c in NEIGHBOUR_KEYS.get(d, "") for d in around)


def _letters(word: str) -> int:
    """The set of the word's letters as bits (a to z; any other letter shares one bit)."""
    bits = 0
    for c in word:
        bits |= 1 << min(ord(c) - 97, 26) if c >= "a" else 1 << 26
    return bits


def _slips(a: str, b: str) -> int:
    """How many slips (Damerau-Levenshtein, neighbours swapped once) turn ``a`` into ``b``;
    any number over two is given as three."""
    before: list[int] = []
    row = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        new = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            new[j] = min(row[j] + 1, new[j - 1] + 1, row[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                new[j] = min(new[j], before[j - 2] + 1)
        if min(new) > 2:
            return 3
        before, row = row, new
    return min(row[-1], 3)


@dataclass(frozen=True, slots=True)
class Guess:
    """A word of the catalog a typed word may have meant, and how: ``prefix`` when only
    the start of a catalog word (the last word, still being typed); ``slips``, one or, for
    a long word with no word one slip away, two."""

    word: str
    prefix: bool = False
    slips: int = 1


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The words of the catalog's search index (letters only), for guessing slips."""

    words: frozenset[str]
    _sorted: tuple[str, ...] = field(repr=False, compare=False)
    # The first MIN_LENGTH letters of every word: most guesses of a start of a word are
    # turned down by one set look-up instead of a search of the sorted words.
    _heads: frozenset[str] = field(repr=False, compare=False)
    # For two slips: the words by length and first letter, and by length and second
    # letter (a word two slips away keeps one of them), each with its letters as bits.
    _by_start: dict[tuple[int, int, str], tuple[tuple[str, int], ...]] = field(
        repr=False, compare=False)

    @classmethod
    def of(cls, words: Iterable[str]) -> Vocabulary:
        unique = frozenset(words)
        by_start: dict[tuple[int, int, str], list[tuple[str, int]]] = {}
        for w in unique:
            if len(w) >= TWO_SLIPS_FROM - 2:
                for at in (0, 1):
                    by_start.setdefault((len(w), at, w[at]), []).append((w, _letters(w)))
        return cls(unique, tuple(sorted(unique)), frozenset(w[:MIN_LENGTH] for w in unique),
                   {key: tuple(ws) for key, ws in by_start.items()})

    def plus(self, words: Iterable[str]) -> Vocabulary:
        """This vocabulary with ``words`` added: for a few new words, a fraction of what
        building it again costs (the sorted words are merged, not sorted afresh)."""
        new = frozenset(words) - self.words
        if not new:
            return self
        by_start = dict(self._by_start)
        for w in new:
            if len(w) >= TWO_SLIPS_FROM - 2:
                for at in (0, 1):
                    key = (len(w), at, w[at])
                    by_start[key] = (*by_start.get(key, ()), (w, _letters(w)))
        return Vocabulary(self.words | new, tuple(sorted((*self._sorted, *new))),
                          self._heads | {w[:MIN_LENGTH] for w in new}, by_start)

    def __len__(self) -> int:
        return len(self.words)

    def __contains__(self, word: object) -> bool:
        return word in self.words

    def starts(self, prefix: str) -> bool:
        """Whether some word of the catalog starts with ``prefix`` (or is it)."""
        if len(prefix) >= MIN_LENGTH and prefix[:MIN_LENGTH] not in self._heads:
            return False
        i = bisect.bisect_left(self._sorted, prefix)
        return i < len(self._sorted) and self._sorted[i].startswith(prefix)

    def guesses(self, typed: str, *, prefix: bool = False,
                limit: int = MAX_GUESSES) -> list[Guess]:
        """The catalog's words one slip from ``typed``, most likely first, at most
        ``limit``. With ``prefix`` (the word is still being typed) the starts of longer
        words count too when no whole word is one slip away."""
        spellings = one_slip_away(typed)
        found = [Guess(w) for w in spellings if w in self.words]
        if prefix and not found:
            found += [Guess(w, prefix=True) for w in spellings
                      if len(w) >= MIN_LENGTH and w not in self.words and self.starts(w)]
        if not found and len(typed) >= TWO_SLIPS_FROM:
            found = [Guess(w, slips=2) for w in self._two_slips_away(typed)]
        return found[:limit]

    def _two_slips_away(self, typed: str) -> list[str]:
        """The words two slips from ``typed`` that keep its first or its second letter,
        those that keep more of its start first. Two slips change at most four of the
        letters a word has, so most words are turned down by comparing the sets of
        letters (one integer operation)."""
        mask = _letters(typed)
        near = {w for n in range(len(typed) - 2, len(typed) + 3) for at in (0, 1)
                for w, letters in self._by_start.get((n, at, typed[at]), ())
                if (letters ^ mask).bit_count() <= 4 and _slips(typed, w) <= 2}
        return sorted(near, key=lambda w: (-len(os.path.commonprefix([typed, w])), w))


class Matches(list[ProductInfo]):
    """The products a search found, best first. ``read_as`` is set when the words typed
    found nothing and these were found by reading them as other words of the catalog
    (the words the first product was found by), so a screen can say so."""

    def __init__(self, products: Iterable[ProductInfo] = (), read_as: str | None = None):
        super().__init__(products)
        self.read_as = read_as
