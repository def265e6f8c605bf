"""Typing slips: the words one slip away from what was typed (search's typo tolerance).

One slip is a letter left out, one too many, one wrong, or two neighbours
swapped (Damerau-Levenshtein distance 1). Words shorter than ``MIN_LENGTH``
have too many neighbours to guess from, so they get none.
"""

from __future__ import annotations

__all__ = ["ALPHABET", "MIN_LENGTH", "one_slip_away"]

# Letters only: a slip inside a word is rarely a digit, and each letter more is one more
# term for the index to look up.
ALPHABET = "abcdefghijklmnopqrstuvwxyz"
MIN_LENGTH = 4


def one_slip_away(word: str, alphabet: str = ALPHABET) -> set[str]:
    """Every word one slip from ``word`` (not ``word`` itself); empty for short words."""
    if len(word) < MIN_LENGTH:
        return set()
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deleted = {a + b[1:] for a, b in splits if b}
    swapped = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    replaced = {a + c + b[1:] for a, b in splits if b for c in alphabet}
    inserted = {a + c + b for a, b in splits for c in alphabet}
    return (deleted | swapped | replaced | inserted) - {word}
