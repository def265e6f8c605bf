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
from collections.abc import Iterable
from dataclasses import dataclass, field

from omnipos.domain.cart import ProductInfo

__all__ = [
    "ALPHABET",
    "MAX_GUESSES",
    "MIN_LENGTH",
    "NEIGHBOUR_KEYS",
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


@dataclass(frozen=True, slots=True)
class Guess:
    """A word of the catalog a typed word may have meant, and how: ``prefix`` when only
    the start of a catalog word (the last word, still being typed)."""

    word: str
    prefix: bool = False


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The words of the catalog's search index (letters only), for guessing slips."""

    words: frozenset[str]
    _sorted: tuple[str, ...] = field(repr=False, compare=False)
    # The first MIN_LENGTH letters of every word: most guesses of a start of a word are
    # turned down by one set look-up instead of a search of the sorted words.
    _heads: frozenset[str] = field(repr=False, compare=False)

    @classmethod
    def of(cls, words: Iterable[str]) -> Vocabulary:
        unique = frozenset(words)
        return cls(unique, tuple(sorted(unique)), frozenset(w[:MIN_LENGTH] for w in unique))

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
        words count too, after the whole words."""
        spellings = one_slip_away(typed)
        found = [Guess(w) for w in spellings if w in self.words]
        if prefix and len(found) < limit:
            found += [Guess(w, prefix=True) for w in spellings
                      if len(w) >= MIN_LENGTH and w not in self.words and self.starts(w)]
        return found[:limit]


class Matches(list[ProductInfo]):
    """The products a search found, best first. ``read_as`` is set when the words typed
    found nothing and these were found by reading them as other words of the catalog
    (the words the first product was found by), so a screen can say so."""

    def __init__(self, products: Iterable[ProductInfo] = (), read_as: str | None = None):
        super().__init__(products)
        self.read_as = read_as
