"""One typing slip: a letter left out, one too many, one wrong, two swapped."""

from __future__ import annotations

from omnipos.domain.spelling import one_slip_away


def test_the_slips_of_a_word() -> None:
    near = one_slip_away("milk")
    assert {"mlk", "milks", "milc", "mikl", "imlk"} <= near  # out, extra, wrong, swapped
    assert "milk" not in near and "mil" in near
    assert all(abs(len(w) - 4) <= 1 for w in near)
    assert len(near) == len(set(near))


def test_short_words_get_no_guesses() -> None:
    assert one_slip_away("tea") == set()
