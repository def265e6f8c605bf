"""Typing slips: a letter left out, one too many, one wrong, two swapped; only the
catalog's words are guessed, the likeliest slips first."""

from __future__ import annotations

from omnipos.domain.spelling import (
    MAX_GUESSES,
    NEIGHBOUR_KEYS,
    TWO_SLIPS_FROM,
    Guess,
    Vocabulary,
    one_slip_away,
)


def test_the_slips_of_a_word() -> None:
    near = one_slip_away("milk")
    assert {"mlk", "milks", "milc", "mikl", "imlk"} <= set(near)  # out, extra, wrong, swapped
    assert "milk" not in near and "mil" in near
    assert all(abs(len(w) - 4) <= 1 for w in near)
    assert len(near) == len(set(near))


def test_a_neighbouring_key_is_the_likeliest_slip() -> None:
    assert set(NEIGHBOUR_KEYS["g"]) == set("tyfhvb")
    assert set(NEIGHBOUR_KEYS["q"]) == set("wa")
    near = one_slip_away("jilk")
    # j sits next to m, not to s: "jilk" is more likely milk than silk
    assert near.index("milk") < near.index("silk")
    assert Vocabulary.of(["silk", "milk", "bilk"]).guesses("jilk") == [
        Guess("milk"), Guess("bilk"), Guess("silk")]


def test_only_words_of_the_catalog_are_guessed() -> None:
    words = Vocabulary.of(["lavender", "soap", "sourdough", "whole", "chocolate"])
    assert words.guesses("lavendr") == [Guess("lavender")]  # a letter left out
    assert words.guesses("whloe") == [Guess("whole")]  # two swapped
    assert words.guesses("sourdougj") == [Guess("sourdough")]  # a neighbouring key
    assert words.guesses("qzxvy") == []  # nonsense: nothing to guess
    assert words.guesses("cheese") == []  # more than one slip from every word


def test_the_last_word_may_be_the_start_of_a_word() -> None:
    words = Vocabulary.of(["chocolate"])
    assert words.guesses("chco") == []
    assert words.guesses("chco", prefix=True)[0] == Guess("choc", prefix=True)
    assert words.starts("choc") and not words.starts("chco")


def test_guesses_are_capped() -> None:
    typed = "bake"
    words = Vocabulary.of(w for w in one_slip_away(typed) if len(w) == 4)
    assert len(words.guesses(typed)) == MAX_GUESSES


def test_short_words_get_no_guesses() -> None:
    assert one_slip_away("tea") == []
    assert Vocabulary.of(["tee", "ten"]).guesses("tea") == []


def test_a_long_word_with_no_word_one_slip_away_may_be_two_slips_away() -> None:
    words = Vocabulary.of(["screwdriver", "screwdrivers", "chocolate", "cheddar", "sourdough"])
    assert words.guesses("screwdirvr") == [Guess("screwdriver", slips=2)]  # swapped, left out
    assert words.guesses("choclat") == [Guess("chocolate", slips=2)]  # two left out
    # a word one slip away: no two-slip guesses (z is next to s: screwdrivers first)
    assert words.guesses("screwdriverz") == [Guess("screwdrivers"), Guess("screwdriver")]
    assert words.guesses("sourdouhgx") == [Guess("sourdough", slips=2)]
    assert words.guesses("qzxvyqzx") == []  # nonsense, however long
    assert len("chdar") < TWO_SLIPS_FROM and words.guesses("chdar") == []  # cheddar: too short


def test_words_added_later_are_guessed_as_if_they_had_always_been_there() -> None:
    first = Vocabulary.of(["chocolate", "cheddar"])
    both = first.plus(["screwdriver", "chowder", "cheddar"])
    assert both == Vocabulary.of(["chocolate", "cheddar", "screwdriver", "chowder"])
    assert both.guesses("chowdr") == [Guess("chowder")]
    assert both.guesses("screwdirvr") == [Guess("screwdriver", slips=2)]
    assert both.starts("chowd") and not first.starts("chowd")
    assert first.guesses("chowdr") == []  # the first one is left as it was
